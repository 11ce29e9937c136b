"""A team named for the talks it holds acts for whoever qualifies it. Sentences
written for these tests; names are invented."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fiji's envoys, who met the Australian negotiating team in Suva last week, turned "
         "down the draft.", pair("Fiji", "Australia")),
        ("Samoa's delegation met the Japanese negotiating team on Monday.",
         pair("Samoa", "Japan")),
        ("Kenya's delegation, which talked with the British trade team in Geneva, walked out.",
         pair("Kenya", "United Kingdom")),
    ],
)  # fmt: skip
def test_the_team_acts_for_its_country(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Fiji's delegation watched the Australian curling team on Monday.",
        "Samoa's delegation met the Japanese rescue team on Monday.",
    ],
)
def test_other_teams_act_for_no_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any("Australia" in p or "Japan" in p for p in met_pairs(facts_of(text)))
