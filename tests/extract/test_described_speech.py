"""A saying told only as a participle describing a thing inside another speaker's
reported clause is no statement of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import speakers


def _any_speakers(facts) -> set[str]:  # type: ignore[no-untyped-def]
    """Speakers of every statement, factual or not ("proposed" may read as planned)."""
    names = {a.key: a.name for a in facts.actors}
    return {
        names[k] for e in facts.events if e.kind is EventKind.STATEMENT for k in e.actors("speaker")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vale, the finance minister, spoke in Kelby on Monday. "
        "The reforms proposed by Lord Tarn were a costly mistake, she said.",
        "Ann Vale said the cuts announced by Tom Reed last May had failed.",
        "The plan, proposed by Tom Reed last year, has failed, Ann Vale said.",
        "Ann Vale insisted that the rules announced by the Azure Party were unfair.",
        "Ann Vale argued that the levy proposed by Tom Reed would hurt farmers.",
    ],
)
def test_the_describer_speaks_not_the_agent(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _any_speakers(facts_of(text)) == {"Ann Vale"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan was proposed by Tom Reed in May.", {"Tom Reed"}),
        ("Tom Reed proposed a new tax on Monday.", {"Tom Reed"}),
        ("The tax proposed by Tom Reed was rejected by the Senate.", {"Tom Reed"}),
        ("Ann Vale said Tom Reed had announced the cuts.", {"Ann Vale", "Tom Reed"}),
        ("Ann Vale said the cuts had been announced by Tom Reed.", {"Ann Vale", "Tom Reed"}),
    ],
)
def test_sayings_of_their_own_stay(facts_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == expected


def test_the_agent_stays_a_topic(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ann Vale said the cuts announced by Tom Reed last May had failed.")
    names = {a.key: a.name for a in facts.actors}
    topics = {names[k] for e in facts.events for k in e.actors("topic")}
    assert "Tom Reed" in topics
