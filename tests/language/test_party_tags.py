"""The party-and-state tag after an American lawmaker's name ("Sen. X, D-Ohio,")."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Carla Munro, D-Ohio, said the bill was dead.", ("Carla Munro", "Democratic Party")),
        ("Sen. Carla Munro (R-Ohio) said the bill was dead.", ("Carla Munro", "Republican Party")),
        ('"We will not back down," said Rep. Dale Pruitt, D-N.Y., after the vote.',
         ("Dale Pruitt", "Democratic Party")),
        ("Rep. Dale Pruitt, R-Texas, criticized Mexico for its tariffs.",
         ("Dale Pruitt", "Republican Party")),
        ("Sen. Rosa Imbert, D-New Mexico, met Chilean President Luis Ferro.",
         ("Rosa Imbert", "Democratic Party")),
    ],
)  # fmt: skip
def test_the_letter_of_the_tag_is_the_party(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    got = affiliations(facts_of(text))
    assert expected in got
    assert not any(org in {"Mexico", "New Mexico"} for _, org in got if _ == expected[0])


@pytest.mark.parametrize(
    "text",
    [
        "Allied troops landed in Normandy on D-Day, the historian Paul Grey said.",
        "Plan D, drafted by Carla Munro, was rejected by Peru.",
        "Sen. Carla Munro, I-Vt., said the bill was dead.",
        "The D-Ohio group, led by Carla Munro, said the bill was dead.",
    ],
)
def test_no_party_without_the_tag_after_a_name(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    got = affiliations(facts_of(text))
    assert not any(org in {"Democratic Party", "Republican Party"} for _, org in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Republican Sen. Carla Munro of Ohio said the bill was dead.", "Carla Munro"),
        ("Republican Rep. Dale Pruitt criticized Mexico for its tariffs.", "Dale Pruitt"),
        ("The bill was dead, said Republican Sen. Carla Munro.", "Carla Munro"),
    ],
)
def test_an_abbreviated_title_takes_its_party_adjective(facts_of, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    """ "Sen." and "Rep." are titles as "Senator" is: "Republican Sen. X" is the party's."""
    assert any(who == expected and "Republican" in org for who, org in affiliations(facts_of(text)))
