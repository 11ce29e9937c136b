"""Names in apposition to a plural post: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.plural_appositions import repair_plural_appositions
from tests.helpers import affiliations, met_pairs, pair, speakers


@pytest.mark.parametrize(
    ("text", "met", "posts"),
    [
        (
            "Austrian Chancellor Maria Huber held talks with her Czech and Slovak "
            "counterparts, Jan Dvorak and Peter Kral, in Vienna on Monday.",
            [("Maria Huber", "Jan Dvorak"), ("Maria Huber", "Peter Kral")],
            {("Jan Dvorak", "Czech Republic"), ("Peter Kral", "Slovakia")},
        ),
        (
            "Prime Minister Olaf Brenner met his French and German counterparts, Luc Moreau "
            "and Hans Vogel, in Brussels.",
            [("Olaf Brenner", "Luc Moreau"), ("Olaf Brenner", "Hans Vogel")],
            {("Luc Moreau", "France"), ("Hans Vogel", "Germany")},
        ),
        (
            "Talks between Chancellor Maria Huber and her Czech and Slovak counterparts, Jan "
            "Dvorak and Peter Kral, ended on Friday.",
            [("Maria Huber", "Jan Dvorak"), ("Maria Huber", "Peter Kral")],
            {("Jan Dvorak", "Czech Republic"), ("Peter Kral", "Slovakia")},
        ),
        (
            "Olaf Brenner met his French counterparts, Luc Moreau and Hans Vogel, in Paris.",
            [("Olaf Brenner", "Luc Moreau"), ("Olaf Brenner", "Hans Vogel")],
            {("Luc Moreau", "France"), ("Hans Vogel", "France")},
        ),
    ],
)
def test_the_named_counterparts_meet_and_hold_their_countries_posts(
    facts_of, text: str, met: list[tuple[str, str]], posts: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    pairs = met_pairs(facts)
    assert {pair(*p) for p in met} <= pairs
    assert posts <= affiliations(facts)
    assert not any("Czech Republic" in p or "France" in p for p in pairs)


def test_named_counterparts_are_no_later_speakers(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Foreign Minister Tomas Lindqvist spoke by phone with his Japanese and South Korean "
        "counterparts, Kenji Sato and Hiro Tanaka, on Tuesday. The State Department said the "
        "talks were useful."
    )
    assert pair("Tomas Lindqvist", "Kenji Sato") in met_pairs(facts)
    assert speakers(facts) == {"State Department"}


def test_the_names_hang_on_the_plural_post(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Austrian Chancellor Maria Huber held talks with her Czech and Slovak counterparts, "
        "Jan Dvorak and Peter Kral, in Vienna on Monday."
    )
    repair_plural_appositions(doc)
    dvorak = next(t for t in doc if t.text == "Dvorak")
    assert (dvorak.head.text, dvorak.dep_) == ("counterparts", "appos")


@pytest.mark.parametrize(
    ("text", "met", "posts"),
    [
        # no names: the countries meet
        (
            "Austrian Chancellor Maria Huber held talks with her Czech and Slovak "
            "counterparts in Vienna on Monday.",
            {pair("Maria Huber", "Czech Republic"), pair("Maria Huber", "Slovakia")},
            set(),
        ),
        # one people for three names: they meet, with no country each
        (
            "Chancellor Maria Huber met her European counterparts, Luc Moreau, Hans Vogel "
            "and Jan Dvorak, in Brussels.",
            {pair("Maria Huber", "Luc Moreau"), pair("Maria Huber", "Jan Dvorak")},
            set(),
        ),
        # the names begin a clause of their own
        (
            "Ivo Marsh met his French and German counterparts, Luc Moreau and Hans Vogel "
            "said on Friday.",
            set(),
            set(),
        ),
    ],
)
def test_no_country_is_given_a_name_it_does_not_pair_with(
    facts_of, text: str, met: set[frozenset[str]], posts: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met <= met_pairs(facts)
    assert not {(p, c) for p, c in affiliations(facts) if p != "Maria Huber"} - posts
    assert not any(p in {"Luc Moreau", "Hans Vogel"} for p, _ in affiliations(facts))


def test_two_leaders_get_no_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "President Ana Ruiz said the two leaders, Olaf Brenner and Luc Moreau, had agreed to meet."
    )
    assert not {p for p, _ in affiliations(facts)} & {"Olaf Brenner", "Luc Moreau"}


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Tom Hale met the wives of the two presidents, Ann Vale and Mary Rees, in Geneva.",
            [("Tom Hale", "Ann Vale"), ("Tom Hale", "Mary Rees")],
        ),
        (
            "The lawyers of the generals, Paul Brand and Mark Stone, met Ann Vale in Geneva.",
            [("Paul Brand", "Ann Vale"), ("Mark Stone", "Ann Vale")],
        ),
    ],
)
def test_names_of_the_noun_before_of_stay_that_nouns(
    facts_of, text: str, met: list[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert {pair(*p) for p in met} <= met_pairs(facts)
    assert not affiliations(facts)
