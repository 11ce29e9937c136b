"""A body's name the model missed after a group of its people (kg.language.group_bodies).
Sentences written for these tests, with invented bodies."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import cooperation_pairs, directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym the model tags as nothing, a common noun or a product
        ("A delegation of the KDP held talks with Chilean officials in Santiago.",
         pair("KDP", "Chile")),
        ("Leaders of the pro-European PDS met President Ivo Marek on Monday.",
         pair("PDS", "Ivo Marek")),
        ("President Ivo Marek received a delegation from the KDP on Monday.",
         pair("Ivo Marek", "KDP")),
        ("Chile's foreign minister, Rosa Quispe, met leaders of the separatist MLR in Santiago.",
         pair("Rosa Quispe", "MLR")),
        ("Members of the KDP met Chile's foreign minister, Rosa Quispe, in Santiago.",
         pair("KDP", "Rosa Quispe")),
    ],
)  # fmt: skip
def test_an_acronym_after_a_group_of_its_people_is_a_body(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: frozenset[str]
) -> None:
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France signed an agreement with representatives of the FLNKS on Friday.",
         ("France", "FLNKS")),
        # a firm's name of two words the model left untagged
        ("Representatives of Skelmar Lines and the Kenyan government signed a deal in Nairobi.",
         ("Skelmar Lines", "Kenya")),
    ],
)  # fmt: skip
def test_the_body_of_a_group_signs(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(expected) in cooperation_pairs(facts_of(text))


def test_the_leadership_of_a_body_is_the_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Anna Berg met the leadership of the FNLK in Noumea.")
    assert pair("Anna Berg", "FNLK") in met_pairs(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Anna Berg met leaders of the region on Tuesday.",
        "Governor Tomas Lind met executives of the industry in Lima.",
        "Governor Tomas Lind met members of the public in Lima.",
        "Anna Berg met leaders of the opposition in Lima.",
        "Members of the LGBT community marched in Lima on Saturday.",  # a modifier
        "Members of the Velmar family met Tomas Lind in Lima.",
    ],
)
def test_no_body_after_a_group_in_lower_case(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))
    assert not directed(facts_of(text), EventKind.COOPERATION)


def test_a_known_body_after_a_group_is_unchanged(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Leaders of the BJP met Anna Berg in Delhi.")
    assert pair("BJP", "Anna Berg") in met_pairs(facts)
