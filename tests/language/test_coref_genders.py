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


@pytest.mark.parametrize(
    ("text", "trigger", "speaker"),
    [
        (
            "Governor Frank Dolan dismissed Health Secretary Laura Pine on Friday. "
            "She said she would fight the decision.",
            "said",
            "Laura Pine",
        ),
        (
            "Councillor Janet Moore praised Edward Lyle, the new police chief. "
            "He said he was grateful for the support.",
            "said",
            "Edward Lyle",
        ),
        (
            "Defence lawyer Harold Webb questioned Nancy Ferris for an hour. "
            "She told the court that she had seen the car.",
            "told",
            "Nancy Ferris",
        ),
        (
            "Senator Dorothy Vance thanked Ambassador George Hale for his work. "
            '"We owe him a great deal," she added.',
            "added",
            "Dorothy Vance",
        ),
    ],
)
def test_a_given_name_tells_he_from_she(facts_of, text: str, trigger: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers_by_trigger(facts_of(text)).get(trigger) == {speaker}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a woman's given name is not a later "he"
        ("Laura Pine criticised the plan. He added that costs would rise.", "Laura Pine"),
        # nor a man's a later "she"
        ("Frank Dolan criticised the plan. She added that costs would rise.", "Frank Dolan"),
    ],
)
def test_a_given_name_of_the_other_sex_is_not_the_speaker(facts_of, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert person not in _speakers_by_trigger(facts_of(text)).get("added", set())


@pytest.mark.parametrize(
    "text",
    [
        # a name that is a man's in one language and a woman's in another tells nothing
        "Mayor Andrea Lotti criticised the plan. She added that costs would rise.",
        "Mayor Andrea Lotti criticised the plan. He added that costs would rise.",
        # an honorific says more than the given name
        "Mrs Frank Dolan criticised the plan. She added that costs would rise.",
    ],
)
def test_a_name_that_does_not_tell_the_sex_still_speaks(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _speakers_by_trigger(facts_of(text)).get("added", set()) <= {
        "Andrea Lotti",
        "Frank Dolan",
    }
    assert _speakers_by_trigger(facts_of(text)).get("added")
