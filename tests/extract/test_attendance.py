"""Who a meeting noun's own words name as present: "X hosted talks, attended by A, B and
C", "a meeting attended by A and B", "the summit, which A and B attended, was chaired by
X" (kg.extract.attendance). Everyone present meets the host and each other: sentences
written for these tests."""

from __future__ import annotations

from itertools import combinations

import pytest

from tests.helpers import met_pairs, pair


def _all_pairs(*names: str) -> set[frozenset[str]]:
    return {pair(a, b) for a, b in combinations(names, 2)}


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # the participle the parser hangs on the hosting verb, after a comma
        ("Norway hosted talks in Oslo on Monday, attended by Sudan, Chad and Niger.",
         ("Norway", "Sudan", "Chad", "Niger")),
        ("Kenyan President Tom Wekesa hosted talks on Monday, attended by Ugandan President "
         "Sam Okello and Rwandan President Paul Habimana.",
         ("Tom Wekesa", "Sam Okello", "Paul Habimana")),
        # the participle on the noun, countries named (not only people)
        ("Peru hosted a meeting attended by Chile, Bolivia and Ecuador.",
         ("Peru", "Chile", "Bolivia", "Ecuador")),
        ("Egypt chaired a summit attended by Jordan and Iraq.", ("Egypt", "Jordan", "Iraq")),
        ("The talks in Nairobi, attended by Uganda and Rwanda, were hosted by Kenya.",
         ("Kenya", "Uganda", "Rwanda")),
        # an active relative clause
        ("The summit, which Ghana and Togo attended, was chaired by Senegal.",
         ("Senegal", "Ghana", "Togo")),
        ("The talks, which Sudan and Chad attended, were hosted by Norway.",
         ("Norway", "Sudan", "Chad")),
    ],
)  # fmt: skip
def test_everyone_named_present_meets_the_host_and_each_other(facts_of, text, present) -> None:  # type: ignore[no-untyped-def]
    assert _all_pairs(*present) <= met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Norway will host talks next week, attended by Sudan and Chad.",
        "Norway offered to host talks attended by Sudan and Chad.",
        "Kenya was due to chair the summit, which Ghana and Togo will attend.",
        "The summit was chaired by Senegal.",
        "Norway hosted talks attended by officials.",
    ],
)
def test_planned_talks_or_no_one_named_present_are_no_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The summit, which Ghana did not attend, was chaired by Senegal.", "Ghana"),
        ("Kenya chaired the summit, which Ghana will attend.", "Ghana"),
        ("The summit, attended by leaders from Chile, Peru and Bolivia, was hosted by Brazil.",
         "Chile"),
    ],
)  # fmt: skip
def test_who_did_not_or_will_attend_meets_no_one(facts_of, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(absent in p for p in met_pairs(facts_of(text)))
