"""Coreference: "he" after a sentence that brings in a new person, not as its subject."""

from __future__ import annotations

import pytest

from kg.records import ArticleFacts, EventKind

_OPENING = "Mr Arlo Penn said the budget was balanced. "


def _later_speakers(facts: ArticleFacts) -> set[str]:
    """Who says the article's last sentence."""
    names = {a.key: a.name for a in facts.actors}
    last = max(s.index for s in facts.sentences if not s.headline)  # (the body's last)
    return {
        names[a]
        for e in facts.events
        if e.kind is EventKind.STATEMENT and e.factual and e.evidence.sentence == last
        for a in e.actors("speaker")
    }


@pytest.mark.parametrize(
    "middle",
    [
        "That view was not shared by Dov Kell, the shadow chancellor.",
        "The claim was rejected by the shadow chancellor, Dov Kell.",
        "The figures were attacked by Dov Kell of the Liberal party.",
    ],
)
def test_he_after_a_passive_is_its_agent(facts_of, middle: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(f"{_OPENING}{middle} He said the figures were false.")
    assert _later_speakers(facts) == {"Dov Kell"}


@pytest.mark.parametrize(
    "middle",
    [
        "There was scorn from the shadow chancellor, Dov Kell.",
        "For the shadow chancellor, Dov Kell, the plan is a disaster.",
        # the same unknown "he" goes on
        "A spokesman for the Treasury said it was not. He did not think Mr Penn was right. But",
    ],
)
def test_he_after_a_new_person_is_not_a_subject_further_back(facts_of, middle: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(f"{_OPENING}{middle} he warned that the figures were false.")
    assert "Arlo Penn" not in _later_speakers(facts)


@pytest.mark.parametrize(
    "middle",
    [
        "The plan was welcomed by business leaders.",
        "He met Dov Kell in Oslo on Monday.",
        "He later thanked Dov Kell for his support.",
    ],
)
def test_he_stays_with_the_subject_when_no_new_voice_comes_in(facts_of, middle: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(f"{_OPENING}{middle} He said the figures were sound.")
    assert _later_speakers(facts) == {"Arlo Penn"}
