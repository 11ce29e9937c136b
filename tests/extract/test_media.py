"""Talking at a distance: "A and B spoke by video link", "dialled X".

Sentences written for these tests; names are invented.
"""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Peter Lind and President Elena Varga spoke by video link on Tuesday.",
         pair("Peter Lind", "Elena Varga")),
        ("Minister Ana Sousa and Minister Marta Cruz talked via video link on Friday.",
         pair("Ana Sousa", "Marta Cruz")),
        ("President Omar Diallo and President Yusuf Bello spoke over a secure line on Sunday.",
         pair("Omar Diallo", "Yusuf Bello")),
    ],
)  # fmt: skip
def test_a_pair_spoke_at_a_distance(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in met_pairs(facts)
    assert any(e.kind is EventKind.PHONE_CALL for e in facts.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Peter Lind dialled President Elena Varga on Monday.",
         pair("Peter Lind", "Elena Varga")),
        ("Peter Lind dialled Elena Varga on Monday to discuss the crisis.",
         pair("Peter Lind", "Elena Varga")),
        ("Minister Ana Sousa dialled Minister Marta Cruz after the vote.",
         pair("Ana Sousa", "Marta Cruz")),
    ],
)  # fmt: skip
def test_dialled(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Peter Lind spoke by video link to a conference in Oslo.",
        "Chancellor Peter Lind and President Elena Varga spoke of a link between the crises.",
        "Chancellor Peter Lind dialled back his criticism of President Elena Varga.",
        "Chancellor Peter Lind did not dial President Elena Varga.",
    ],
)
def test_no_call(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()
