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


def test_a_body_of_a_countrys_state_takes_the_countrys_code(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The parliament of Norway condemned the decision on Monday.")
    codes = actor_codes(facts)
    body = next(k for k in codes if k.startswith("org/"))
    assert best_code(codes[body]) == "NORLEG"


def test_a_country_in_a_bloc_keeps_its_own_code(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Norway and Sweden, both members of the Nordic Council, met in Oslo.")
    assert best_code(actor_codes(facts)["country/NOR"]) == "NOR"
