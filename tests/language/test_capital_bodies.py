"""A body's short name in capitals before its officer's post and name
(kg.language.capital_bodies). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("IOMC Secretary-General Laura Pinto met the Kenyan trade minister in Nairobi.",
         ("Laura Pinto", "IOMC")),
        # a body whose acronym is also an English verb
        ("CITES Secretary-General Carla Mendes said the ban would stay.",
         ("Carla Mendes", "CITES")),
        ("On Monday PALM Secretary-General Ivo Marsh met the Kenyan trade minister.",
         ("Ivo Marsh", "PALM")),
    ],
)  # fmt: skip
def test_an_acronym_before_a_post(facts_of, text: str, tie: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "TV presenter Ana Ruiz said the show would end.",  # a medium, no body
        "Velcor CEO John Pell said profits rose.",  # a post in capitals
    ],
)
def test_no_body_in_capitals(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {body for _, body in affiliations(facts_of(text))} & {"TV", "CEO"}
