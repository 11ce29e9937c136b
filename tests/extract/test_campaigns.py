"""A campaign or a camp acts for whom it works for; a debate between people is words:
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed, met_pairs


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Clara Mott's campaign hit back at Tom Keane on Friday.", "Clara Mott", "Tom Keane"),
        ("Clara Mott said she would win. The Mott campaign accused Tom Keane of lying.",
         "Clara Mott", "Tom Keane"),
        ("Tom Keane's camp dismissed Clara Mott's claims as nonsense.", "Tom Keane", "Clara Mott"),
        ("Labour's campaign attacked the Conservatives.", "Labour Party", "Conservative Party"),
    ],
)  # fmt: skip
def test_a_campaign_acts_for_its_owner(facts_of, text: str, agent: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert (agent, target) in directed(facts_of(text), EventKind.CONFLICT)


def test_a_named_campaign_body_stays_itself(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(
        facts_of("The Stop the War Campaign criticised Tom Keane."), EventKind.CONFLICT
    )
    assert found == {("Stop the War Campaign", "Tom Keane")}


@pytest.mark.parametrize(
    "text",
    [
        "Tom Keane clashed with Clara Mott in a televised debate.",
        "Clara Mott clashed with Tom Keane over health spending during a radio debate.",
    ],
)
def test_people_who_clash_with_each_other_clash_in_words(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    codes = {code for _, _, code in coded(facts_of, text)}
    assert codes == {"111"}
    assert not met_pairs(facts_of(text))  # a debate is no meeting


def test_a_clash_of_armed_sides_stays_force(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels clashed with Chadian troops near the border."
    assert {code for _, _, code in coded(facts_of, text)} == {"190"}
