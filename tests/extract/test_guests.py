"""Guests: a host receives someone who arrives; welcoming an idea is praise.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cambodia welcomed the Japanese delegation at the airport.", pair("Cambodia", "Japan")),
        ("Slovenia welcomed the visiting Danish president on Monday.", pair("Slovenia", "Denmark")),
        ("Uruguay welcomed a delegation of ministers from Paraguay.", pair("Uruguay", "Paraguay")),
        (
            "President Lidia Moro welcomed Bolivian Foreign Minister Raul Pineda.",
            pair("Lidia Moro", "Raul Pineda"),
        ),
        (
            "Nepal entertained the Bhutanese delegation at a lakeside lunch.",
            pair("Nepal", "Bhutan"),
        ),
        ("Croatia received the Albanian envoy on Thursday.", pair("Croatia", "Albania")),
        # "head(s)" is an official who arrives, as "leader(s)" is
        ("Ghana welcomed the heads of state of Togo and Benin.", pair("Ghana", "Togo")),
        ("Ghana welcomed the heads of government of Togo and Benin.", pair("Ghana", "Benin")),
        ("Peru welcomed the head of Chile's navy on Monday.", pair("Peru", "Chile")),
        (
            "Latvian President Ilze Kalna welcomed the head of Estonia's army.",
            pair("Ilze Kalna", "Estonia"),
        ),
    ],
)
def test_welcoming_a_guest_hosts_a_visit(facts_of, text: str, expected: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in met_pairs(facts)
    assert not directed(facts, EventKind.COOPERATION)  # a host, no praise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cambodia welcomed the decision by Thailand to reopen the road.",
            ("Cambodia", "Thailand"),
        ),
        ("Slovenia welcomed Denmark's offer of extra funds.", ("Slovenia", "Denmark")),
        ("Uruguay welcomed the Paraguayan proposal on river tolls.", ("Uruguay", "Paraguay")),
    ],
)
def test_welcoming_an_idea_stays_praise(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in directed(facts, EventKind.COOPERATION)
    assert not met_pairs(facts)


def test_entertaining_an_idea_hosts_nobody(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of("Nepal has entertained the idea of a Bhutanese rail link."))


@pytest.mark.parametrize(
    "text",
    [
        "The Green Party welcomed Lars Odin as its new candidate.",
        "The Green Party welcomed Lars Odin into the party.",
        "Cambodia welcomed the newly elected Thai prime minister.",
        "Cambodia welcomed the new head of Thailand's navy.",
    ],
)
def test_welcoming_into_a_role_or_a_newcomer_hosts_nobody(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean trade mission was welcomed by its Peruvian hosts in Lima.",
        "Their Peruvian hosts welcomed the Chilean team on Monday.",
        "The Chilean business mission was warmly welcomed by its Peruvian hosts.",
    ],
)
def test_whom_hosts_welcome_is_no_praise(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """Hosts welcome guests, whoever they are: no praise of them."""
    assert ("Peru", "Chile") not in directed(facts_of(text), EventKind.COOPERATION)


def test_hosts_welcome_a_delegation_and_still_praise_an_idea(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Chilean delegation was welcomed by its Peruvian hosts.")
    assert pair("Peru", "Chile") in met_pairs(facts)
    facts = facts_of("Peru welcomed Chile's decision to reopen the border.")
    assert ("Peru", "Chile") in directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Thailand welcomed 40 Cambodian workers.", ("Thailand", "Cambodia")),
        ("Germany welcomed 2,000 Syrian refugees last year.", ("Germany", "Syria")),
        ("Canada will welcome Afghan interpreters.", ("Canada", "Afghanistan")),
        ("Italy has welcomed more than 500 Libyan migrants.", ("Italy", "Libya")),
        ("Spain welcomed thousands of Moroccan students in 2020.", ("Spain", "Morocco")),
        ("Poland welcomed Ukrainian refugees into their homes.", ("Poland", "Ukraine")),
    ],
)
def test_welcoming_people_who_come_to_stay_hosts_them(facts_of, text: str, states) -> None:  # type: ignore[no-untyped-def]
    """No praise of their state, no visit: the people are hosted."""
    facts = facts_of(text)
    assert not directed(facts, EventKind.COOPERATION, factual_only=False)
    assert frozenset(states) not in met_pairs(facts)


def test_welcoming_a_guest_or_an_idea_of_the_same_state_stays(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Thailand welcomed Cambodia's decision to admit 40 Thai workers.")
    assert ("Thailand", "Cambodia") in directed(facts, EventKind.COOPERATION)
    assert pair("Germany", "France") in met_pairs(
        facts_of("Germany welcomed the French president.")
    )
