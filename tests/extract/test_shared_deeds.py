"""The doers of one shared deed are partners, without the word "jointly"
(kg.extract.shared_deeds, the "co-" verbs and "alongside" rows of the trigger table,
and a partner a relative names)."""

from __future__ import annotations

import pytest

from tests.helpers import cooperation_pairs

_PAIR = frozenset({"Kenya", "Uganda"})


def _together(facts_of, text: str, factual_only: bool = True) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    return cooperation_pairs(facts_of(text), factual_only=factual_only)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda carried out naval exercises on Lake Victoria.",
        "Kenya and Uganda held military drills near the border on Monday.",
        "Kenya and Uganda staged air force manoeuvres in March.",
        "Kenya and Uganda conducted a rescue of stranded fishermen.",
        "Kenya and Uganda dismantled a smuggling network on the border.",
        "Kenyan and Ugandan police broke up a trafficking ring on Tuesday.",
        "Kenya and Uganda built the bridge over the river in 2019.",
        "Kenya and Uganda laid the railway in the 1970s.",
    ],
)
def test_the_doers_of_a_shared_deed_cooperate(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _PAIR in _together(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Ugandan agents arrested the smuggler in a joint raid.",
        "Kenya and Uganda freed the hostages during a joint operation.",
        "Kenyan and Ugandan troops seized the camp in a joint offensive.",
    ],
)
def test_the_subjects_of_a_deed_done_in_a_joint_one_cooperate(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _PAIR in _together(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya, together with Uganda, destroyed the rebel camp.",
        "Kenyan troops, together with Ugandan forces, destroyed the rebel camp.",
        "Kenya destroyed the rebel camp together with Uganda.",
        "Kenya, in cooperation with Uganda, launched an offensive on the rebels.",
        "Kenya, in partnership with Uganda, opened a new clinic.",
        "Kenya opened the clinic in collaboration with Uganda.",
    ],
)
def test_a_deed_done_together_with_a_partner(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _PAIR in _together(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda co-hosted the regional summit.",
        "Kenya co-sponsored the resolution with Uganda.",
        "Kenya co-chaired the conference with Uganda.",
        "Kenya and Uganda co-financed the dam.",
        "Kenya worked alongside Uganda to rebuild the road.",
        "Kenyan troops operated alongside Ugandan forces in Somalia.",
    ],
)
def test_a_co_verb_or_alongside_names_partners(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _PAIR in _together(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Uganda, with whom Kenya agreed a defence plan last year, sent troops.",
        "Uganda, with whom Kenya signed a trade pact in May, sent troops.",
        "Uganda, with which Kenya agreed a border deal, sent troops.",
    ],
)
def test_a_partner_a_relative_names(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _PAIR in _together(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        # shared by rivals, each its own, or no deed done with anyone
        "Kenya and Uganda both raised interest rates on Thursday.",
        "Kenya and Uganda held elections on Sunday.",
        "Kenya and Uganda competed for the contract.",
        "Kenya and Uganda each expelled two diplomats.",
        "Kenya and Uganda both held military exercises last week.",
        "Kenya and Uganda carried out separate exercises in May.",
        "Kenya and Uganda built new roads last year.",
        "Kenya and Uganda built a bridge each.",
        "Kenya and Uganda separately dismantled smuggling networks.",
        "Kenya, together with Uganda, holds 60 percent of the market.",
        "Kenya, together with Uganda, said the talks had failed.",
        "Kenya and Uganda reported record exports in May.",
        "Kenya and Uganda launched rival campaigns.",
        "Kenya and Uganda each launched a vaccination campaign.",
        "Kenya and Uganda launched their election campaigns.",
    ],
)
def test_no_shared_deed_no_partners(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _PAIR not in _together(facts_of, text, factual_only=False)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda plan to build the bridge next year.",
        "Kenya and Uganda did not carry out exercises this year.",
        "Kenya and Uganda could conduct a rescue if the weather clears.",
        "Kenya and Uganda will hold naval drills next month.",
    ],
)
def test_a_shared_deed_planned_or_denied_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _PAIR not in _together(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda pooled their resources to build the road.",
        "Kenya and Uganda shared the cost of the bridge.",
        "Kenya and Uganda joined hands to fight poaching.",
        "Kenya and Uganda evacuated their citizens together.",
        "Kenya and Uganda cleared the minefield together in May.",
        "Kenya and Uganda conducted a search for the missing boat.",
        # a campaign, programme, project or initiative launched or run together
        "Kenya and Uganda launched a measles vaccination campaign.",
        "Kenya and Uganda began a polio vaccination programme on Monday.",
        "Kenya and Uganda launched an initiative to protect the lake.",
    ],
)
def test_resources_pooled_or_a_deed_done_together(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _PAIR in _together(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda together hold 60 percent of the shares.",  # a sum
        "Kenya and Uganda together account for half of the exports.",
        "Kenya and Uganda were brought together by the crisis.",
        "Kenya and Uganda were together at the summit.",
    ],
)
def test_together_as_a_sum_is_no_deed(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _PAIR not in _together(facts_of, text, factual_only=False)
