"""A body's name the model missed after the post of a named person."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "Greta Lund, founder of Nimbra, said the app would launch.",
            ("Greta Lund", "Nimbra"),
        ),
        (
            '"Output will fall," said Lena Voss, chief executive of Quillon.',
            ("Lena Voss", "Quillon"),
        ),
        (
            "Tom Kerr, managing director of Arkwell, said prices would rise.",
            ("Tom Kerr", "Arkwell"),
        ),
        ("Ana Ruiz, co-founder of Zentiq, said the firm would list.", ("Ana Ruiz", "Zentiq")),
    ],
)
def test_an_untagged_body_after_a_persons_post_is_the_employer(  # type: ignore[no-untyped-def]
    facts_of, text: str, tie: tuple[str, str]
) -> None:
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hiro Abe, the mayor of Lindholm, said output would fall.",  # a town's post
        "Julia Marsh, a spokeswoman for Tom Kerr, said Kerr was innocent.",  # a person's
        "The head of Adriano was sold.",  # no person holds the post
    ],
)
def test_no_body_after_a_post_of_a_place_or_a_person(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {o for _, o in affiliations(facts_of(text))}
    assert not names & {"Lindholm", "Kerr", "Tom Kerr", "Adriano"}
