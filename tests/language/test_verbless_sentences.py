"""A past form the tagger read as a modifier of a titled object ("Belarus jailed
journalist A B") is the sentence's verb (kg.language.verbless_sentences): sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Belarus jailed journalist Anton Vesk for eight years.", ("Belarus", "Anton Vesk")),
        ("Niger jailed President Adamu Kass.", ("Niger", "Adamu Kass")),
        ("Turkey sentenced journalist Ozan Kiral to prison.", ("Turkey", "Ozan Kiral")),
        ("Algeria jailed writer Pavel Dorsk.", ("Algeria", "Pavel Dorsk")),
    ],
)
def test_a_past_form_before_a_titled_name_is_the_verb(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


def test_a_freeing_read_as_a_modifier_is_the_verb(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Myanmar freed journalist Aung Lwin.")
    assert ("Myanmar", "Aung Lwin") in directed(facts, EventKind.COOPERATION)


def test_the_jailing_country_is_no_post_of_the_jailed(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert ("Adamu Kass", "Niger") not in affiliations(
        facts_of("Niger jailed President Adamu Kass.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Belarus's jailed journalists wrote a letter to the court.",
        "The jailed journalist Anton Vesk said he was innocent.",
        "Jailed journalist Anton Vesk freed after eight years.",
        "Belarus never jailed journalist Anton Vesk.",
    ],
)
def test_no_jailing_told(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Belarus", "Anton Vesk") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Iran-backed militias attacked the base.",
        "Mined products rose in price.",
        "A funded project opened in Kenya.",
        "Belarus's jailed journalists wrote a letter.",
    ],
)
def test_a_modifier_stays_a_modifier(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.triggers import repair_verbs

    doc = nlp(text)
    before = [(t.dep_, t.head.i) for t in doc]
    repair_verbs(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before
