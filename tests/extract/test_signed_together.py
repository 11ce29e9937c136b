"""Signing together in one place is a meeting, and the absolute "with X and Y signing"
(kg.extract.signed_together): sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The Latvian and Lithuanian foreign ministers, Ilze Kalnina and Darius Petrauskas, "
         "signed a border accord in Riga on Tuesday.", "Ilze Kalnina", "Darius Petrauskas"),
        ("Kenyan Trade Minister Amos Otieno and Ugandan Trade Minister Grace Nakato signed a "
         "customs memorandum in Kampala on Monday.", "Amos Otieno", "Grace Nakato"),
        ("The two energy ministers, Lars Berg of Norway and Jens Holm of Denmark, signed the "
         "pipeline agreement in Oslo.", "Lars Berg", "Jens Holm"),
        ("Slovak minister Peter Kovac and Slovenian minister Maja Novak signed the energy "
         "memorandum together.", "Peter Kovac", "Maja Novak"),
        ("Chile and Peru lodged a joint offer for the regatta, with Chilean minister Rosa Vidal "
         "and Peruvian minister Tomas Quispe signing the offer in Lima on Friday.",
         "Rosa Vidal", "Tomas Quispe"),
    ],
)  # fmt: skip
def test_people_who_sign_together_in_one_place_meet(  # type: ignore[no-untyped-def]
    facts_of, text: str, a: str, b: str
) -> None:
    assert pair(a, b) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Polish minister Marek Nowak and Czech minister Jana Dvorak signed the accord "
        "separately in Warsaw.",
        "Polish minister Marek Nowak and Czech minister Jana Dvorak signed the accord in "
        "Warsaw and Prague.",
        "Polish minister Marek Nowak and Czech minister Jana Dvorak will sign the accord in "
        "Warsaw next week.",
        "Polish minister Marek Nowak and Czech minister Jana Dvorak refused to sign the accord "
        "in Warsaw.",
        "Polish minister Marek Nowak and Czech minister Jana Dvorak signed the accord.",
    ],
)
def test_signing_apart_or_not_at_all_is_no_meeting(  # type: ignore[no-untyped-def]
    facts_of, text: str
) -> None:
    assert pair("Marek Nowak", "Jana Dvorak") not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Chile and Peru lodged a joint offer for the regatta, with Chilean minister Rosa Vidal "
         "and Peruvian minister Tomas Quispe signing the offer in Lima on Friday.",
         [("Chile", "Peru"), ("Rosa Vidal", "Tomas Quispe")]),
        ("Finland and Estonia submitted a joint application to host the games, with Finnish "
         "Culture Minister Aino Lehtinen and Estonian Sports Minister Kaspar Ruutel signing the "
         "application letter in Tallinn.", [("Finland", "Estonia")]),
        ("Kenya and Rwanda lodged a joint bid for the games, with Kenyan minister Ruth Wanjiru "
         "and Rwandan minister Eric Mugabo signing it in Nairobi.", [("Kenya", "Rwanda")]),
    ],
)  # fmt: skip
def test_parties_whose_people_sign_for_them_cooperate(  # type: ignore[no-untyped-def]
    facts_of, text: str, pairs: list[tuple[str, str]]
) -> None:
    found = cooperation_pairs(facts_of(text))
    assert all(pair(a, b) in found for a, b in pairs)


def test_a_planned_signing_ties_no_parties(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Austria and Hungary submitted a joint bid, with Austrian minister Karl Huber and "
            "Hungarian minister Zsofia Kiss expected to sign the letter next week.")  # fmt: skip
    assert pair("Austria", "Hungary") not in cooperation_pairs(facts_of(text))
