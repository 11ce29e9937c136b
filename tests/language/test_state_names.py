"""A state's organs named with "of" its country, or its armed forces, are the
country acting; bodies of their own named so stay themselves: sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


def _names(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "The Armed Forces of Ethiopia launched air strikes on Eritrea on Monday.",
            EventKind.CONFLICT,
            ("Ethiopia", "Eritrea"),
        ),
        (
            "Eritrea accused the Armed Forces of Ethiopia of shelling its border towns.",
            EventKind.CONFLICT,
            ("Eritrea", "Ethiopia"),
        ),
        (
            "Artillery units of the Armed Forces of Armenia fired on Azerbaijani posts, Baku said.",
            EventKind.CONFLICT,
            ("Armenia", "Azerbaijan"),
        ),
        (
            "The Government of the Republic of Kenya signed a security pact with Ethiopia.",
            EventKind.COOPERATION,
            ("Kenya", "Ethiopia"),
        ),
        (
            "The Government of the People's Republic of China donated 40 buses to Ghana.",
            EventKind.COOPERATION,
            ("China", "Ghana"),
        ),
        (
            "The Government of China donated 30 ambulances to the Republic of Ghana.",
            EventKind.COOPERATION,
            ("China", "Ghana"),
        ),
        # "armed" before "forces" is a state's, however the country is put
        (
            "Ethiopia's armed forces clashed with Sudanese troops near the border.",
            EventKind.CONFLICT,
            ("Ethiopia", "Sudan"),
        ),
        (
            "Ethiopian armed forces clashed with Sudanese troops near the border.",
            EventKind.CONFLICT,
            ("Ethiopia", "Sudan"),
        ),
        (
            "The armed forces of Ethiopia clashed with Sudanese troops near the border.",
            EventKind.CONFLICT,
            ("Ethiopia", "Sudan"),
        ),
    ],
)
def test_a_states_organ_is_the_country(facts_of, text, kind, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in directed(facts, kind)
    assert not any("Forces" in n or "Government" in n or "armed" in n for n in _names(facts))


def test_two_governments_named_so_meet_as_their_countries(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Officials of the Government of Chile met representatives of the Government of "
        "Argentina in Mendoza on Monday."
    )
    assert pair("Chile", "Argentina") in met_pairs(facts)


def test_a_rebel_army_named_after_its_country_is_no_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Revolutionary Armed Forces of Colombia attacked a Colombian army post.")
    assert not any(a == "Colombia" for a, _ in directed(facts, EventKind.CONFLICT))


def test_a_transitional_government_is_a_body_of_its_own(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Transitional Government of Sudan met Ethiopian envoys on Monday.")
    assert pair("Sudan", "Ethiopia") not in met_pairs(facts)


def test_armed_groups_stay_a_group(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Armed groups attacked Ethiopian troops in the north.")
    assert ("Armed groups", "Ethiopia") in directed(facts, EventKind.CONFLICT)
