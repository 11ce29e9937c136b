"""A body whose name joins two countries is neither's (kg.language.joint_bodies):
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, memberships


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The British-Irish Council met in Cardiff on Friday.", {"United Kingdom", "Ireland"}),
        ("The India-Pakistan commission met in Geneva.", {"India", "Pakistan"}),
        ("Officials of the Chile-Peru Joint Commission met on Tuesday.", {"Chile", "Peru"}),
        ("The US-China Economic and Security Review Commission published a report.",
         {"United States", "China"}),
    ],
)  # fmt: skip
def test_a_name_joining_two_countries_gives_no_membership(
    facts_of, text: str, countries: set[str]
) -> None:  # type: ignore[no-untyped-def]
    assert not {(body, c) for body, c in memberships(facts_of(text)) if c in countries}


def test_its_head_speaks_for_neither_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = affiliations(
        facts_of("Anna Berg, head of the India-Pakistan commission, said talks failed.")
    )
    assert not {(p, c) for p, c in got if c in {"India", "Pakistan"}}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a member the text states
        ("Ireland, a member of the British-Irish Council, hosted the meeting.",
         ("Ireland", "British-Irish Council")),
        # one country in a name still owns the body
        ("The Japan Anti-Doping Agency said it would appeal.",
         ("Japan Anti-Doping Agency", "Japan")),
    ],
)  # fmt: skip
def test_stated_members_and_one_country_bodies_stay(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in memberships(facts_of(text))
