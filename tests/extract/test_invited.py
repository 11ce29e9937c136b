"""Whoever invites the parties to a meeting convenes it: sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import met_pairs, pair


def _hosts(facts) -> set[str]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        names[k]
        for e in facts.events
        if e.kind is EventKind.MEETING and e.factual
        for k in e.actors("host")
    }


@pytest.mark.parametrize(
    ("text", "host", "guests"),
    [
        (
            "At the invitation of President Jorge Ibarra, the leaders of Bolivia and "
            "Paraguay gathered in Lima.",
            "Jorge Ibarra",
            ("Bolivia", "Paraguay"),
        ),
        (
            "At Norway's invitation, the foreign ministers of Ghana and Togo met in Oslo "
            "on Sunday.",
            "Norway",
            ("Ghana", "Togo"),
        ),
        (
            "Invited by the Swiss government, the foreign ministers of Armenia and "
            "Azerbaijan met in Geneva.",
            "Switzerland",
            ("Armenia", "Azerbaijan"),
        ),
    ],
)
def test_the_inviter_hosts_the_parties(
    facts_of, text: str, host: str, guests: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert _hosts(facts) == {host}
    pairs = met_pairs(facts)
    assert pair(*guests) in pairs
    assert pair(host, guests[0]) in pairs and pair(host, guests[1]) in pairs


@pytest.mark.parametrize(
    "text",
    [
        # one party meeting another at a third's invitation: the third hosts no one
        "President Jorge Ibarra met the Bolivian president at the invitation of Chile.",
        # no one named meets
        "At the invitation of the union, the workers gathered in the square.",
    ],
)
def test_no_host_without_two_parties_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _hosts(facts_of(text))
