"""Questions: what they ask is no fact, what they take for granted is. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.questions import asks_whether
from kg.records import EventKind


def _events(facts, kind: EventKind) -> set[tuple[frozenset[str], bool]]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        (frozenset(names[p.actor] for p in e.participants), e.factual)
        for e in facts.events
        if e.kind == kind
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("How did the Kenya-Uganda talks go? They went well, an aide said.", EventKind.MEETING),
        ("Why did Kenya and Uganda sign the pact? Both needed trade.", EventKind.COOPERATION),
        ("Where did President Ana Ruiz meet Chancellor Karl Weiss? In a hotel.", EventKind.MEETING),
    ],
)
def test_a_question_about_how_or_why_takes_the_event_for_granted(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    assert any(factual for _, factual in _events(facts_of(text), kind))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Did Kenya and Uganda sign the pact?", EventKind.COOPERATION),
        ("When will Kenya and Uganda sign the pact?", EventKind.COOPERATION),
        ("How could Kenya and Uganda sign such a pact?", EventKind.COOPERATION),
        ("Will President Ana Ruiz meet Chancellor Karl Weiss?", EventKind.MEETING),
    ],
)
def test_a_question_that_leaves_the_event_open_is_no_fact(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    found = _events(facts_of(text), kind)
    assert found and not any(factual for _, factual in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Why did they sign it?", False),
        ("Did they sign it?", True),
        ("Why would they sign it?", True),
        ("They signed it.", False),
    ],
)
def test_asks_whether(nlp, text: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    assert asks_whether(next(nlp(text).sents)) is expected
