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
