"""Names set off after a plural post a pair owns with "their": sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "Greece and Turkey sent their foreign ministers, Nikos Pappas and Mehmet Arslan, "
            "to the summit.",
            {("Nikos Pappas", "Greece"), ("Mehmet Arslan", "Turkey")},
        ),
        (
            "Greece and Turkey held talks on Monday. Their foreign ministers, Nikos Pappas and "
            "Mehmet Arslan, signed a pact.",
            {("Nikos Pappas", "Greece"), ("Mehmet Arslan", "Turkey")},
        ),
        (
            "Chile and Peru said their envoys, Rodrigo Salvat and Ines Quispe, had met in Geneva.",
            {("Rodrigo Salvat", "Chile"), ("Ines Quispe", "Peru")},
        ),
    ],
)
def test_each_name_holds_the_post_of_one_owner(  # type: ignore[no-untyped-def]
    facts_of, text: str, ties: set[tuple[str, str]]
) -> None:
    """ "A and B sent their envoys, X and Y": X is A's, Y is B's, in order."""
    assert affiliations(facts_of(text)) == ties


@pytest.mark.parametrize(
    "text",
    [
        # three owners, two names: whose is whose is unsaid
        "Chile, Peru and Bolivia sent their envoys, Nikos Pappas and Mehmet Arslan, to the summit.",
        # no post: friends are no post of a country
        "Greece and Turkey thanked their friends, Nikos Pappas and Mehmet Arslan, on Monday.",
    ],
)
def test_no_post_when_counts_differ_or_no_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        (
            "Laos and Myanmar held border talks on Tuesday. The two countries' foreign "
            "ministers, Vilay Sonthan and Tun Aung Kyaw, discussed the ban by telephone.",
            {("Vilay Sonthan", "Laos"), ("Tun Aung Kyaw", "Myanmar")},
        ),
        (
            "Zambia and Malawi met in Lusaka to discuss the dam. The two nations' energy "
            "ministers, Mwila Banda and Grace Phiri, signed a power agreement.",
            {("Mwila Banda", "Zambia"), ("Grace Phiri", "Malawi")},
        ),
        (
            "Estonia and Finland held talks in Tallinn on Monday. Both countries' defence "
            "ministers, Jaak Saar and Ilkka Lehto, agreed to share radar data.",
            {("Jaak Saar", "Estonia"), ("Ilkka Lehto", "Finland")},
        ),
    ],
)
def test_the_two_countries_posts_in_the_order_named(  # type: ignore[no-untyped-def]
    facts_of, text: str, ties: set[tuple[str, str]]
) -> None:
    """ "A and B held talks. The two countries' ministers, X and Y": X is A's, Y is B's."""
    assert ties <= affiliations(facts_of(text))


def test_the_two_countries_after_three_named_give_no_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chile, Peru and Bolivia held talks in Lima on Monday. The two countries' trade "
        "ministers, Ana Vidal and Luis Mora, signed a deal."
    )
    assert not affiliations(facts_of(text))
