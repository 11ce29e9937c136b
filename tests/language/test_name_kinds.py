"""One name, one kind within an article: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import ActorType, EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("The mining firm Velkor sued Peru in May. Velkor said the tax was illegal. It later sued Chile.",
         "Velkor", "Chile"),
        ("The steel maker Rostigan accused Kenya of fraud. Later Rostigan asked Uganda to step in. "
         "It then blamed Tanzania.", "Rostigan", "Tanzania"),
        ("Shipping firm Marvello criticised Norway. Marvello has since sold its ferries, and "
         "yesterday it accused Denmark of bias.", "Marvello", "Denmark"),
    ],
)  # fmt: skip
def test_a_firm_stays_a_firm_when_the_model_later_calls_it_a_person(
    facts_of, text: str, name: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    named = [a for a in facts.actors if a.name == name]
    assert [a.type for a in named] == [ActorType.ORGANIZATION]
    assert (name, target) in directed(facts, EventKind.CONFLICT)


def test_a_person_named_in_full_keeps_a_surname_that_a_firm_also_bears(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Anna Velkor, the chief executive, spoke in Lima. The mining firm Velkor sued Peru. "
        "Velkor said the tax was illegal."
    )
    kinds = {a.type for a in facts.actors if a.name.endswith("Velkor")}
    assert ActorType.PERSON in kinds


def test_a_title_the_model_took_for_a_firm_is_not_found_again_as_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The Bishop of Leeds, the Rt Rev Dr Tom Lind, said the novel was fun. "
        "Later the Bishop said there was little evidence."
    )
    first = [e for e in facts.events if e.evidence.sentence == 0]
    assert {a.name for a in facts.actors if a.key in first[0].actors("speaker")} == {"Tom Lind"}
