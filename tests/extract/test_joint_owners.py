"""Joint deeds whose doers are named before the noun, and bodies led with a partner
(kg.extract.joint_owners)."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs


def _together(facts_of, text: str, factual_only: bool = True) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    return cooperation_pairs(facts_of(text), factual_only=factual_only)


@pytest.mark.parametrize(
    "text",
    [
        "A joint Chilean-Peruvian venture opened a copper plant on Monday.",
        "A joint Chilean and Peruvian venture opened a copper plant.",
        "A joint Chilean-Peruvian satellite programme launched its first satellite.",
        "The port is run by a joint Chilean-Peruvian venture.",
    ],
)
def test_parties_named_before_a_joint_deed_cooperate(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Chile", "Peru"}) in _together(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        # one party only
        "A joint Chilean venture opened a copper plant.",
        "A joint Chilean police operation killed the smugglers.",
        # only proposed, or turned down
        "A proposed joint Chilean-Peruvian venture was shelved.",
        "Bolivia rejected a joint Chilean-Peruvian venture.",
    ],
)
def test_no_joint_doers_before_the_noun(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"Chile", "Peru"}) not in _together(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "NASA leads the observatory with the European Space Agency.",
        "The observatory, which NASA leads with the European Space Agency, opened on Monday.",
        "NASA led the lunar mission with the European Space Agency.",
    ],
)
def test_who_leads_something_with_a_partner_works_with_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert frozenset({"NASA", "European Space Agency"}) in _together(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        # the other side of talks or a fight is no partner
        "Kenya led the talks with Uganda on Monday.",
        "Kenya led the fight with Uganda over the island.",
        # not yet done
        "Kenya may lead the mission with Uganda next year.",
        # ahead of a rival, with a third behind: a standing, no partnership
        "Kenya lead Tanzania by 12 points to 9 with Uganda on 7.",
        "Kenya led Tanzania with Uganda third.",
    ],
)
def test_no_partner_in_what_is_led(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = _together(facts_of, text)
    assert frozenset({"Kenya", "Uganda"}) not in pairs
