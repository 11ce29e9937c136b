"""A reaction that names no target, aimed at the doer of the deed just told: sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import coded


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The Norwegian coast guard seized a Russian trawler on Monday. Moscow protested.",
            ("Russia", "Norway", "140"),
        ),
        ("Norway seized a Russian trawler, and Moscow protested.", ("Russia", "Norway", "140")),
        ("Moscow protested after Norway seized a Russian trawler.", ("Russia", "Norway", "140")),
        (
            "Venezuela arrested two Colombian soldiers on Tuesday. Bogota demanded their release.",
            ("Colombia", "Venezuela", "100"),
        ),
        (
            "Iran seized a British-flagged tanker in the Gulf. London demanded its immediate release.",
            ("United Kingdom", "Iran", "100"),
        ),
        (
            "Japan detained a Chinese captain near the islands. Beijing lodged a protest.",
            ("China", "Japan", "140"),
        ),
        (
            "China imposed tariffs on Australian wine. Canberra protested.",
            ("Australia", "China", "140"),
        ),
        (
            "Russia banned two Moldovan television channels. Chisinau complained.",
            ("Moldova", "Russia", "111"),
        ),
        ("Norway seized a Russian trawler. Moscow reacted angrily.", ("Russia", "Norway", "111")),
        (
            "Norway seized a Russian trawler. Moscow responded with fury.",
            ("Russia", "Norway", "111"),
        ),
        ("Norway seized a Russian trawler. Moscow voiced outrage.", ("Russia", "Norway", "111")),
    ],
)
def test_a_reaction_opposes_the_doer_of_the_deed_before(
    facts_of, text: str, row: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert row in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Moscow will protest if Norway seizes the trawler.", ("Russia", "Norway")),
        ("Norway may seize Russian trawlers. Moscow protested.", ("Russia", "Norway")),
        ("Norway seized a Russian trawler. Moscow did not protest.", ("Russia", "Norway")),
        ("Norway did not seize the Russian trawler. Moscow protested.", ("Russia", "Norway")),
        (
            "Norway seized a Russian trawler, and Sweden detained a Finnish boat. Moscow protested.",
            ("Russia", "Norway"),
        ),
        (
            "Moscow protested after Norway seized a Russian trawler and Sweden detained a Finnish boat.",
            ("Russia", "Norway"),
        ),
        ("Norway seized a Russian trawler. Sweden protested.", ("Sweden", "Norway")),
        ("Norway seized a trawler. Moscow protested.", ("Russia", "Norway")),
        ("Norway criticised Russian fishing fleets. Moscow protested.", ("Russia", "Norway")),
        ("Norway seized a Russian trawler. Moscow responded on Monday.", ("Russia", "Norway")),
        ("Norway seized a Russian trawler. Moscow reacted calmly.", ("Russia", "Norway")),
        ("Norway seized a Russian trawler. Moscow expressed hope.", ("Russia", "Norway")),
        ("Norway seized a Russian trawler. Moscow may react angrily.", ("Russia", "Norway")),
    ],
)
def test_no_reaction_without_one_deed_done_to_the_reactor(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair not in {(a, t) for a, t, _ in coded(facts_of, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Norway seized a Russian trawler. Residents protested.",
        "Farmers protested outside parliament in Paris on Monday.",
        "Thousands of people protested in Minsk on Sunday against the election result.",
        "Norway seized a Russian trawler on Monday. Norway said the seizure was legal.",
    ],
)
def test_no_reaction_by_unnamed_people_or_by_the_doer(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [r for r in coded(facts_of, text) if r[2] in {"140", "100", "111"}]
