"""Parties told by the words around a noun: whose a struck thing is, in sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner is parsed on the compound before the thing, not on the thing
        (
            "Turkish warplanes hit a PKK weapons factory overnight.",
            ("Turkey", "Kurdistan Workers' Party"),
        ),
        ("Saudi jets struck a Houthi missile launch pad.", ("Saudi Arabia", "Houthis")),
        # and on the thing itself, as before
        ("Israeli aircraft bombed a Hezbollah rocket storage site.", ("Israel", "Hezbollah")),
        ("Peru attacked a Chile fishing boat.", ("Peru", "Chile")),
    ],
)
def test_owner_of_an_attacked_thing(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_thing_without_a_named_owner_has_no_target(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of("Jordanian jets struck an arms depot used by smugglers."),
                        EventKind.CONFLICT)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("UN-backed Malian army units fought the Sahel Brigade.", ("United Nations", "Mali")),
        ("UN-backed Somali government forces shelled al-Shabab camps.",
         ("United Nations", "Somalia")),
        ("The UN-backed government in Tripoli condemned Egypt.", ("United Nations", "Libya")),
    ],
)  # fmt: skip
def test_a_backer_hung_beside_its_participle_backs(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    """The parser can hang "UN" in "UN-backed forces" on the noun, not the participle."""
    assert pair in directed(facts_of(text), EventKind.COOPERATION)
