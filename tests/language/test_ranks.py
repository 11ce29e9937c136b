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


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Pakistan's army chief, Field Marshal Tariq Nadeem, said the border was calm.",
         ("Tariq Nadeem", "Pakistan")),
        ("Pakistani army chief Field Marshal Tariq Nadeem met the Saudi defence minister.",
         ("Tariq Nadeem", "Pakistan")),
    ],
)  # fmt: skip
def test_a_rank_of_two_words_before_a_name(facts_of, text: str, tie: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    """A rank of several words opens the name the model tagged ("Field Marshal X" as a
    body, "Field Marshal" alone as a person): the name is the words after it."""
    facts = facts_of(text)
    assert tie in affiliations(facts)
    assert "Field Marshal" not in {a.name for a in facts.actors}


@pytest.mark.parametrize(
    "text",
    [
        "A senior general said the offensive would continue.",  # no name
        "Field Marshal Road was closed on Monday.",  # a street
    ],
)
def test_a_rank_with_no_name(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not affiliations(facts)
    assert not [a for a in facts.actors if a.key.startswith("person/")]
