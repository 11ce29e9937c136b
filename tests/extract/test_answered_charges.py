"""A charge answered: who rejects, dismisses or denies it opposes who made it."""

from __future__ import annotations

import pytest

from kg.extract import answered_charges
from kg.extract.answered_charges import resolve_told_charges
from kg.extract.base import AnsweredCharge, Context
from kg.graph.rdf import article_graph
from kg.records import Event, EventKind, Evidence, Participant
from tests.helpers import directed


def _rejections(facts) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        (names[a], names[t], e.cameo)
        for e in facts.events
        if e.kind is EventKind.CONFLICT and e.type in {"reject", "criticise"} and e.factual
        for a in e.actors("agent")
        for t in e.actors("target")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uruguay rejected Paraguay's accusation.", ("Uruguay", "Paraguay", "120")),
        ("Uruguay denied the allegations made by Paraguay.", ("Uruguay", "Paraguay", "120")),
        ("Nepal dismissed the charge by Bhutan.", ("Nepal", "Bhutan", "120")),
        ("Ireland rejected criticism from Britain over the fishing deal.",
         ("Ireland", "United Kingdom", "120")),
        ("Latvia rejected accusations from Lithuania that it had hidden arms.",
         ("Latvia", "Lithuania", "120")),
        ("The claims by Benin were rejected by Niger.", ("Niger", "Benin", "120")),
    ],
)  # fmt: skip
def test_a_charge_whose_maker_is_named_is_rejected_against_it(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _rejections(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paraguay accused Uruguay of moving troops to the border. Uruguay rejected the accusation.",
         ("Uruguay", "Paraguay", "120")),
        ("Bhutan accused Nepal of spying. Kathmandu dismissed the charge as baseless.",
         ("Nepal", "Bhutan", "120")),
        ("Benin accused Niger of arming rebels. Niger hit back at the claims.",
         ("Niger", "Benin", "111")),
        ("Benin accused Niger of arming rebels. On Monday, Niger's foreign minister, Ama Dede, "
         "denied the charges.", ("Ama Dede", "Benin", "120")),
        ("Benin accused Niger of arming rebels. The charges were rejected by Niger.",
         ("Niger", "Benin", "120")),
        ("Latvia criticised Lithuania's new border law. Lithuania rejected the criticism.",
         ("Lithuania", "Latvia", "120")),
        ("Bhutan accused Nepal of spying, but Nepal rejected the accusation.",
         ("Nepal", "Bhutan", "120")),
    ],
)  # fmt: skip
def test_a_bare_charge_is_the_one_told_before(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _rejections(facts_of(text))


@pytest.mark.parametrize(
    ("text", "rejecter", "other"),
    [
        ("Uruguay rejected the proposal.", "Uruguay", "Paraguay"),
        ("Paraguay signed a trade deal with Bolivia. Uruguay rejected the proposal.", "Uruguay",
         "Paraguay"),
        ("Paraguay accused Uruguay of spying. Uruguay denied the report.", "Uruguay", "Paraguay"),
        ("Paraguay accused Uruguay of spying. Bolivia accused Uruguay of smuggling arms. "
         "Uruguay rejected the accusation.", "Uruguay", "Paraguay"),
        ("Paraguay and Bolivia accused Uruguay of spying. Uruguay rejected the accusation.",
         "Uruguay", "Paraguay"),
        ("Paraguay accused Bolivia of spying. Uruguay rejected the accusation.", "Uruguay",
         "Paraguay"),
        ("Paraguay may accuse Uruguay of spying. Uruguay rejected the accusation.", "Uruguay",
         "Paraguay"),
        ("Uruguay rejected the accusation. Paraguay had accused Uruguay of spying.", "Uruguay",
         "Paraguay"),
        ("Paraguay accused Uruguay of spying. Uruguay rejected two charges.", "Uruguay",
         "Paraguay"),
    ],
)  # fmt: skip
def test_no_one_whose_charge_is_not_told(  # type: ignore[no-untyped-def]
    facts_of, text: str, rejecter: str, other: str
) -> None:
    facts = facts_of(text)
    assert (rejecter, other) not in directed(facts, EventKind.CONFLICT, factual_only=False)
    assert ("Uruguay", "Bolivia") not in directed(facts, EventKind.CONFLICT, factual_only=False)


def test_a_negated_rejection_is_kept_not_as_a_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Paraguay accused Uruguay of spying. Uruguay did not reject the accusation.")
    assert ("Uruguay", "Paraguay") not in directed(facts, EventKind.CONFLICT)
    assert ("Uruguay", "Paraguay") in directed(facts, EventKind.CONFLICT, factual_only=False)
    assert ("Paraguay", "Uruguay") in directed(facts, EventKind.CONFLICT)  # the charge stands


def test_the_accusation_is_read_from_its_event_not_the_text() -> None:
    def event(extractor: str, sentence: int, cameo: str, *parts: tuple[str, str]) -> Event:
        return Event(
            kind=EventKind.CONFLICT,
            type="accuse" if cameo == "112" else "reject",
            participants=tuple(Participant(k, r) for k, r in parts),
            evidence=Evidence("a", sentence, sentence * 10, sentence * 10 + 5, extractor, 0.6),
            cameo=cameo,
        )

    told = event("conflict/v1", 0, "112", ("country/a", "agent"), ("country/b", "target"))
    answer = AnsweredCharge(event("answered_charges/v1", 1, "120", ("country/b", "agent")), "112")
    resolved = resolve_told_charges([told, answer], [])
    assert resolved[1].actors("target") == ("country/a",)
    assert resolve_told_charges([answer], []) == []  # nothing told before: no rejection


def test_a_bare_charge_answered_is_no_event_until_its_maker_is_known(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.language.actors import resolve_actors
    from kg.language.mentions import find_mentions

    doc = nlp("Laos rejected the accusation. Nepal dismissed Bhutan's charge.")
    ctx = Context("a", doc, resolve_actors(doc, find_mentions(doc), scope="a"))
    found = list(answered_charges.extract(ctx))
    answers = [f for f in found if isinstance(f, AnsweredCharge)]
    assert [(a.event.actors("agent"), a.event.actors("target"), a.charge) for a in answers] == [
        (("country/LAO",), (), "112")
    ]
    assert [f.actors("target") for f in found if isinstance(f, Event)] == [("country/BTN",)]


@pytest.mark.parametrize(
    "text",
    [
        "Laos rejected the accusation.",  # no charge told before
        "Vietnam accused Cambodia of spying. Laos rejected the accusation.",  # not of Laos
        "Vietnam accused Laos of spying. Thailand accused Laos of lying. Laos rejected "
        "the charges.",  # two accusers
        "Vietnam accused Laos of spying. Laos rejected the accusation.",  # resolved
    ],
)
def test_no_unresolved_answer_to_a_charge_reaches_the_graph(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    graph = article_graph(facts)
    assert not [t for t in graph if any("told" in str(x) for x in t)]
    for e in facts.events:
        if e.evidence.extractor == answered_charges.EXTRACTOR:
            assert e.actors("agent") and e.actors("target"), e
            assert all(
                p.actor.partition("/")[0] in {"country", "org", "person", "group"}
                for p in e.participants
            ), e
