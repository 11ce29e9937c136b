"""CAMEO actor codes from the text: countries, bodies, and posts."""

from __future__ import annotations

from kg.graph.codes import actor_codes, best_code, role_code


def test_role_words_are_data_and_the_longest_phrase_wins() -> None:
    assert role_code("Defence Minister") == "GOV"
    assert role_code("Shadow Home Secretary") == "OPP"
    assert role_code("army chief") == "MIL"
    assert role_code("Secretary General") == ""
    assert role_code("editor of the Daily Post") == "MED"
    assert role_code("spokesperson") == ""


def test_a_person_takes_the_country_and_role_of_a_current_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Norway's Foreign Minister Lena Marsh met Sweden's Prime Minister "
                     "Otto Brandt in Oslo on Monday.")  # fmt: skip
    codes = actor_codes(facts)
    assert codes["country/NOR"] == ("NOR",)
    assert best_code(codes["person/lena-marsh"]) == "NORGOV"
    assert best_code(codes["person/otto-brandt"]) == "SWEGOV"
