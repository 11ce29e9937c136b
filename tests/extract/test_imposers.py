"""Who imposes a measure and on whom, where the parser hangs them away from its noun
("sanctions by X on Y", "the imposition of sanctions on Y by X"). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def sanctions(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(imposer, target) pairs of factual sanctions (CAMEO 16x)."""
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    return {
        (names[a], names[t])
        for e in facts.events
        if e.kind is EventKind.CONFLICT and e.factual and e.cameo.startswith("16")
        for a in e.actors("agent")
        for t in e.actors("target")
    }


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "The coup in 2021 led to sanctions by Japan and the European Union against Myanmar.",
            {("Japan", "Myanmar"), ("European Union", "Myanmar")},
        ),
        (
            "The imposition of sanctions on Syria by the United States hit its banks.",
            {("United States", "Syria")},
        ),
        ("Norway's imposition of an embargo on Eritrea was criticised.", {("Norway", "Eritrea")}),
        (
            "Mexico's introduction of sanctions against Nicaragua surprised Managua.",
            {("Mexico", "Nicaragua")},
        ),
    ],
)
def test_imposer_and_target_away_from_the_noun(facts_of, text: str, pairs) -> None:  # type: ignore[no-untyped-def]
    assert pairs <= sanctions(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Latvia called for the imposition of sanctions on Belarus by Japan.",
        "Estonia urged the imposition of sanctions on Belarus.",
        "Canada is weighing the imposition of sanctions on Belarus.",
    ],
)
def test_an_imposition_asked_for_is_no_sanction(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not sanctions(facts_of, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Uganda's backing for the rebels has drawn sanctions from Canada.", ("Canada", "Uganda")),
        ("Mali's gold trade was hit by sanctions from Japan.", ("Japan", "Mali")),
    ],
)
def test_sanctions_drawn_by_what_someone_owns(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in sanctions(facts_of, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chile and Peru called for new U.N. Security Council sanctions.", None),
        ("Ghana pressed for fresh African Union sanctions on Tuesday.", None),
        ("Fiji called for tougher European Union sanctions against the junta.", "junta"),
    ],
)
def test_a_body_named_before_sanctions_called_for_imposes_them(facts_of, text, target) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT, factual_only=False)
    bodies = {"United Nations Security Council", "African Union", "European Union"}
    assert not any(b in bodies for _, b in pairs)
    assert target is None or ("Fiji", target) in pairs
