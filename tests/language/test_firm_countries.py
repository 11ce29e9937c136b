"""A country's name inside a firm's or a charity's name is part of that name, not
the country: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "holder", "body", "country"),
    [
        # a country after a firm the model tagged
        (
            "Ken Ito, the managing director of Taiyo Motors UK, said the plant would hire.",
            "Ken Ito",
            "Taiyo Motors UK",
            "United Kingdom",
        ),
        (
            "Ed Moss, head of Lindqvist Bank Sweden, said rates would rise.",
            "Ed Moss",
            "Lindqvist Bank Sweden",
            "Sweden",
        ),
        (
            "Holm Motors UK chairman Ray Dent said sales had risen.",
            "Ray Dent",
            "Holm Motors UK",
            "United Kingdom",
        ),
        # a country before a legal form
        (
            "Dev Kothari, chairman of Bharat Polymers India Ltd, said the plant would reopen.",
            "Dev Kothari",
            "Bharat Polymers India Ltd",
            "India",
        ),
        # a country before the words of a school's name
        (
            "Gareth Pryce, vice-chancellor of the UK Open College, said the project had failed.",
            "Gareth Pryce",
            "UK Open College",
            "United Kingdom",
        ),
    ],
)
def test_a_post_at_a_body_named_with_a_country_is_the_body_s(  # type: ignore[no-untyped-def]
    facts_of, text: str, holder: str, body: str, country: str
) -> None:
    ties = affiliations(facts_of(text))
    assert (holder, body) in ties
    assert (holder, country) not in ties


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        # the country's own organ, and a country before a plain noun, stay the country's
        (
            "Pia Lund, a spokeswoman for the UK Parliament, said the vote was close.",
            ("Pia Lund", "United Kingdom"),
        ),
        (
            "UK Home Secretary Liam Roe said the figures would be published.",
            ("Liam Roe", "United Kingdom"),
        ),
        (
            "Swiss economy minister Ilse Berger said the franc was too strong.",
            ("Ilse Berger", "Switzerland"),
        ),
    ],
)
def test_a_country_s_own_post_stays_the_country_s(
    facts_of, text: str, tie: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert tie in affiliations(facts_of(text))


def test_a_country_before_a_plain_noun_is_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The EU Iran talks ended on Monday.")
    assert "Iran" in {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "holder", "body"),
    [
        (
            "Nigel Hart, the leader of Reform UK, attacked the government.",
            "Nigel Hart",
            "Reform UK",
        ),
        (
            "Anna Reid, the chief executive of Vodafone UK, met Tom Hale.",
            "Anna Reid",
            "Vodafone UK",
        ),
        ("Tom Hale, chairman of Air France, met Ana Ruiz.", "Tom Hale", "Air France"),
    ],
)
def test_a_country_after_an_untagged_name_ends_that_name(facts_of, text, holder, body) -> None:  # type: ignore[no-untyped-def]
    found = affiliations(facts_of(text))
    assert (holder, body) in found
    assert not any(who == holder and org in {"United Kingdom", "France"} for who, org in found)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ana Ruiz said Greater China was growing.", "China"),
        ("Tom Hale said Northern Ireland and Ireland signed a deal.", "Ireland"),
    ],
)
def test_a_word_that_qualifies_a_country_leaves_it_the_country(nlp, text, country) -> None:  # type: ignore[no-untyped-def]
    ents = {e.text: e.label_ for e in nlp(text).ents}
    assert ents.get(country) == "GPE"
    assert not any(label == "ORG" and name.endswith(country) for name, label in ents.items())
