"""Aid, goods, visas, contracts and licences withheld (CAMEO 16, 172): each verb of
withheld-words.txt with each of its nouns, and their nouns (kg.extract.reductions).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum of funds held back, by a body of the EU
        (
            "The European Commission froze 2 billion euros of cohesion funds for Poland.",
            ("European Commission", "Poland", "162"),
        ),
        # new verbs: withheld, reduced
        ("Japan withheld development aid from Myanmar.", ("Japan", "Myanmar", "162")),
        ("Australia reduced its military assistance to Fiji.", ("Australia", "Fiji", "162")),
        # new nouns: trade preferences, visas (by the nationals they are for), contracts
        ("Norway withdrew trade preferences for Peru.", ("Norway", "Peru", "163")),
        (
            "Brazil suspended all visa services for Canadian citizens.",
            ("Brazil", "Canada", "166"),
        ),
        (
            "The Ghana Cocoa Board suspended its contracts with Orion Trading Ltd.",
            ("Ghana Cocoa Board", "Orion Trading Ltd.", "160"),
        ),
        # a licence taken from its holder, named after "of"
        ("Kenya cancelled the licence of Zantel Mobile.", ("Kenya", "Zantel Mobile", "172")),
    ],
)
def test_withheld_by_a_verb(facts_of, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Commission announced the freezing of funds for Poland.",
            ("European Commission", "Poland", "162"),
        ),
        (
            "The halt in arms sales to Turkey by Germany was announced on Monday.",
            ("Germany", "Turkey", "163"),
        ),
        (
            "Brazil announced the suspension of visa services for Canadian citizens.",
            ("Brazil", "Canada", "166"),
        ),
        (
            "Kenya announced the revocation of the licence of Zantel Mobile.",
            ("Kenya", "Zantel Mobile", "172"),
        ),
    ],
)
def test_withheld_by_a_noun(facts_of, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The halt in arms sales to Turkey by Germany was announced on Monday.",
        "A freeze on aid to Fiji by Australia was announced.",
    ],
)
def test_aid_or_sales_halted_are_not_given(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "the halt in arms sales to X": the sales stopped, no arms given."""
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Germany froze its own spending for next year.",  # no one it is for
        "The Bank of Japan cut interest rates on Tuesday.",  # no relation
        "Poland cut exports of coal by 5%.",  # no partner
        "Brazil restored visa services for Canadian citizens.",  # mended, not cut
        "Kenya renewed the licence of Zantel Mobile.",  # renewed
        "The European Commission plans to freeze funds for Poland.",  # planned
        "Halvex Energy cut its workforce by 200.",  # its own
    ],
)
def test_nothing_withheld(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
