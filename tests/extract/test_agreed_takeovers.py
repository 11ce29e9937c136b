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
