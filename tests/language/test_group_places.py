"""Armed groups named by where they are ("rebels in Darfur") and rebels in a town,
whose town is no part of their name: sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Rebels in Oslo condemned the government of Norway.", "Rebels"),
        ("Militants in Lima accused the government of Peru of fraud.", "Militants"),
        ("Rebels in Aleppo accused Syria of shelling a market.", "Rebels"),
    ],
)
def test_a_town_is_no_part_of_a_groups_name(facts_of, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of(text).actors}
    assert group in names
    assert not any(" in " in n for n in names), names


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Rebels in Darfur attacked a convoy of the Sudanese army on Monday.", "Rebels in Darfur"),
        ("Soldiers in Guinea seized power on Sunday and detained President Alpha Kone.",
         "Soldiers in Guinea"),
        ("Militants in Tigray accused Ethiopia of bombing a village.", "Militants in Tigray"),
        # rulers in a capital rule from it: its government's
        ("The junta in Niamey accused France of plotting a coup.", "junta in Niamey"),
        ("France recalled its envoy after the junta in Bamako expelled three French diplomats.",
         "junta in Bamako"),
    ],
)  # fmt: skip
def test_a_region_or_country_stays_in_the_name(facts_of, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    assert group in {a.name for a in facts_of(text).actors}
