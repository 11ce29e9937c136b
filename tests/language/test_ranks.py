"""A rank, a name and "of" a country: "Marshal X of Yugoslavia". Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Marshal Petar Dravic of Serbia received the envoys.", ("Petar Dravic", "Serbia")),
        ("Generalissimo Liu Shanwei of China reviewed the troops.", ("Liu Shanwei", "China")),
        ("Field Marshal Ade Konteh of Sierra Leone led the parade.",
         ("Ade Konteh", "Sierra Leone")),
        ("Marshal Ilya Grekov of the Soviet Union inspected the fleet.",
         ("Ilya Grekov", "Soviet Union")),
    ],
)  # fmt: skip
def test_a_rank_of_a_country(facts_of, text: str, tie: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Marshal Goran Velic of Novi Sad received the envoys.",  # a town, no country
        "A NASA engineer said the rocket was safe.",  # no name
        "Goran Velic of Serbia won the race.",  # no rank: where he is from
    ],
)
def test_no_rank_of_a_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))
