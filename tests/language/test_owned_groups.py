"""An unnamed group known only as someone's ("the firm's creditors", "its
lenders") is no actor: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    "text",
    [
        "Halvor Card faced collapse under its debts until the firm's creditors and a former "
        "owner agreed to rescue it.",
        "Its creditors have agreed to rescue Halvor Oil.",
        "Halvor Oil was saved when the company's lenders agreed to back Halvor Oil.",
        "Their donors backed Brightwater Energy.",
    ],
)
def test_a_group_owned_by_an_unnamed_one_is_no_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(a.key.startswith("group/") for a in facts.actors)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The creditors have agreed to rescue Halvor Oil.", ("creditors", "Halvor Oil")),
        ("Halvor Oil's creditors agreed to rescue Brightwater Energy.",
         ("Halvor Oil's creditors", "Brightwater Energy")),
        ("Chile and its allies backed Peru.", ("allies", "Peru")),
    ],
)  # fmt: skip
def test_groups_of_their_own_stay_actors(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("Rebels attacked Halvor Oil's pipeline on Monday.", True),
        ("Lawmakers condemned Bolivia on Monday.", True),
        ("Armed rebels attacked Halvor Oil's pipeline.", True),
        ("Kurdish rebels attacked Halvor Oil's pipeline.", False),
    ],
)
def test_a_capital_that_opens_the_sentence_names_no_group(facts_of, text: str, local: bool) -> None:  # type: ignore[no-untyped-def]
    """An unnamed group belongs to its article (its key carries the article's),
    even when the sentence opens with it; a named one does not."""
    (group,) = [a for a in facts_of(text).actors if a.key.startswith("group/")]
    named_key = "group/" + group.name.lower().replace(" ", "-")
    assert (group.key != named_key) is local
