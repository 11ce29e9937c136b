"""Conflict and cooperation named by nouns: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # owner frame: the owner acts on the target
        ("Israeli strikes on Hezbollah killed ten fighters.", ("Israel", "Hezbollah")),
        ("Russia's invasion of Ukraine began in February.", ("Russia", "Ukraine")),
        (
            "The Turkish offensive against the Kurdish militias continued.",
            ("Turkey", "Kurdish militias"),
        ),
        ("Chile's condemnation of Bolivia was swift.", ("Chile", "Bolivia")),
        ("Norway expressed deep concern over Poland's new media law.", ("Norway", "Poland")),
        # imposed frame: whoever imposes it acts on the target
        ("The European Union imposed sanctions against Belarus.", ("European Union", "Belarus")),
        ("The United States imposed an embargo on Cuba in 1962.", ("United States", "Cuba")),
        ("Canada slapped new tariffs on China on Friday.", ("Canada", "China")),
        ("Japan has placed restrictions on South Korea since July.", ("Japan", "South Korea")),
        # between frame: each side against the other
        (
            "Fighting between Armenia and Azerbaijan resumed on the border.",
            ("Armenia", "Azerbaijan"),
        ),
        (
            "Fighting between Armenia and Azerbaijan resumed on the border.",
            ("Azerbaijan", "Armenia"),
        ),
        ("Clashes between Sudan and South Sudan left dozens dead.", ("Sudan", "South Sudan")),
        ("The row between Spain and Morocco deepened.", ("Morocco", "Spain")),
    ],
)
def test_conflict_nouns(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # recipient frame: the giver helps the receiver
        ("Japan pledged $2 billion in aid to Ukraine.", ("Japan", "Ukraine")),
        ("The IMF approved a $3 billion loan to Egypt.", ("International Monetary Fund", "Egypt")),
        ("The rebels advanced with support from Rwanda.", ("Rwanda", "rebels")),
        ("Qatar's support for Hamas angered its neighbours.", ("Qatar", "Hamas")),
        ("Germany sent weapons to Ukraine in June.", ("Germany", "Ukraine")),
        # between frame: truces, deals and alliances
        ("A truce between Colombia and the FARC took effect at midnight.", ("Colombia", "FARC")),
        (
            "The deal between Egypt and Sudan, brokered by Saudi Arabia, was signed in Jeddah.",
            ("Egypt", "Sudan"),
        ),
        (
            "The deal between Egypt and Sudan, brokered by Saudi Arabia, was signed in Jeddah.",
            ("Saudi Arabia", "Egypt"),
        ),
        ("France and Germany formed an alliance against the plan.", ("France", "Germany")),
        ("Israel and Hamas agreed to a ceasefire on Sunday.", ("Israel", "Hamas")),
        ("Kenya signed a security pact with Ethiopia in Addis Ababa.", ("Kenya", "Ethiopia")),
    ],
)
def test_cooperation_nouns(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.COOPERATION)
    assert expected in pairs or expected[::-1] in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions against Belarus were discussed in Brussels.",  # nobody imposed them
        "The talks on a truce between Colombia and the FARC collapsed.",  # a truce not made
        "Japan will send weapons to Ukraine next year.",  # planned
        "Fighting broke out in the capital on Monday.",  # no sides named
    ],
)
def test_nouns_without_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not directed(facts, EventKind.CONFLICT) and not directed(facts, EventKind.COOPERATION)
