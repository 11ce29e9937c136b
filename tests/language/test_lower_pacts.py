"""Treaties, accords and funds told in lower case by their field, as the thing signed,
ratified, joined or given to; sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, memberships


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Samoa signed the fisheries accord on Friday.", ("Samoa", "fisheries accord")),
        ("Fiji ratified the test-ban treaty on Monday.", ("Fiji", "test-ban treaty")),
        ("Tonga acceded to the maritime boundaries convention in May.",
         ("Tonga", "maritime boundaries convention")),
        ("Fiji joined the climate fund last year.", ("Fiji", "climate fund")),
        # two signers: each a party
        ("Norway and Iceland signed the fisheries accord in Oslo.", ("Iceland", "fisheries accord")),
    ],
)  # fmt: skip
def test_a_party_to_a_lower_case_pact(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in memberships(facts_of(text))


def test_a_pledge_to_a_lower_case_fund(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Japan pledged $10m to the loss-and-damage fund on Monday.")
    assert ("Japan", "loss-and-damage fund") in directed(facts, EventKind.COOPERATION)


def test_the_pact_is_the_articles_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    """Another story's "fisheries accord" is another accord: the key holds the article."""
    facts = facts_of("Samoa signed the fisheries accord on Friday.")
    key = next(a.key for a in facts.actors if a.name == "fisheries accord")
    assert key != "agreement/fisheries-accord"


@pytest.mark.parametrize(
    "text",
    [
        # only a topic
        "Ministers discussed the fisheries accord and the climate fund.",
        # not signed
        "Peru refused to sign the trade accord.",
        # no field, or one of some
        "Chile signed the new treaty on Monday.",
        "Chile signed a fisheries accord on Monday.",
        # a country's own fund
        "Japan's climate fund gave grants to Fiji.",
        # a pact with a partner: the partners' deal (cooperation, as before)
        "Chile ratified the fisheries treaty with Peru on Monday.",
    ],
)
def test_no_lower_case_pact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(n.islower() for n in {a.name for a in facts.actors}), facts.actors
