"""Fire returned at the side that fired first: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import coded


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israeli artillery shelled Gaza and Hamas gunmen returned the fire.", ("Hamas", "Israel")),
        ("Serbia attacked Kosovo. Kosovo returned fire on Tuesday.", ("Kosovo", "Serbia")),
        (
            "Russia began a fierce bombardment of Kharkiv. Ukrainian guns returned the fire.",
            ("Ukraine", "Russia"),
        ),
        (
            "Indian troops fired across the border, and Pakistani troops returned fire.",
            ("Pakistan", "India"),
        ),
    ],
)
def test_returned_fire_strikes_the_first_shooter(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, "190") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers returned fire.",
        "Ukrainian guns returned the fire.",
        "Serbia did not attack Kosovo. Kosovo returned fire on Tuesday.",
        "Serbia criticised Kosovo. Kosovo returned fire, calling the remarks absurd.",
        "The shop returned the fire extinguishers to Germany.",
    ],
)
def test_no_first_shooter_no_returned_fire(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {c for c in coded(facts_of, text) if c[2] == "190"}
