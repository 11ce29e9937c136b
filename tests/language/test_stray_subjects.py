"""A body's name the parser hangs on its verb as a modifier is the verb's subject
(kg.language.stray_subjects), and a country's name before "Football Federation" is
part of that name (kg.language.national_names): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "FIFA suspended the Kenya Football Federation over government interference.",
            ("FIFA", "Kenya Football Federation"),
        ),
        (
            "The world body FIFA suspended the Kenya Football Federation.",
            ("FIFA", "Kenya Football Federation"),
        ),
        (
            "FIFA on Monday suspended the Nigeria Football Federation.",
            ("FIFA", "Nigeria Football Federation"),
        ),
        (
            "The Kenya Football Federation was suspended by FIFA.",
            ("FIFA", "Kenya Football Federation"),
        ),
    ],
)
def test_a_suspended_national_federation_keeps_its_whole_name(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "FIFA threatened to suspend the Ghana Football Association.",
        "FIFA did not suspend the Kenya Football Federation.",
        "Yesterday officials suspended the Kenya Football Federation.",
    ],
)
def test_no_suspension_told(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {c for c in coded(facts_of, text) if c[2] == "160"}
