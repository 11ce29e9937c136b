"""A guest named after "visiting" is the one received, not the host: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.language.visiting import repair_visiting_guests
from kg.records import EventKind
from tests.helpers import met_pairs, pair


def _visits(facts) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        (tuple(names[k] for k in e.actors("visitor")), tuple(names[k] for k in e.actors("host")))
        for e in facts.events
        if e.kind is EventKind.VISIT and e.factual
    }


@pytest.mark.parametrize(
    "text",
    [
        "Premier Lu Wenbo on Monday received visiting Thai Foreign Minister Anan Sukprasert.",
        "Visiting Thai Foreign Minister Anan Sukprasert was received by Premier Lu Wenbo.",
        "President Lu Wenbo welcomed visiting Thai Foreign Minister Anan Sukprasert in Beijing.",
        "Vice Premier Lu Wenbo greeted visiting Thai leader Anan Sukprasert at the airport.",
    ],
)
def test_the_visiting_guest_is_received(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _visits(facts_of(text)) == {(("Anan Sukprasert",), ("Lu Wenbo",))}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Lu Wenbo met visiting Thai Foreign Minister Anan Sukprasert in Beijing.",
        "Premier Lu Wenbo held talks with visiting Thai Foreign Minister Anan Sukprasert.",
        "Defence Minister Lu Wenbo met visiting Thai army chief General Anan Sukprasert.",
    ],
)
def test_meeting_a_visiting_guest(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts) == {pair("Lu Wenbo", "Anan Sukprasert")}
    assert _visits(facts) == set()  # the host visits no one


@pytest.mark.parametrize(
    "text",
    [
        "Mr Sukprasert began visiting China regularly in the 1990s.",
        "Visiting China was his first priority, Mr Sukprasert said.",
        "After visiting Premier Lu Wenbo in Beijing, Mr Sukprasert flew home.",
        "Mr Sukprasert, visiting China this week, met Premier Lu Wenbo.",
        "The minister enjoyed visiting her mother in Bangkok.",
    ],
)
def test_a_real_visit_is_left_alone(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    before = [(t.dep_, t.head.i) for t in doc]
    repair_visiting_guests(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before
