"""A people named as a nation at war is its country, in sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Japanese were driven from the port by Chinese troops.", ("China", "Japan")),
        ("The Chinese were pushed back across the river by Japanese forces.", ("Japan", "China")),
        ("Chinese troops drove back the Japanese near the coast.", ("China", "Japan")),
        ("The Germans were thrown back by the Russians.", ("Russia", "Germany")),
    ],
)
def test_a_people_at_war_is_its_country(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese were not driven from the port by Chinese troops.",
        "The Japanese said the talks with China would go on.",
        "Many Japanese voted against the plan of the Chinese.",
        "The young Japanese were driven from the port by a storm.",
    ],
)
def test_a_people_elsewhere_is_no_side(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()
