"""Who was at a meeting, listed in a clause of its own: sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "host", "guests"),
    [
        ("Prime Minister Oda Brenn hosted a dinner for visiting envoys on Monday. Among the "
         "guests were Kenya's Amos Kiprono and Ghana's Efua Boateng.",
         "Oda Brenn", ("Amos Kiprono", "Efua Boateng")),
        ("President Ivo Marek gave a banquet at the palace. The guests included Chancellor "
         "Lina Hart and Prime Minister Sven Dahlberg.",
         "Ivo Marek", ("Lina Hart", "Sven Dahlberg")),
        ("Chancellor Rhea Voss held a reception for foreign ministers. Among those attending "
         "were Peru's Rosa Quispe and Chile's Tomas Araya.",
         "Rhea Voss", ("Rosa Quispe", "Tomas Araya")),
    ],
)  # fmt: skip
def test_the_host_met_each_guest_the_next_sentence_names(facts_of, text, host, guests) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert {pair(host, g) for g in guests} <= pairs


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The summit opened in Lome on Tuesday. Attending were President Kwame Asante of Ghana "
         "and President Yao Adjovi of Benin.", ("Kwame Asante", "Yao Adjovi")),
        ("Talks on the river dispute resumed in Cairo. Those at the talks included Egypt's "
         "Hani Fawzi and Sudan's Tarek Osman.", ("Hani Fawzi", "Tarek Osman")),
        ("A regional summit was held in Kigali. Among those attending were President Jean "
         "Mugabo of Rwanda and President Eric Ndayi of Burundi.", ("Jean Mugabo", "Eric Ndayi")),
        ("The conference opened in Vienna. Participants included Iran's Reza Tavakoli and "
         "Austria's Karl Huber.", ("Reza Tavakoli", "Karl Huber")),
        ("Talks between the two factions opened in Doha. Those taking part included Hamas "
         "official Samir Odeh and Fatah's Nabil Qasem.", ("Samir Odeh", "Nabil Qasem")),
    ],
)  # fmt: skip
def test_those_listed_at_a_meeting_with_no_host_met_each_other(facts_of, text, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The summit opened in Lome. Among the critics of the summit were Senator Ada Ekwe "
         "and Governor Lou Banda.", ("Ada Ekwe", "Lou Banda")),
        ("The chat show returned on Friday. Among the guests were singer Mara Lynn and actor "
         "Tom Reed.", ("Mara Lynn", "Tom Reed")),
        ("The wedding took place in Rome. Attending were Paolo Conti and Lucia Bassi.",
         ("Paolo Conti", "Lucia Bassi")),
        ("The summit will open in Lome next week. Attending will be President Kwame Asante "
         "of Ghana and President Yao Adjovi of Benin.", ("Kwame Asante", "Yao Adjovi")),
        ("The summit opens in Lome next week. Expected among the guests are President Kwame "
         "Asante of Ghana and President Yao Adjovi of Benin.", ("Kwame Asante", "Yao Adjovi")),
        ("Prime Minister Oda Brenn will host a dinner next week. Among the guests will be "
         "Amos Kiprono and Efua Boateng.", ("Oda Brenn", "Amos Kiprono")),
        ("The Prime Minister hosted a lunch on Monday. Among the guests were Amos Kiprono "
         "and Efua Boateng.", ("Amos Kiprono", "Efua Boateng")),
    ],
)  # fmt: skip
def test_no_meeting_from_a_list_of_others_a_planned_event_or_a_meal_with_no_host(
    facts_of, text, sides
) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) not in met_pairs(facts_of(text), factual_only=True)
