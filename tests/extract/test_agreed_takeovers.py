"""Takeovers and mergers a firm agrees to: the two firms cooperate (a deal made); a deal
rejected, weighed or expected makes none. Sentences and firms written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs, pair


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("Halvard Steel agreed to a takeover by Brightwater Capital on Monday.",
         ("Halvard Steel", "Brightwater Capital")),
        ("The board of Norvik Foods accepted a buyout by Castellan Partners.",
         ("Norvik Foods", "Castellan Partners")),
        ("Tessaly Mining agreed to be bought by Orlan Resources for $2bn.",
         ("Tessaly Mining", "Orlan Resources")),
        ("Halvard Steel accepted a takeover offer from Brightwater Capital.",
         ("Halvard Steel", "Brightwater Capital")),
        ("Norvik Foods' shareholders approved the merger with Castellan Partners.",
         ("Norvik Foods", "Castellan Partners")),
        ("Halvard Steel agreed to be taken over by Brightwater Capital.",
         ("Halvard Steel", "Brightwater Capital")),
    ],
)  # fmt: skip
def test_a_takeover_agreed_is_a_deal_between_the_firms(facts_of, text: str, firms) -> None:  # type: ignore[no-untyped-def]
    assert pair(*firms) in cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Halvard Steel rejected a takeover by Brightwater Capital on Monday.",
        "Brightwater Capital is considering a bid for Halvard Steel.",
        "A takeover of Halvard Steel by Brightwater Capital is expected.",
        "The board of Norvik Foods rejected the buyout offer from Castellan Partners.",
        "Halvard Steel refused to accept a takeover by Brightwater Capital.",
        "Halvard Steel may agree to a takeover by Brightwater Capital.",
        "Peru approved a takeover of Halvard Steel by Brightwater Capital.",
        "Peru accepted the takeover offer from Brightwater Capital.",
        "The regulator approved the merger with Castellan Partners.",
    ],
)
def test_a_takeover_not_agreed_is_no_deal(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # a third party's acceptance of one firm's takeover of another
        "The Federal Cartel Office accepted Zentrix Corp's takeover of Halvor Systems.",
        "The Federal Cartel Office accepted the takeover of Halvor Systems by Zentrix Corp.",
        # a bid to do something, or a bid no firm makes, is no firm's deal
        "The International Olympic Committee accepted Peru's bid to host the Games.",
        "The International Olympic Committee accepted a bid from Peru.",
        "Norvik Foods accepted Castellan Partners' bid to run the depot.",
    ],
)
def test_no_deal_from_a_third_partys_acceptance_or_a_bid_to_act(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not cooperation_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        ("Halvor Systems accepted Zentrix Corp's takeover bid.", ("Halvor Systems", "Zentrix Corp")),
        ("Halvor Systems accepted a bid from Zentrix Corp on Monday.",
         ("Halvor Systems", "Zentrix Corp")),
        ("Halvor Systems accepted Zentrix Corp's bid for its shares.",
         ("Halvor Systems", "Zentrix Corp")),
    ],
)  # fmt: skip
def test_a_firms_bid_or_its_own_takeover_accepted_is_a_deal(facts_of, text: str, firms) -> None:  # type: ignore[no-untyped-def]
    assert pair(*firms) in cooperation_pairs(facts_of(text))
