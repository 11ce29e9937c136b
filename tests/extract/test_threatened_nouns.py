"""A hostile act named as what a threat threatens is threatened, not done:
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import coded


@pytest.mark.parametrize(
    "text",
    [
        "Chile renewed its threat of sanctions against Peru.",
        "Chile renewed its threat of an invasion of Peru.",
        "Chile's threat of military action against Peru alarmed Bolivia.",
        "Chile issued a threat of air strikes against Peru.",
    ],
)
def test_a_threat_of_a_hostile_act_is_a_threat(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = coded(facts_of, text)
    assert ("Chile", "Peru", "130") in found
    assert not any(c[:2] == ("Chile", "Peru") and c[2][:2] in {"16", "19"} for c in found)


def test_a_threat_no_one_makes_is_no_event(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not coded(facts_of, "The threat of military action against Peru grew.")


@pytest.mark.parametrize(
    "text",
    [
        "The threat of sanctions by Chile against Peru worried investors.",
        "The threat by Chile of sanctions against Peru worried investors.",
        "Threats of sanctions from Chile against Peru grew on Monday.",
        "Peru faced the threat of sanctions from Chile.",
    ],
)
def test_who_makes_a_threat_after_by_or_from(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru", "130") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru faced the threat of sanctions.",
        "Peru could face the threat of sanctions from Chile.",
        "The threat of sanctions against Peru grew.",
    ],
)
def test_no_threat_without_a_maker_or_in_prospect(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c[:2] == ("Chile", "Peru") for c in coded(facts_of, text))
