"""A name the model takes for a product, right after "the offices of", is a firm's
(a product has no offices); a chipmaker or a drugmaker is a kind of firm. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The offices of Valdor were raided by the Fair Trade Commission.",
            ("Fair Trade Commission", "Valdor"),
        ),
        ("The Seoul offices of Valdor were raided by Japanese police.", ("Japan", "Valdor")),
        ("Russian troops seized the offices of Valdor in Kyiv.", ("Russia", "Valdor")),
    ],
)
def test_the_owner_of_offices_is_a_firm(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japanese police raided the offices of the chipmaker Valdor.", ("Japan", "Valdor")),
        (
            "The Tokyo offices of the chipmaker Valdor were raided by Japanese police.",
            ("Japan", "Valdor"),
        ),
        ("Japanese police raided the offices of the drugmaker Valdor.", ("Japan", "Valdor")),
        (
            "The European Commission fined the drugmaker Valdor on Monday.",
            ("European Commission", "Valdor"),
        ),
        (
            "The chipmaker Valdor was fined by the European Commission.",
            ("European Commission", "Valdor"),
        ),
    ],
)
def test_a_chipmaker_or_drugmaker_named_after_its_kind(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The offices of Valdor were not raided by the Fair Trade Commission.",
        "The offices of Valdor could be raided by Japanese police.",
        "Japanese police visited the offices of Valdor.",
        "Peru criticised the design of the Valdor.",
    ],
)
def test_offices_not_raided_or_no_office_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()
