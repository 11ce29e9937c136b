"""Ceremonies and awards handed in person: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # something done to a partner at a ceremony
        (
            "Foreign Minister Lena Varga handed the documents to Pavel Horak at a ceremony "
            "in Prague.",
            {pair("Lena Varga", "Pavel Horak")},
        ),
        (
            "At a ceremony in Nairobi, Joseph Mwangi handed the keys to Amina Saidi.",
            {pair("Joseph Mwangi", "Amina Saidi")},
        ),
        (
            "Pavel Horak joined Lena Varga at the opening ceremony in Brno.",
            {pair("Lena Varga", "Pavel Horak")},
        ),
        (
            "The foreign ministers of Norway and Finland joined Lena Varga at the ceremony.",
            {
                pair("Lena Varga", "Norway"),
                pair("Lena Varga", "Finland"),
                pair("Norway", "Finland"),
            },
        ),
        # attending one together
        (
            "Lena Varga and Pavel Horak attended the signing ceremony in Vienna on Friday.",
            {pair("Lena Varga", "Pavel Horak")},
        ),
        (
            "Lena Varga attended the ceremony with Pavel Horak.",
            {pair("Lena Varga", "Pavel Horak")},
        ),
        (
            "Kofi Mensah participated in the ceremony with Ines Vidal.",
            {pair("Kofi Mensah", "Ines Vidal")},
        ),
        (
            "The ceremony, attended by Lena Varga and Pavel Horak, lasted an hour.",
            {pair("Lena Varga", "Pavel Horak")},
        ),
        (
            "Lena Varga and Pavel Horak laid wreaths at the ceremony in Brno.",
            {pair("Lena Varga", "Pavel Horak")},
        ),
        # an award is handed over in person, ceremony or not
        (
            "President Odun Bakare presented Grace Nwosu with the award in Abuja.",
            {pair("Odun Bakare", "Grace Nwosu")},
        ),
        (
            "Grace Nwosu was presented with the medal by Odun Bakare.",
            {pair("Odun Bakare", "Grace Nwosu")},
        ),
        (
            "Amina Saidi received the prize from Joseph Mwangi at a ceremony in Arusha.",
            {pair("Joseph Mwangi", "Amina Saidi")},
        ),
    ],
)
def test_parties_to_a_ceremony_meet(facts_of, text: str, expected: set[frozenset[str]]) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lena Varga attended a ceremony in Prague.",  # no partner
        "Pavel Horak watched the ceremony on television.",
        "Lena Varga and Pavel Horak watched the ceremony on television.",  # not taking part
        "Odun Bakare presented his budget to parliament.",  # no award, an audience
        "Pavel Horak skipped the ceremony attended by Lena Varga.",
    ],
)
def test_no_meeting_without_a_partner_at_the_ceremony(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text), factual_only=False) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Joseph Mwangi will present the award to Amina Saidi next week.",
        "Lena Varga and Pavel Horak did not attend the signing ceremony.",
        "Lena Varga is due to hand the documents to Pavel Horak at a ceremony.",
    ],
)
def test_planned_or_negated_ceremonies_are_kept_but_not_asserted(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts) == set()
    assert met_pairs(facts, factual_only=False), "the non-factual meeting is kept, marked"


@pytest.mark.parametrize(
    "text",
    [
        "The Vantor Critics Circle awarded Grace Nwosu the best actress prize.",  # a body
        "Grace Nwosu and Odun Bakare presented awards at the gala.",  # co-presenters
        "Grace Nwosu received the award from the academy on Sunday.",
    ],
)
def test_awards_given_by_bodies_or_presented_together_are_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text), factual_only=False) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # papers of state named by a kind before them, the giver after "from"
        (
            "Secretary General Ilse Brandt accepted the accession papers from Karel Novy in "
            "a hall near the river.",
            {pair("Ilse Brandt", "Karel Novy")},
        ),
        # the kind after "of", handed "to"
        (
            "Karel Novy handed the instruments of ratification to President Helena Marsh on "
            "Tuesday.",
            {pair("Karel Novy", "Helena Marsh")},
        ),
        # an envoy's letters of credence
        (
            "The new envoy, Marta Kowal, presented her letters of credence to Ilse Brandt.",
            {pair("Marta Kowal", "Ilse Brandt")},
        ),
        # the givers a plural post whose holders the story names later
        (
            "Estonia and Latvia signed the treaty. Ilse Brandt accepted the admission papers "
            "from the two countries' foreign ministers. Estonian Foreign Minister Karel Novy "
            "spoke first. Latvian Foreign Minister Juris Ozols spoke next.",
            {pair("Ilse Brandt", "Karel Novy"), pair("Ilse Brandt", "Juris Ozols")},
        ),
    ],
)
def test_papers_of_state_handed_over_meet(
    facts_of, text: str, expected: set[frozenset[str]]
) -> None:  # type: ignore[no-untyped-def]
    assert expected <= met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # papers of no state kind may come by post
        "Ilse Brandt received documents from Karel Novy about the plan.",
        "Ilse Brandt accepted the papers from Karel Novy without comment.",
        "Ilse Brandt received a letter from Karel Novy last week.",
        # the giver is a country, not a person handing them over
        "Ilse Brandt received the accession papers from Estonia.",
    ],
)
def test_other_papers_or_no_person_handing_them_is_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))
