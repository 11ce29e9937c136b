"""Coreference: the gender a pronoun resolved before gives a person."""

from __future__ import annotations

import pytest

from kg.records import ArticleFacts, EventKind


def _speakers_by_trigger(facts: ArticleFacts) -> dict[str, set[str]]:
    names = {a.key: a.name for a in facts.actors}
    out: dict[str, set[str]] = {}
    for e in facts.events:
        if e.kind is EventKind.STATEMENT and e.factual:
            out.setdefault(e.trigger, set()).update(names[a] for a in e.actors("speaker"))
    return out


@pytest.mark.parametrize(
    ("text", "person", "trigger"),
    [
        (
            "Union leader Kerry Maddox called the plan reckless. Lives would be lost, she "
            "warned. He added that prices would rise.",
            "Kerry Maddox",
            "added",
        ),
        (
            "Senator Robin Tal spoke first. The bill was unfair, she said. "
            "Wages were falling, he added.",
            "Robin Tal",
            "added",
        ),
        (
            "Mayor Jamie Sorn opened the debate. The budget was too small, he said. "
            "She insisted that the city could not afford more.",
            "Jamie Sorn",
            "insisted",
        ),
    ],
)
def test_a_person_called_she_is_not_a_later_he(
    facts_of, text: str, person: str, trigger: str
) -> None:  # type: ignore[no-untyped-def]
    assert person not in _speakers_by_trigger(facts_of(text)).get(trigger, set())


@pytest.mark.parametrize(
    "text",
    [
        # the same pronoun again
        "Senator Robin Tal spoke first. The bill was unfair, she said. "
        "She added that wages were falling.",
        # a pronoun inside a quote says nothing of the speaker's gender
        'Senator Robin Tal spoke first. "He has misled us," Tal said of the governor. '
        "Wages were falling, she added.",
        # an honorific is not overruled
        "Mrs Robin Tal spoke first. The bill was unfair, she said. She added that wages were falling.",
    ],
)
def test_a_person_keeps_the_pronoun_used_before(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Robin Tal" in _speakers_by_trigger(facts_of(text)).get("added", set())
