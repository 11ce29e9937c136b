"""A title that names its body by itself ("MEP X": the European Parliament), and a
"-general" title in apposition ("X, NATO's secretary-general,"): sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, speakers

EP = "European Parliament"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MEP Livia Sarto said on Tuesday the plan was flawed.", ("Livia Sarto", EP)),
        ("Livia Sarto, a Green MEP, said on Tuesday the plan was flawed.", ("Livia Sarto", EP)),
        ("The Danish MEP Jens Kolding said on Friday the deal was flawed.", ("Jens Kolding", EP)),
        (
            "Livia Sarto, an MEP for the Greens, met Ghanaian President Kofi Ansa on Monday.",
            ("Livia Sarto", EP),
        ),
    ],
)
def test_an_mep_sits_in_the_european_parliament(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in affiliations(facts_of(text))


def test_a_country_the_title_names_is_kept_beside_the_parliament(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = affiliations(
        facts_of("The Danish MEP Jens Kolding said on Friday the deal was flawed.")
    )
    assert {("Jens Kolding", EP), ("Jens Kolding", "Denmark")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Dora Vick, an aide to an MEP, said on Monday the plan was flawed.",
        "Dora Vick, who advises MEPs, said on Monday the plan was flawed.",
    ],
)
def test_a_post_beside_an_mep_is_no_seat(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(body == EP for _, body in affiliations(facts_of(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Piet Vanderbeek, NATO's secretary-general, said on Tuesday the alliance would respond.",
            ("Piet Vanderbeek", "North Atlantic Treaty Organization"),
        ),
        (
            "The UN's secretary-general, Rosa Almeida, said on Tuesday the truce would hold.",
            ("Rosa Almeida", "United Nations"),
        ),
        (
            "The WHO's director-general, Tomas Brandt, said on Monday the outbreak had peaked.",
            ("Tomas Brandt", "World Health Organization"),
        ),
    ],
)
def test_a_general_title_in_apposition(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in affiliations(facts)
    assert expected[0] in speakers(facts)
