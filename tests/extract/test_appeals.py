"""Appeals and demands: what "urged X to ..." and "called on X to ..." ask for decides
whether the asker opposes X. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def _demands(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    n = {a.key: a.name for a in facts.actors}
    return {
        (n[a], n[t])
        for e in facts.events
        if e.kind is EventKind.CONFLICT and e.type == "demand"
        for a in e.actors("agent")
        for t in e.actors("target")
    }


@pytest.mark.parametrize(
    "text",
    [
        "The African Union called on Ethiopia and Eritrea to resolve their border row.",
        "Japan urged Laos and Vietnam to settle their dispute peacefully.",
        "Norway urged Sri Lanka to return to the negotiating table.",
        "Italy called on Libya to respect the ceasefire.",
        "Canada urged Colombia to open a dialogue with the farmers' union.",
        "The Arab League called on Lebanon and Syria to work together.",
        "Chile urged Bolivia to exercise restraint and resume talks.",
        "France urged China to support the resolution.",
        "Mexico urged Cuba to remain calm.",
        "Kenya called upon Somalia to accept the peace plan.",
    ],
)
def test_an_appeal_for_a_conciliatory_act_opposes_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan urged Laos to withdraw its troops.", ("Japan", "Laos")),
        ("Italy called on Libya to release the fishermen.", ("Italy", "Libya")),
        ("Canada urged Colombia to stop the shelling and return to talks.", ("Canada", "Colombia")),
        ("Chile urged Bolivia not to join the pact.", ("Chile", "Bolivia")),
        ("Kenya urged Somalia to quit the talks.", ("Kenya", "Somalia")),
        ("Mexico called on Cuba to hand over the suspects.", ("Mexico", "Cuba")),
    ],
)
def test_an_appeal_to_stop_or_give_up_stays_a_demand(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _demands(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        # "called X on Monday" rings X; the date after "on" is no appeal
        "The Danish premier called Tomas Lind on Monday.",
        "Ana Ruiz called the Chilean president on Friday evening.",
        "The Swedish premier called Ana Ruiz on 3 May.",
    ],
)
def test_a_call_on_a_day_is_no_appeal(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not [e for e in facts.events if e.kind is EventKind.STATEMENT]
    assert [e for e in facts.events if e.kind is EventKind.PHONE_CALL]


@pytest.mark.parametrize(
    "text",
    [
        "Poland called on Russia on Monday to withdraw its troops.",
        "Peru called on Tuesday for talks with Chile.",
        "Chile called for a ceasefire on Friday.",
    ],
)
def test_an_appeal_with_a_day_stays_an_appeal(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert [e for e in facts.events if e.kind is EventKind.STATEMENT and e.type == "appeal"]


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Malta insisted that Tunisia free the trawler crews.", "Malta", "Tunisia"),
        ("Laos insisted on Friday that Thailand reopen the bridge.", "Laos", "Thailand"),
        ("Ghana has insisted that Togo should hand over the suspects.", "Ghana", "Togo"),
        ("Latvia insisted that the Estonian authorities withdraw the fine.", "Latvia", "Estonia"),
        ("Nepal insisted Bhutan halt repatriation of the refugees.", "Nepal", "Bhutan"),
        ("Peru demanded Ecuador halt construction of the road.", "Peru", "Ecuador"),
        ("Oman's insistence that Yemen pay the debt delayed the deal.", "Oman", "Yemen"),
    ],
)
def test_insisting_on_an_act_demands_it_of_whom_is_to_do_it(  # type: ignore[no-untyped-def]
    facts_of, text: str, agent: str, target: str
) -> None:
    assert (agent, target) in _demands(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Malta insisted that Tunisia was its oldest friend.",
        "Ghana insisted that Togo would sign the accord.",
        "Laos insists that Thailand has no claim to the island.",
        "Nina Vale insisted that she had never met the envoy.",
        "Nepal insisted that the deal be signed by Friday.",
        "The senator demanded a Senate inquiry into the contract.",
    ],
)
def test_insisting_on_what_is_so_demands_nothing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _demands(facts_of, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale should stand firm and not resign, his ally Ann Vale has insisted.",
        "Ann Vale insisted that Tom Hale should stick to his plan and not apologise.",
        "Malta insisted that Tunisia return to the talks.",
    ],
)
def test_insisting_on_keeping_a_course_or_on_talks_demands_nothing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _demands(facts_of, text) == set()
