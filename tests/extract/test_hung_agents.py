"""A by-phrase the parser hangs on the verb belongs to the noun of an act it governs,
in sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senegal condemned the overthrow of the government by Mali's army.", ("Senegal", "Mali")),
        ("Egypt denounced the shelling of the town by Syrian artillery.", ("Egypt", "Syria")),
        (
            "Bolivia condemned the overthrow of Peru's president by the Peruvian army.",
            ("Bolivia", "Peru"),
        ),
    ],
)
def test_a_hung_by_phrase_names_the_doer(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Peru marked the anniversary of the invasion by laying a wreath.",
        "Chile condemned the seizure of its trawlers by telephone.",
        "Bolivia condemned the overthrow of the government by force.",
    ],
)
def test_a_means_is_no_doer(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert not {t for _, t in found} - {"Chile"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('"We strongly condemn the raids by Moldova," said Foreign Minister Ivo Renk.',
         ("Ivo Renk", "Moldova")),
        ('Foreign Minister Ivo Renk said: "We condemn the shelling by Moldova."',
         ("Ivo Renk", "Moldova")),
        ('"I condemn the attack on our embassy by Moldova," Premier Ada Voss told reporters.',
         ("Ada Voss", "Moldova")),
        ("Armenia strongly condemned the raids by Moldova.", ("Armenia", "Moldova")),
        ("Peru condemned the attack on its embassy by Chile.", ("Peru", "Chile")),
    ],
)  # fmt: skip
def test_whose_deed_by_a_phrase_hung_elsewhere(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        '"We would condemn any raids by Moldova," said Foreign Minister Ivo Renk.',
        '"We condemn the raids by Moldova," a source said.',
        '"We do not condemn the raids by Moldova," said Foreign Minister Ivo Renk.',
        "Armenia condemned the decision by a vote of ten to two.",
        "The raids were condemned by Moldova.",
    ],
)
def test_no_deed_by_a_hung_phrase(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert not any(b == "Moldova" and a != "Moldova" for a, b in found), found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Armenia rejected an offer of a ceasefire from Azerbaijan.", ("Armenia", "Azerbaijan")),
        ("Armenia rejected an offer of talks from Azerbaijan on Monday.", ("Armenia", "Azerbaijan")),
        ("Chile spurned a proposal of a truce from Peru.", ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_whose_offer_by_a_phrase_hung_on_what_is_offered(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia accepted an offer of a ceasefire from Azerbaijan.",
        "Armenia did not reject the offer of talks from Azerbaijan.",
    ],
)
def test_an_offer_not_rejected_is_no_rejection(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()
