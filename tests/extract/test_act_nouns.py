"""Whose act "the move" or "a decision" stands for: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        # the sentence before says whose act "the move" was
        ("Peru expelled two Chilean diplomats on Monday. Chile condemned the move.",
         EventKind.CONFLICT, ("Chile", "Peru")),
        ("Peru recalled its ambassador from Bolivia. La Paz criticised the step.",
         EventKind.CONFLICT, ("Bolivia", "Peru")),
        ("The African Union suspended Mali. Kenya welcomed the decision.",
         EventKind.COOPERATION, ("Kenya", "African Union")),
        # a plural that names one act as well as several
        ("Peru expelled two Chilean diplomats. Chile condemned the measures as unjustified.",
         EventKind.CONFLICT, ("Chile", "Peru")),
        ("Peru recalled its ambassador from Bolivia. La Paz criticised the steps.",
         EventKind.CONFLICT, ("Bolivia", "Peru")),
        # ... and so does the clause it stands beside
        ("Peru closed its border with Chile in May, a move condemned by Bolivia.",
         EventKind.CONFLICT, ("Bolivia", "Peru")),
        ("Peru closed its border with Chile, a decision which Bolivia welcomed.",
         EventKind.COOPERATION, ("Bolivia", "Peru")),
    ],
)  # fmt: skip
def test_an_act_noun_stands_for_its_doers_act(
    facts_of, text: str, kind: EventKind, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Peru expelled two diplomats. Chile condemned a decision of the court.",  # another act
        "Peru expelled two diplomats. Chile condemned the move to Lima.",  # a move somewhere
        "Peru expelled two diplomats. Chile condemned the decisions.",  # more than one act
    ],
)
def test_no_doer_for_an_act_noun_without_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") not in directed(facts_of(text), EventKind.CONFLICT)


def test_who_condemns_a_move_does_not_own_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of("Peru seized the island in 1982, a move condemned by Chile."),
                     EventKind.CONFLICT)  # fmt: skip
    assert ("Peru", "Chile") not in found


@pytest.mark.parametrize(
    ("text", "pair", "not_pair"),
    [
        # a reaction told between the act and "the move": the act before it
        ("The European Union extended sanctions against Russia. The Kremlin reacted angrily. "
         "A Russian spokeswoman, Yelena Orlova, called the move an unfriendly act.",
         ("Yelena Orlova", "European Union"), ("Yelena Orlova", "Russia")),
        # the reaction says what it answers
        ("Russia reacted angrily to the EU's decision. The Russian foreign minister, Ivan "
         "Petrov, condemned the move.", ("Ivan Petrov", "European Union"),
         ("Ivan Petrov", "Russia")),
        # a response in other words
        ("Chile closed its border with Peru. Peru responded with restraint. Bolivia "
         "criticised the move.", ("Bolivia", "Chile"), ("Bolivia", "Peru")),
    ],
)  # fmt: skip
def test_a_reaction_is_not_the_act(facts_of, text: str, pair, not_pair) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert pair in found and not_pair not in found


def test_a_reaction_to_no_one_names_no_act(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(
        facts_of(
            "Chile closed its border with Peru. Peru responded to the closure. Bolivia criticised the move."
        ),
        EventKind.CONFLICT,
    )
    assert ("Bolivia", "Peru") not in found


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        # the measure told before, its author the subject
        ("The United States imposed sanctions on Iran. Tehran condemned the sanctions.",
         EventKind.CONFLICT, ("Iran", "United States")),
        # a body's resolution, rejected by its target
        ("The Security Council adopted a resolution against Iran. Iran rejected the "
         "resolution.", EventKind.CONFLICT, ("Iran", "United Nations Security Council")),
        # a passive told before, an adjective on the later noun
        ("Sanctions were imposed on Iran by the European Union in May. Tehran denounced the "
         "new sanctions as illegal.", EventKind.CONFLICT, ("Iran", "European Union")),
        # a plan proposed, then welcomed by a third party
        ("Chile proposed a ceasefire plan on Monday. Bolivia welcomed the plan.",
         EventKind.COOPERATION, ("Bolivia", "Chile")),
    ],
)  # fmt: skip
def test_a_thing_told_before_is_its_authors(facts_of, text: str, kind: EventKind, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        # undergone, not authored
        "Peru faced sanctions over the dispute. Chile criticised the sanctions.",
        # accepted: someone else's plan
        "Peru accepted a ceasefire plan. Chile rejected the plan.",
        # asked in a quote: no one's yet
        'Reporters asked: "Should Peru impose sanctions?" Chile criticised the sanctions.',
        # another plan, named by its own words
        "Peru proposed a ceasefire plan. Chile rejected the peace plan.",
    ],
)
def test_a_thing_no_one_authored_before_is_no_ones(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz urged the cabinet to release the detainees. Yet the Interior Ministry"
        " defended the measures.",
        "Peru criticised the new tariffs. But Chile defended the measure.",
        "Peru condemned the plan on Monday. Chile welcomed the move.",
    ],
)
def test_a_judgement_or_an_appeal_before_is_no_act_of_its_subject(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        # a meeting or an activity with nothing acted on is no decision
        "The Liberal Party met on Monday. Oxfam criticised the decision.",
        "Ana Ruiz spoke in Lima on Monday. Oxfam criticised the move.",
        "Peru's foreign minister arrived in Quito. Chile condemned the step.",
        # several acts are not the one act the sentence before tells
        "Peru promised to fight the plan. Chile questioned whether the decisions were lawful.",
    ],
)
def test_no_act_told_before_leaves_an_act_noun_unowned(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not directed(facts, EventKind.CONFLICT) - {("Peru", "Chile")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a speaker that tells an act of its own
        ("Poland announced it would deploy extra troops to its eastern border. Moscow "
         "condemned the decision as provocative.", ("Russia", "Poland")),
        ("Peru said it would expel two Chilean diplomats. Chile condemned the move.",
         ("Chile", "Peru")),
        # the judge's own answer told between: the act before it
        ("Peru closed its airspace to Chilean flights on Monday. Chile's foreign ministry "
         "summoned the Peruvian ambassador. Santiago condemned the decision.", ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_a_told_act_of_ones_own_and_the_act_before_an_answer(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


def test_no_act_told_by_a_plan_denied(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Peru said it had no plan to close the border. Chile criticised the decision."
    assert ("Chile", "Peru") not in directed(facts_of(text), EventKind.CONFLICT)


def test_a_judge_never_judges_its_own_bodys_answer(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Peru closed its airspace on Monday. Chile's foreign ministry summoned Peru's envoy. "
        "Chile condemned the decision."
    )
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert not {b for a, b in found if a == "Chile" and "ministry" in b}


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        # one resolver for every verdict: a verb's, as a label's ("called the incident
        # 'an act of war'"), takes up the deed told before by a bare "the" noun
        ("Latvia shot down a drone from Estonia. Estonia condemned the incident.",
         EventKind.CONFLICT, ("Estonia", "Latvia")),
        ("Members of the Dock Workers Union walked out of the talks. Minister Nils Aas"
         " criticised the walkout.", EventKind.CONFLICT, ("Nils Aas", "Dock Workers Union")),
        ("Peru signed a border pact with Chile. Bolivia denounced the pact.",
         EventKind.CONFLICT, ("Bolivia", "Peru")),
        # a deed reported by others is still its doer's
        ("Officials said Peru had expelled two diplomats. Chile condemned the move.",
         EventKind.CONFLICT, ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_a_verdict_by_a_verb_takes_up_the_deed_told_before(facts_of, text: str, kind, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Peru may sign a border pact with Chile. Bolivia denounced the pact.",  # not done
        "Gunmen attacked a convoy. Chile condemned the incident.",  # no one named
        "Peru signed a border pact with Chile. Bolivia denounced the trade pact.",  # another
    ],
)
def test_a_verdict_by_a_verb_on_no_deed_told_names_no_doer(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {t for a, t in directed(facts_of(text), EventKind.CONFLICT) if a in {"Bolivia", "Chile"}}
