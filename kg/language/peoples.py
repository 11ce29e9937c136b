"""Peoples within a country, named by two countries' words side by side: "Kosovo
Albanian villages", "the Turkish Cypriot leader", "two Greek Cypriots". The pair names a people (Albanians of Kosovo, Cypriots of Turkish descent),
so neither word brings its country in as a party: shelling "Kosovo Albanian villages"
is no attack on Albania, and a "Turkish Cypriot" leader does not speak for Turkey.
Written with a hyphen ("US-Iraqi patrols", "Israeli-Palestinian talks") the words name
two parties and stay apart; a people with no state of its own ("Iraqi Kurdish
leaders") leaves the country named.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Token

from kg.language.gazetteer import Gazetteer, gazetteer
from kg.language.mention_record import Mention

# How one word of the pair hangs on the other or on the noun they share.
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def country_of_word(gz: Gazetteer, word: str) -> str | None:
    """The country a capitalised word names as a demonym ("Albanian", "Cypriots") or
    by name ("Kosovo")."""
    if not word[:1].isupper():
        return None
    entry = gz.demonym(word) or gz.lookup(word)
    if entry is None and word.endswith("s"):
        entry = gz.demonym(word[:-1])  # "two Turkish Cypriots"
    return entry.key if entry is not None and entry.type == "Country" else None


def two_states(gz: Gazetteer, left: str, right: str) -> bool:
    """Whether two words name two different countries ("Bosnian" "Serb")."""
    a, b = country_of_word(gz, left), country_of_word(gz, right)
    return a is not None and b is not None and a != b


def _paired(left: Token, right: Token) -> bool:
    """Whether ``left`` qualifies ``right`` or both qualify one noun, right next to
    each other ("Kosovo Albanian villages", "Turkish Cypriot leader")."""
    if left.i + 1 != right.i or left.dep_ not in _MODIFIER_DEPS:
        return False
    return left.head.i == right.i or (right.dep_ in _MODIFIER_DEPS and left.head.i == right.head.i)


def names_a_people(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end``, or one word either side, hold a
    pair naming a people within a country: the words of two different countries
    qualifying one another or the same noun, with nothing between them ("the
    Turkish Cypriot leader", "Kosovo Albanian villages")."""
    gz = gazetteer()
    words = list(doc[max(start - 1, 0) : min(end + 1, len(doc))])
    return any(_paired(a, b) and two_states(gz, a.text, b.text) for a, b in pairwise(words))


def people_within(doc: Doc, m: Mention) -> bool:
    """Whether a country or demonym mention is one word of a pair naming a people
    within a country ("Kosovo" or "Albanian" in "Kosovo Albanian villages")."""
    return names_a_people(doc, m.start, m.end)
