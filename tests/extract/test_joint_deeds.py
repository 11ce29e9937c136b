"""Deeds done jointly make their doers cooperate (kg.extract.joint_deeds)."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs


def _together(facts_of, text: str, factual_only: bool = True) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    return cooperation_pairs(facts_of(text), factual_only=factual_only)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda jointly run the port at the border.",
        "The bridge was jointly built by Kenya and Uganda.",
        "Kenya and Uganda are jointly developing a pipeline.",
        "Kenya jointly runs the port with Uganda.",
        "A joint investigation by Kenyan and Ugandan police uncovered the network.",
        "A joint inquiry by Kenya and Uganda found the cause of the crash.",
    ],
)
def test_a_deed_done_jointly_ties_its_doers(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Kenya", "Uganda"}) in _together(facts_of, text)


def test_a_joint_deed_planned_is_no_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya and Uganda will jointly build a bridge next year."
    assert frozenset({"Kenya", "Uganda"}) in _together(facts_of, text, factual_only=False)
    assert frozenset({"Kenya", "Uganda"}) not in _together(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        # a verb with an event of its own, or one of saying: no deed together
        "Kenya and Uganda jointly condemned the attack on Somalia.",
        "Kenya and Uganda jointly announced the plan on Monday.",
        # a joint text issued: each speaks
        "In a joint statement by Kenya and Uganda, both called for calm.",
        # one doer only
        "Kenya jointly runs the port.",
    ],
)
def test_no_deed_together(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Kenya", "Uganda"}) not in _together(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "A joint venture of Kenya and Uganda opened a plant in Jinja.",
        "A joint commission of Kenya and Uganda opened its office in Kampala.",
        "The joint team of Kenya and Uganda reached the summit on Friday.",
    ],
)
def test_the_parties_a_joint_body_is_of_work_together(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Kenya", "Uganda"}) in _together(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "A joint study of Kenya and Uganda found that poverty fell.",  # what it studies
        "A joint venture of Kenya opened a plant in Jinja.",  # one party
    ],
)
def test_what_a_joint_inquiry_is_of_is_no_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Kenya", "Uganda"}) not in _together(facts_of, text)
