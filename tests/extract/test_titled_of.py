"""A name joined by "and" to a titled name with its own "of", itself followed by
"of" a country: both serve the country after their own name. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("Sir Ian Holt of Britain and Carl Brant of the United States signed the accord.",
         ("Carl Brant", "United States")),
        ("General Ade Bello of Nigeria and Omar Sy of Senegal met in Dakar.",
         ("Omar Sy", "Senegal")),
        ("President Ana Ruiz of Chile and Luis Mora of Peru signed the treaty.",
         ("Luis Mora", "Peru")),
    ],
)  # fmt: skip
def test_the_second_name_s_own_of(facts_of, text: str, tie: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert tie in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # one "of" after both names; a peer's place; no title on the first name
        "Sir Ian Holt and Carl Brant of the United States signed the accord.",
        "Lord Hartwell of Kirkwall and Emile Dorsay of France attended.",
        "Ian Holt of Britain and Carl Brant of France attended the dinner.",
    ],
)
def test_no_parallel_of(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(
        p == "Carl Brant" or p == "Emile Dorsay" for p, _ in affiliations(facts_of(text))
    )
