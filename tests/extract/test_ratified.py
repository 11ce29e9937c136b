"""A treaty ratified by its parties together: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def cooperated(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The treaty was ratified by Poland and Lithuania on Monday.", ("Poland", "Lithuania")),
        ("Estonia and Latvia ratified the border treaty on Wednesday.", ("Estonia", "Latvia")),
        ("Chile and Peru ratified their pact on fishing rights.", ("Chile", "Peru")),
        ("The accord was ratified by Kenya and Tanzania in May.", ("Kenya", "Tanzania")),
    ],
)
def test_parties_that_ratify_a_treaty_together_cooperate(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    found = cooperated(facts_of, text)
    assert pair in found and pair[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "Poland ratified the treaty on Monday.",
        "Poland and Lithuania ratified the Paris climate agreement.",
        "Ireland and Denmark ratified the Lisbon Treaty.",
        "Poland and Lithuania refused to ratify the treaty.",
        "Poland and Lithuania have yet to ratify the treaty.",
    ],
)
def test_no_pair_from_a_named_treaty_one_party_or_no_ratifying(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Poland", "Lithuania") not in cooperated(facts_of, text)
    assert ("Ireland", "Denmark") not in cooperated(facts_of, text)


def test_a_partner_named_after_the_treaty_keeps_the_direction(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = cooperated(facts_of, "Turkey ratified Sweden's accession to NATO on Monday.")
    assert ("Turkey", "Sweden") in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The treaty, ratified by Norway and Iceland in May, sets quotas.", ("Norway", "Iceland")),
        ("The pact, ratified by Chile and Peru last week, ends the dispute.", ("Chile", "Peru")),
        (
            "The treaty was drafted last year. It was ratified by Norway and Iceland on Tuesday.",
            ("Norway", "Iceland"),
        ),
        (
            "The accord was signed in Nairobi. It was ratified by Kenya and Uganda a month later.",
            ("Kenya", "Uganda"),
        ),
    ],
)
def test_a_treaty_a_participle_follows_or_an_it_takes_up(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    found = cooperated(facts_of, text)
    assert pair in found and pair[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "The Kyoto Protocol was adopted in 1997. It was ratified by Norway and Iceland in 2002.",
        "The treaty was drafted last year. It was ratified by Norway on Tuesday.",
        "The plan was drafted last year. It was ratified by Norway and Iceland on Tuesday.",
        "The treaty, ratified by Norway in May, sets quotas.",
        "The treaty, not yet ratified by Norway and Iceland, sets quotas.",
        "The treaty was drafted last year. It was not ratified by Norway and Iceland.",
        "The Paris Agreement, ratified by Norway and Iceland in 2016, sets targets.",
    ],
)
def test_no_pair_from_a_named_treaty_one_party_or_no_treaty_taken_up(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Iceland") not in cooperated(facts_of, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Hungarian parliament approved Finland's bid to join NATO.", ("Hungary", "Finland")),
        ("Hungary approved Sweden's accession to NATO.", ("Hungary", "Sweden")),
        ("The Turkish parliament approved Sweden's membership application.", ("Turkey", "Sweden")),
        ("Hungary approved Finland's bid for membership of NATO.", ("Hungary", "Finland")),
    ],
)  # fmt: skip
def test_approving_anothers_entry_agrees_to_it(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary refused to approve Finland's bid to join NATO.",  # refused
        "Hungary approved Finland's takeover bid for the port.",  # no entry into a body
        "Finland's bid to join NATO was approved.",  # no approver
    ],
)
def test_no_entry_approved(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Hungary", "Finland") not in directed(facts_of(text), EventKind.COOPERATION)
