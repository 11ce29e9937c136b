"""Contacts told by constructions news writers use: reciprocal objects, an opening
"after meeting X" the parser misreads, "paid a call on", "consulted X".

Sentences written for these tests; names are invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Premier Olan Vesk and President Mara Tull met each other for the first time on "
            "Friday.",
            pair("Olan Vesk", "Mara Tull"),
        ),
        (
            "Governor Ines Parr and Mayor Teo Blanc phoned one another on Sunday.",
            pair("Ines Parr", "Teo Blanc"),
        ),
        (
            "Senator Kai Norden and Minister Lucia Vos talked with each other by phone.",
            pair("Kai Norden", "Lucia Vos"),
        ),
    ],
)
def test_subjects_meeting_each_other(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Premier Olan Vesk and President Mara Tull have never met each other.",
        "Premier Olan Vesk and President Mara Tull will meet each other next week.",
        "The fans met each other outside the stadium.",
    ],
)
def test_no_meeting_each_other(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected", "speaker"),
    [
        (
            "After meeting Tanzanian President Elias Mkapa, Swedish Prime Minister Nora Lind "
            "said ties were good.",
            pair("Elias Mkapa", "Nora Lind"),
            "Nora Lind",
        ),
        (
            "Before meeting Prime Minister Wen Taoli, Portuguese President Rui Sampaio said "
            "trade would grow.",
            pair("Wen Taoli", "Rui Sampaio"),
            "Rui Sampaio",
        ),
        (
            "After meeting Mexican Foreign Minister Ana Ibarra, Dutch envoy Joost Kramer said "
            "talks had gone well.",
            pair("Ana Ibarra", "Joost Kramer"),
            "Joost Kramer",
        ),
    ],
)
def test_after_meeting_someone_an_opening_clause(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected, speaker: str
) -> None:
    facts = facts_of(text)
    assert met_pairs(facts) == {expected}
    assert speakers(facts) == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "After meeting, Tanzanian President Elias Mkapa said ties were good.",
        "After meeting reporters, Swedish Prime Minister Nora Lind said ties were good.",
        "Tanzanian President Elias Mkapa, the host, said ties were good after the lunch.",
    ],
)
def test_no_opening_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finnish Trade Minister Aino Salo paid a call on Gabonese President Omar Ndong "
            "in Libreville.",
            pair("Aino Salo", "Omar Ndong"),
        ),
        (
            "Chilean envoy Marco Reyes paid a courtesy call on Secretary-General Ida Holm on "
            "Friday.",
            pair("Marco Reyes", "Ida Holm"),
        ),
        (
            "Chancellor Rolf Engel consulted Italian Prime Minister Dario Conti on the crisis.",
            pair("Rolf Engel", "Dario Conti"),
        ),
        (
            "Prime Minister Hana Berg consulted with President Luka Maric by telephone.",
            pair("Hana Berg", "Luka Maric"),
        ),
    ],
)
def test_calls_on_and_consultations(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Finnish Trade Minister Aino Salo will pay a call on President Omar Ndong next month.",
        "Finnish Trade Minister Aino Salo paid the bill on Monday.",
        "Chancellor Rolf Engel consulted lawyers on the crisis.",
        "Chancellor Rolf Engel did not consult Prime Minister Dario Conti on the crisis.",
    ],
)
def test_no_call_on_or_consultation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Bob Tran called Prime Minister Ann Kyle to congratulate her on her victory.",
            pair("Bob Tran", "Ann Kyle"),
        ),
        (
            "Chancellor Ilse Marten called President Omar Diallo to offer condolences.",
            pair("Ilse Marten", "Omar Diallo"),
        ),
        (
            "Prime Minister Ann Kyle, whom President Bob Tran called on Tuesday, thanked him.",
            pair("Bob Tran", "Ann Kyle"),
        ),
    ],
)
def test_calling_someone_to_congratulate(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "President Bob Tran called Prime Minister Ann Kyle to resign.",
        "President Bob Tran called Prime Minister Ann Kyle a liar to express his anger.",
        "President Bob Tran called on Prime Minister Ann Kyle to offer more aid.",
    ],
)
def test_calling_someone_to_act_is_no_call(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Premier Olan Vesk and President Mara Tull, meeting on the border on Friday, signed "
            "a pact.",
            pair("Olan Vesk", "Mara Tull"),
        ),
        ("Chad and Niger, meeting in secret, agreed on water.", pair("Chad", "Niger")),
        (
            "Foreign Minister Lena Marsh and Chancellor Otto Brandt, meeting in Oslo, agreed to "
            "cooperate.",
            pair("Lena Marsh", "Otto Brandt"),
        ),
    ],
)
def test_subjects_meeting_in_an_aside(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Lena Marsh and Chancellor Otto Brandt, meeting fans in Oslo, agreed.",
        "Premier Olan Vesk, meeting in Oslo, said the talks were good.",
        "Premier Olan Vesk and President Mara Tull, speaking in Oslo, agreed to cooperate.",
    ],
)
def test_no_meeting_in_an_aside(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "President Leo Varga is waiting for a meeting with Prime Minister Ana Solis.",
        "Premier Olan Vesk awaits talks with President Mara Tull.",
        "Premier Olan Vesk prepared for talks with President Mara Tull on Monday.",
    ],
)
def test_awaited_talks_are_not_held(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts) == set()
    assert met_pairs(facts, factual_only=False)


def test_waiting_before_a_meeting_held(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Premier Olan Vesk waited for an hour before his meeting with President Mara Tull."
    assert met_pairs(facts_of(text)) == {pair("Olan Vesk", "Mara Tull")}


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile restored ties. Their foreign ministers met on Monday.",
        "Peru and Chile restored ties. Their delegations met in Lima.",
        "Peru and Chile restored ties in March. Their leaders held talks in Lima in April.",
        "Peru and Chile restored ties. The two countries' foreign ministers met on Monday.",
        "Peru and Chile restored ties. Both countries' leaders held talks on Monday.",
    ],
)
def test_the_posts_of_two_countries_named_before_meet_as_the_countries(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Peru", "Chile") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Peru restored ties with its neighbours. Their foreign ministers met on Monday.",
        "Peru and Chile restored ties. Their foreign ministers will meet next week.",
        "Peru and Chile restored ties. Later, their exports grew and officials met in Lima.",
    ],
)
def test_their_posts_are_no_pair_that_was_not_named_or_met(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Peru", "Chile") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Tomas Vell and President Ines Haile embraced in Oslo on Sunday.",
        "Ann Vale embraced Luis Mora at the airport.",
        "Ann Vale hugged Luis Mora after the vote.",
        "Luis Mora was embraced by Ann Vale on the steps of the palace.",
    ],
)
def test_an_embrace_between_people_is_a_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len(met_pairs(facts_of(text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Chile embraced the plan.",  # an idea
        "Chile and Peru embraced free trade.",
        "Peru embraced Chile's proposal.",  # what a country owns is no person
        "Voters embraced the Socialist Party.",
        # a particle that makes another verb: no talks
        "Chile and Peru talked up their ties on Monday.",
        "Ann Vale talked down the risk of a row with Luis Mora.",
        "Ann Vale spoke up for Luis Mora.",
    ],
)
def test_no_meeting_from_an_embraced_idea_or_a_phrasal_verb(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ('"I met President Joseph Mwangi on Monday," said Ana Ruiz.', ("Ana Ruiz", "Joseph Mwangi")),
        ('"I phoned Tomas Lind last night," Ana Ruiz said.', ("Ana Ruiz", "Tomas Lind")),
        ('Ana Ruiz said: "I visited Tomas Lind in hospital."', ("Ana Ruiz", "Tomas Lind")),
        ('"We held talks with Kenya," said the Ugandan foreign minister, Ana Ruiz.',
         ("Ana Ruiz", "Kenya")),
    ],
)  # fmt: skip
def test_the_speaker_met_whom_i_or_we_met_in_the_quote(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ('"I have never met him," Ana Ruiz said of Tomas Lind.', ("Ana Ruiz", "Tomas Lind")),
        ('"We hope to meet Tomas Lind soon," said Ana Ruiz.', ("Ana Ruiz", "Tomas Lind")),
        ('"I did not meet Tomas Lind," Ana Ruiz insisted.', ("Ana Ruiz", "Tomas Lind")),
        ('"Joseph Mwangi met Ilse Brandt on Monday," said Ana Ruiz.', ("Ana Ruiz", "Ilse Brandt")),
    ],
)  # fmt: skip
def test_no_meeting_of_the_speaker_denied_hoped_for_or_of_others(
    facts_of, text: str, sides
) -> None:  # type: ignore[no-untyped-def]
    assert pair(*sides) not in met_pairs(facts_of(text))
