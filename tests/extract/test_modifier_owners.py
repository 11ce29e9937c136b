"""Whose a noun is by the words before it (kg.extract.modifier_owners): a possessive,
a demonym or a compounded name, and the variants the readers ask for; sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.base import Context
from kg.extract.modifier_owners import OWNING_DEPS, WITH_NMOD, modifier_owners, owning_words
from kg.language.actors import resolve_actors
from kg.language.mentions import find_mentions


def _at(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    ctx = Context("test", doc, resolve_actors(doc, find_mentions(doc)))
    return ctx, next(t for t in reversed(doc) if t.text == word)


@pytest.mark.parametrize(
    "text",
    [
        "Chile's warships reached the port.",  # possessive
        "Chilean warships reached the port.",  # demonym
        "Peru condemned the Chile office closure.",  # a name compounded before it
    ],
)
def test_a_modifier_names_the_owner(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ctx, noun = _at(nlp, text, "warships" if "warships" in text else "closure")
    assert modifier_owners(ctx, noun) == ["country/CHL"]


def test_what_only_a_phrase_after_it_names_is_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    ctx, noun = _at(nlp, "The warships of Chile reached the port.", "warships")
    assert modifier_owners(ctx, noun) == []  # (each reader asks for its own "of" phrase)
    ctx, noun = _at(nlp, "Peru rejected tough restrictions.", "restrictions")
    assert modifier_owners(ctx, noun) == [] and [t.text for t in owning_words(noun)] == ["tough"]


def test_the_dependencies_are_a_parameter(nlp) -> None:  # type: ignore[no-untyped-def]
    ctx, noun = _at(nlp, "Chile's warships reached the port.", "warships")
    assert modifier_owners(ctx, noun, OWNING_DEPS - {"poss"}) == []
    ctx, noun = _at(nlp, "Peru and Chile's warships sailed.", "warships")
    assert [c.dep_ for c in noun.children] == ["nmod"]  # (how the small model parses it)
    assert modifier_owners(ctx, noun) == []
    assert modifier_owners(ctx, noun, WITH_NMOD) == ["country/PER", "country/CHL"]


def test_several_nouns_in_order(nlp) -> None:  # type: ignore[no-untyped-def]
    ctx, _ = _at(nlp, "Chilean warships and Peru's tankers sailed.", "sailed")
    nouns = [t for t in ctx.doc if t.text in {"warships", "tankers"}]
    assert modifier_owners(ctx, nouns) == ["country/CHL", "country/PER"]
