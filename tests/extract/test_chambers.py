"""A state's chamber signs for its state: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "state", "partner"),
    [
        ("Chile's parliament ratified the fisheries treaty with Peru on Monday.", "Chile", "Peru"),
        ("The Peruvian Senate ratified a border accord with Ecuador.", "Peru", "Ecuador"),
        ("The parliament of Bolivia ratified the gas agreement with Argentina.",
         "Bolivia", "Argentina"),
        ("The Knesset ratified the water agreement with Jordan.", "Israel", "Jordan"),
        ("The treaty with Kazakhstan was ratified by Russia's State Duma.", "Russia", "Kazakhstan"),
        ("Japan's National Assembly, after a long debate, ratified the pact with Vietnam.",
         "Japan", "Vietnam"),
        # the partner hung on the verb, past a modifier of the deal
        ("Kazakhstan's parliament ratified the gas deal with China.", "Kazakhstan", "China"),
        ("Kazakhstan ratified the gas deal with China.", "Kazakhstan", "China"),
    ],
)  # fmt: skip
def test_a_chamber_ratifies_for_its_state(facts_of, text, state, partner) -> None:  # type: ignore[no-untyped-def]
    assert (state, partner) in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "state", "partner"),
    [
        ("Chile's parliament refused to ratify the treaty with Peru.", "Chile", "Peru"),
        ("The Peruvian Senate may ratify the accord with Ecuador in June.", "Peru", "Ecuador"),
        ("The Labour Party backed the treaty with Peru.", "United Kingdom", "Peru"),
        ("The Catalan regional parliament approved a cultural accord with Peru.", "Spain", "Peru"),
    ],
)  # fmt: skip
def test_no_state_signs(facts_of, text, state, partner) -> None:  # type: ignore[no-untyped-def]
    assert (state, partner) not in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "state", "partner"),
    [
        # a country's members of parliament ratify or approve for it
        ("Estonian MPs ratified the pipeline treaty with Hungary on Tuesday.", "Estonia", "Hungary"),
        ("The energy pact with Poland was ratified by Estonian MPs.", "Estonia", "Poland"),
        ("Latvian MPs are to ratify the border treaty with Estonia.", "Latvia", "Estonia"),
        # a chamber that endorses or approves a pact with a country approves it for its state
        ("Peru's Congress endorsed the fisheries accord with Ecuador on Friday.", "Peru", "Ecuador"),
        ("The Chilean Senate endorsed the gas deal with Bolivia.", "Chile", "Bolivia"),
        ("Uruguay's parliament, after a long debate, endorsed the rail treaty with Brazil.",
         "Uruguay", "Brazil"),
        ("The port treaty with Brazil was endorsed by the Uruguayan parliament.",
         "Uruguay", "Brazil"),
    ],
)  # fmt: skip
def test_members_and_endorsing_chambers_act_for_their_state(facts_of, text, state, partner) -> None:  # type: ignore[no-untyped-def]
    found = facts_of(text)
    assert (state, partner) in directed(found, EventKind.COOPERATION, factual_only=False)
    assert not any(
        e.cameo == "051" for e in found.events if e.kind is EventKind.COOPERATION
    )  # the chamber's support is the pact, not support of the partner


@pytest.mark.parametrize(
    ("text", "state", "partner"),
    [
        ("Opposition MPs endorsed the trade deal with Chile.", "United Kingdom", "Chile"),
        ("Labour MPs ratified nothing with Chile.", "United Kingdom", "Chile"),
        ("Czech senators rejected the radar agreement with Austria.", "Czech Republic", "Austria"),
    ],
)  # fmt: skip
def test_no_member_signs_for_no_state(facts_of, text, state, partner) -> None:  # type: ignore[no-untyped-def]
    assert (state, partner) not in directed(facts_of(text), EventKind.COOPERATION)


def test_a_chamber_endorsing_a_plan_stays_support(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = facts_of("The Chilean Senate endorsed the plan of Bolivia.")
    assert not any(e.cameo == "057" for e in found.events)


@pytest.mark.parametrize(
    ("text", "state", "partner"),
    [
        # members of parliament the model tags as one name ("Croatian MPs")
        ("Croatian MPs voted to approve the border treaty with Slovenia.", "Croatia", "Slovenia"),
        ("Croatian MPs ratified the fisheries accord with Montenegro.", "Croatia", "Montenegro"),
        (
            "Croatian MPs approved the water treaty with Hungary.",
            "Croatia",
            "Hungary",
        ),
    ],
)
def test_members_tagged_as_a_name_sign_for_their_state(
    facts_of, text: str, state: str, partner: str
) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert (state, partner) in found or (partner, state) in found


@pytest.mark.parametrize(
    "text",
    [
        "Croatian MPs voted to reject the border treaty with Slovenia.",
        "Croatian MPs will vote on the border treaty with Slovenia next week.",
        "Croatian MPs approved the budget on Wednesday.",
    ],
)
def test_members_who_reject_or_only_will_vote_sign_nothing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()
