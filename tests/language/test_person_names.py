"""People within one article: names written for these tests."""

from __future__ import annotations

from kg.language.person_names import is_part, name_tokens
from kg.language.slugs import slug


def test_name_tokens_drop_particles_and_articles() -> None:
    assert name_tokens("Karim al-Rashid") == ["karim", "rashid"]
    assert name_tokens("Ana de la Vega") == ["ana", "vega"]


def test_a_part_of_a_name_is_its_start_or_its_end() -> None:
    full = ["park", "min", "ho"]
    assert is_part(["park"], full) and is_part(["min", "ho"], full) and is_part(["ho"], full)
    assert not is_part(["min"], full)  # the middle alone names nobody
    assert not is_part(["park", "min", "ho", "jr"], full)


def test_slugs_are_stable_keys() -> None:
    assert slug("José Luis Ortega") == "jose-luis-ortega"
    assert slug("Baroness Vale") == "baroness-vale"


def test_royals_are_named_by_their_given_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of("Charles Holm met Ann Lee. Later Prince Charles hosted "
                                      "Ann Lee at a dinner.").actors}  # fmt: skip
    assert "Prince Charles" in names and "Charles Holm" in names
    names = {a.name for a in facts_of("Michael Vale met Ann Lee. Ex-King Michael of Varnia "
                                      "met Ann Lee too.").actors}  # fmt: skip
    assert "Michael Vale" in names and any(n.endswith("King Michael") for n in names)
