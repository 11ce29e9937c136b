"""A body praising or thanking its own staff is no cooperation between two
actors: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed


@pytest.mark.parametrize(
    "text",
    [
        "Halvor Oil announced that its chief executive Maria Lunde would leave in March. "
        "Halvor Oil later thanked Ms Lunde for her work.",
        "Halvor Oil said its chief executive Maria Lunde would retire in May. "
        "Halvor Oil praised Ms Lunde for her long service.",
        "Halvor Oil praised its outgoing chairman, Tomas Berg, for his long service.",
        # a firm named after a person: "which" tells it is no person
        "Greta Holm announced that its chief executive Maria Lunde would leave in March. "
        "Greta Holm, which is due to report sales next week, thanked Ms Lunde for her work.",
    ],
)
def test_a_body_thanking_its_own_staff_is_no_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


def test_a_body_thanking_another_bodys_chief_cooperates(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Halvor Oil thanked Maria Lunde, the chief executive of Brightwater Energy, for her help."
    )
    assert ("Halvor Oil", "Maria Lunde") in directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Halvor Oil said its chief executive Maria Lunde would retire.",
         ("Maria Lunde", "Halvor Oil")),
        ("Iran said its foreign minister Ali Karimi would visit Oman.", ("Ali Karimi", "Iran")),
        ("The Halvor Workers Union said its leader Ali Karimi had been freed.",
         ("Ali Karimi", "Halvor Workers Union")),
    ],
)  # fmt: skip
def test_its_title_ties_the_holder_to_the_body(facts_of, text: str, tie: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert tie in affiliations(facts_of(text))


def test_who_after_a_name_keeps_it_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Greta Holm, who founded Halvor Oil in 1990, said sales were up.")
    assert "person/greta-holm" in {a.key for a in facts.actors}
