"""Talks a deal or a date is for, and talks agreed or set, are no meeting held."""

from __future__ import annotations

from dataclasses import replace

from helpers import cooperation_pairs, met_pairs, pair

from kg.records import EventKind


def _head(facts):  # type: ignore[no-untyped-def]
    heads = {s.index for s in facts.sentences if s.headline}
    return replace(facts, events=tuple(e for e in facts.events if e.evidence.sentence in heads))


def test_talks_to_come_are_planned(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = _head(facts_of("Ana Ruiz welcomed the agreement to open negotiations next year.",
                           title="Ruiz hails Chile-Peru talks deal"))  # fmt: skip
    assert pair("Chile", "Peru") not in met_pairs(facts)
    assert pair("Chile", "Peru") in met_pairs(facts, factual_only=False)
    assert pair("Chile", "Peru") in cooperation_pairs(facts)  # the agreement itself
    facts = _head(facts_of("Officials said negotiations on a free trade pact would start in the "
                           "spring.", title="EU-Chile trade talks agreed"))  # fmt: skip
    assert pair("European Union", "Chile") not in met_pairs(facts)
    facts = facts_of("Chile and Peru agreed talks on the border on Monday.", title="")
    assert pair("Chile", "Peru") not in met_pairs(facts)


def test_talks_held_stay_a_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    cases = [("Chile-Peru talks end in deadlock", "Negotiators left Lima without an agreement."),
             ("Chile and Peru hold border talks", "Negotiators met in Lima on Friday."),
             ("Chile-Peru talks resume in Lima", "Negotiators met again on Friday.")]  # fmt: skip
    for title, body in cases:
        assert pair("Chile", "Peru") in met_pairs(_head(facts_of(body, title=title))), title
    facts = facts_of("Chile and Peru held talks on the border on Monday.", title="")
    assert pair("Chile", "Peru") in met_pairs(facts)
    assert EventKind.MEETING in {e.kind for e in facts.events}


def test_a_deal_the_talks_reached_tells_talks_held(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chilean Foreign Minister Ana Ruiz hailed the Chile-Peru talks deal reached "
                     "in Lima on Friday.")  # fmt: skip
    assert pair("Chile", "Peru") in met_pairs(facts)
