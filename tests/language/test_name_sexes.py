"""The sex a name's title or given name tells."""

from __future__ import annotations

import pytest

from kg.language.name_sexes import given_name_sex, other_sex, title_sex


@pytest.mark.parametrize(
    ("word", "sex"),
    [("Lord", "m"), ("Sir", "m"), ("Mr", "m"), ("Lady", "f"), ("Baroness", "f"), ("Dame", "f"),
     ("Mrs", "f"), ("Ms", "f"), ("Viscountess", "f"), ("Queen", "f"), ("King", "m"),
     ("Mrs.", "f"), ("mr", "m"), ("Dr", ""), ("Prof", ""), (None, "")],
)  # fmt: skip
def test_a_title_tells_a_sex_or_nothing(word: str | None, sex: str) -> None:
    assert title_sex(word) == sex


def test_a_given_name_tells_a_sex_only_before_a_surname() -> None:
    assert given_name_sex(["tomas", "brede"]) == "m"
    assert given_name_sex(["sarah", "harwell"]) == "f"
    assert given_name_sex(["harwell"]) == ""  # a surname alone tells nothing


def test_only_two_told_sexes_can_differ() -> None:
    assert other_sex("m", "f") and not other_sex("m", "m") and not other_sex("", "f")
