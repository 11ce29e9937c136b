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
