"""A group named by a plural post or role ("the three foreign ministers", "both
finance ministers", "the mediators - A, B and C -") stands for the people the
article gives that post or lists under that role, before or after: sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import met_pairs


def met_with(facts_of, text: str, who: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The people ``who`` met, as the text tells it."""
    return {n for pair in met_pairs(facts_of(text)) if who in pair for n in pair if n != who}


_BRIGHTON = (
    "Norwegian {post} Tomas Brekke said the talks went well. "
    "Estonian {post} Ivo Saar said his country was ready. "
    "Chilean {post} Pablo Ruiz said the wait had been long."
)
_THREE = {"Tomas Brekke", "Ivo Saar", "Pablo Ruiz"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted, the holders named after
        (
            "US Secretary of State Mara Quill met the three foreign ministers in Oslo. "
            + _BRIGHTON.format(post="Foreign Minister"),
            _THREE,
        ),
        # counted, the holders named before
        (
            _BRIGHTON.format(post="Foreign Minister")
            + " US Secretary of State Mara Quill met the three foreign ministers in Oslo.",
            _THREE,
        ),
        # definite, no number: all the holders, two or more
        (
            "US Secretary of State Mara Quill met the finance ministers on Monday. "
            + _BRIGHTON.format(post="Finance Minister"),
            _THREE,
        ),
        # "both", the post spelt two ways
        (
            "Norwegian Defense Minister Tomas Brekke said the talks went well. "
            "Chilean Defence Minister Pablo Ruiz agreed. "
            "US Secretary of State Mara Quill met both defence ministers in Oslo.",
            {"Tomas Brekke", "Pablo Ruiz"},
        ),
    ],
)
def test_plural_post_is_its_holders(facts_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert met_with(facts_of, text, "Mara Quill") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a possessive of countries just named
        "Norway and Chile signed a fishing pact on Monday. "
        "US Secretary of State Mara Quill met the two countries' defence ministers in Oslo. "
        + _BRIGHTON.format(post="Defence Minister"),
        # an of-phrase naming the countries
        "US Secretary of State Mara Quill met the defence ministers of Norway and Chile in "
        "Oslo. " + _BRIGHTON.format(post="Defence Minister"),
        # "both" countries, the holders named first
        _BRIGHTON.format(post="Defence Minister") + " Norway and Chile signed a fishing pact. "
        "US Secretary of State Mara Quill met both countries' defence ministers in Oslo.",
    ],
)
def test_countries_keep_their_own_holders(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_with(facts_of, text, "Mara Quill") == {"Tomas Brekke", "Pablo Ruiz"}


@pytest.mark.parametrize(
    "text",
    [
        # the number said is not the number named
        "US Secretary of State Mara Quill met the four foreign ministers in Oslo. "
        + _BRIGHTON.format(post="Foreign Minister"),
        # holders of a different post
        "US Secretary of State Mara Quill met the three defence ministers in Oslo. "
        + _BRIGHTON.format(post="Foreign Minister"),
        # a generic plural
        "US Secretary of State Mara Quill met ministers in Oslo. "
        + _BRIGHTON.format(post="Foreign Minister"),
        # one holder the article does not name
        "US Secretary of State Mara Quill met the foreign ministers in Oslo. "
        "Norwegian Foreign Minister Tomas Brekke said the talks went well. "
        "Chilean Foreign Minister Pablo Ruiz agreed. The Polish foreign minister stayed away.",
        # a former holder and a deputy are not holders: two named, three said
        "US Secretary of State Mara Quill met the three prime ministers in Oslo. "
        "Norwegian Prime Minister Tomas Brekke said the talks went well. Former Estonian "
        "Prime Minister Ivo Saar agreed. Chilean Deputy Prime Minister Pablo Ruiz stayed "
        "away. Danish Prime Minister Eva Moll said little.",
        # "both", three holders named
        "US Secretary of State Mara Quill met both foreign ministers in Oslo. "
        + _BRIGHTON.format(post="Foreign Minister"),
        # one holder only
        "US Secretary of State Mara Quill met the foreign ministers in Oslo. "
        "Norwegian Foreign Minister Tomas Brekke said the talks went well.",
    ],
)
def test_no_group_when_the_holders_are_unclear(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_with(facts_of, text, "Mara Quill") == set()


def test_the_subject_is_not_its_own_guest(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norwegian Foreign Minister Tomas Brekke met the foreign ministers in Oslo. "
        "Estonian Foreign Minister Ivo Saar said the talks went well. "
        "Chilean Foreign Minister Pablo Ruiz agreed."
    )
    facts = facts_of(text)
    assert met_with(facts_of, text, "Tomas Brekke") == {"Ivo Saar", "Pablo Ruiz"}
    meetings = [e for e in facts.events if e.kind is EventKind.MEETING]
    assert all(len(set(e.actors())) == len(e.actors()) for e in meetings)


_MEDIATORS = {"Ann Lowe", "Piet Smit", "Karl Berg"}


@pytest.mark.parametrize(
    "text",
    [
        # the list after the reference, in dashes
        "Governor Hugo Lenz met the mediators late on Tuesday. "
        "The mediators - Ann Lowe, Piet Smit and Karl Berg - left without a word.",
        # the list first, in commas
        "The mediators, Ann Lowe, Piet Smit and Karl Berg, flew in on Monday. "
        "Governor Hugo Lenz met the mediators on Friday.",
        # after a colon, the noun uncounted at the reference only
        "Governor Hugo Lenz met the mediators on Friday. The talks were led by three "
        "mediators: Ann Lowe, Piet Smit and Karl Berg.",
        # in brackets, with titles, and a near-synonym
        "The mediators (Bishop Ann Lowe, Dutch diplomat Piet Smit and Karl Berg) arrived. "
        "Governor Hugo Lenz met the negotiators on Friday.",
    ],
)
def test_listed_role_stands_for_its_members(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_with(facts_of, text, "Hugo Lenz") == _MEDIATORS


@pytest.mark.parametrize(
    "text",
    [
        # one name in commas is no list
        "The mediators, Ann Lowe, said the talks had failed. "
        "Governor Hugo Lenz met the mediators on Friday.",
        # the count said is not the count listed
        "The mediators - Ann Lowe, Piet Smit and Karl Berg - arrived on Monday. "
        "Governor Hugo Lenz met the two mediators on Friday.",
        # another role
        "The mediators - Ann Lowe, Piet Smit and Karl Berg - arrived on Monday. "
        "Governor Hugo Lenz met the inspectors on Friday.",
    ],
)
def test_no_listed_group_when_unclear(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_with(facts_of, text, "Hugo Lenz") == set()


@pytest.mark.parametrize(
    "text",
    [
        # the countries counted in an of-phrase, a list of three in a sentence of four
        "Norway, Estonia and Chile joined the pact, free of Russia. US Secretary of State "
        "Mara Quill met the foreign ministers of the three countries in Oslo. "
        + _BRIGHTON.format(post="Foreign Minister")
        + " Russian Foreign Minister Oleg Marin said the pact was a mistake.",
        # the same, possessive
        "Norway, Estonia and Chile joined the pact, free of Russia. US Secretary of State "
        "Mara Quill met the three countries' foreign ministers in Oslo. "
        + _BRIGHTON.format(post="Foreign Minister")
        + " Russian Foreign Minister Oleg Marin said the pact was a mistake.",
        # a fourth holder named first
        "Russian Foreign Minister Oleg Marin said the pact was a mistake. "
        "Norway, Estonia and Chile joined it, free of Russia. US Secretary of State "
        "Mara Quill met the three countries' foreign ministers in Oslo. "
        + _BRIGHTON.format(post="Foreign Minister"),
    ],
)
def test_holders_of_the_countries_named_in_a_list(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_with(facts_of, text, "Mara Quill") == _THREE


def test_the_subject_is_no_partner_of_itself(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Norwegian Foreign Minister Tomas Brekke signed a pact with the foreign ministers "
        "in Oslo. Estonian Foreign Minister Ivo Saar said the talks went well. "
        "Chilean Foreign Minister Pablo Ruiz agreed."
    )
    signed = [e for e in facts.events if e.kind is EventKind.COOPERATION]
    names = {a.key: a.name for a in facts.actors}
    pairs = {frozenset(names[k] for k in e.actors()) for e in signed}
    assert pairs == {
        frozenset({"Tomas Brekke", "Ivo Saar"}),
        frozenset({"Tomas Brekke", "Pablo Ruiz"}),
    }


def test_two_lists_for_one_role_tell_nothing_elsewhere(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mediators - Ann Lowe and Piet Smit - arrived on Monday. "
        "The mediators - Karl Berg and Eva Moll - arrived on Tuesday. "
        "Governor Hugo Lenz met the mediators on Friday."
    )
    assert met_with(facts_of, text, "Hugo Lenz") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the countries' adjectives, a third holder named
        (
            "US Secretary of State Mara Quill met the Norwegian and Chilean foreign ministers "
            "in Oslo. " + _BRIGHTON.format(post="Foreign Minister"),
            {"Tomas Brekke", "Pablo Ruiz"},
        ),
        # one of them never named: the countries, as before
        (
            "US Secretary of State Mara Quill met the Norwegian and Chilean foreign ministers "
            "in Oslo. Norwegian Foreign Minister Tomas Brekke said the talks went well. "
            "Estonian Foreign Minister Ivo Saar stayed away.",
            {"Norway", "Chile"},
        ),
    ],
)
def test_country_adjectives_choose_the_holders(facts_of, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert met_with(facts_of, text, "Mara Quill") == expected


_BALTIC = (
    "Estonian Foreign Minister Ivo Saar, Latvian Foreign Minister Anna Berzina and Lithuanian "
    "Foreign Minister Rokas Jonaitis thanked {whom} for the support."
)
_THREE_BALTIC = {"Ivo Saar", "Anna Berzina", "Rokas Jonaitis"}


@pytest.mark.parametrize(
    ("text", "who", "expected"),
    [
        # the subject holds the post too: one of the others, not one of the three
        ("Norwegian Foreign Minister Tomas Brekke met the three foreign ministers in Oslo. "
         + _BALTIC.format(whom="him"), "Tomas Brekke", _THREE_BALTIC),
        # a region's ministers, as many as said
        ("US Secretary of State Mara Quill met the three Baltic foreign ministers in Oslo. "
         + _BALTIC.format(whom="her"), "Mara Quill", _THREE_BALTIC),
        ("Norwegian Foreign Minister Tomas Brekke held talks with the three Baltic foreign "
         "ministers in Oslo on Monday. " + _BALTIC.format(whom="him"), "Tomas Brekke",
         _THREE_BALTIC),
        ("Chilean Foreign Minister Pablo Ruiz met both Nordic foreign ministers in Santiago. "
         "Norwegian Foreign Minister Tomas Brekke said the talks went well. Danish Foreign "
         "Minister Eva Moll agreed.", "Pablo Ruiz", {"Tomas Brekke", "Eva Moll"}),
    ],
)  # fmt: skip
def test_a_counted_group(facts_of, text: str, who: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert met_with(facts_of, text, who) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a region's ministers with no count: who of them is not said
        "US Secretary of State Mara Quill met the Baltic foreign ministers in Oslo. "
        + _BALTIC.format(whom="her"),
        # a body's ministers are no region's
        "US Secretary of State Mara Quill met the three EU foreign ministers in Oslo. "
        + _BALTIC.format(whom="her"),
        # two named for three: whom she met is unclear
        "Norwegian Foreign Minister Tomas Brekke met the three foreign ministers in Oslo. "
        "Estonian Foreign Minister Ivo Saar said the talks went well. Latvian Foreign Minister "
        "Anna Berzina agreed.",
    ],
)
def test_no_counted_group_when_unclear(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not {n for p in met_pairs(facts) for n in p} & _THREE_BALTIC
