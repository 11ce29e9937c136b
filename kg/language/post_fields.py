"""The field of a minister's or secretary's title the model glued to the country
before it (for :mod:`kg.language.entity_repair`).

"UK Energy Secretary X", "Italian Armed Forces Minister X", "French Digital Affairs
Minister X": the model reads "UK Energy", "Italian Armed Forces" or "Digital" as an
organisation. A ministry's field is no body of its own; the country (or people) in
front of it is the body the post serves, as in "UK Trade Secretary X". A body the
gazetteer knows keeps its name ("Bank of England Governor X"), and so does a name
with any word no field is called by ("Home Office Minister X": an office).
"""

from __future__ import annotations

from kg.language.gazetteer import gazetteer
from kg.language.job_titles import MINISTER_FIELDS
from kg.language.lexicon import PORTFOLIO_TITLES, POST_MODIFIERS
from kg.language.portfolio_names import FIELDS
from kg.language.token_table import Lookup, TokenTable

# Fields of ministers' titles besides the cabinet's portfolios and the fields
# departments join: "Armed Forces Minister", "Digital Minister", "Homeland Security".
_MORE_FIELDS = frozenset("armed forces digital homeland veterans climate".split())
_POST_FIELDS = MINISTER_FIELDS | FIELDS | _MORE_FIELDS
# Posts a cabinet's member holds, named by a field ("trade minister", "minister for EU
# affairs"); the rank words that may stand before them ("deputy minister for trade").
_CABINET_POSTS = frozenset({"minister", "secretary"})
_RANKS = POST_MODIFIERS | frozenset({"junior", "senior", "assistant", "acting", "interim"})
_LONGEST_COUNTRY = 3  # words of a country's name before the field ("United Arab Emirates")


def field_of_post(w: TokenTable, start: int, end: int, lookup: Lookup) -> int | None:
    """Where the country's name in the "organisation" ``start:end`` ends when the
    rest of it is the field of a capitalised minister's or secretary's title right
    after it ("UK" of "UK Energy" + "Secretary": ``start + 1``; ``start`` when no
    country leads, "Digital" + "Affairs Minister"); None when the span is no field."""
    k, n = end, len(w.text)
    while k < n and k - end < 2 and w.title[k] and w.lower[k] in _POST_FIELDS:
        k += 1  # the field goes on past the span: "Digital" + "Affairs" + "Minister"
    if k >= n or not w.title[k] or w.lower[k] not in PORTFOLIO_TITLES:
        return None
    if lookup(w.span_text(start, end)) is not None:
        return None  # a body the gazetteer knows keeps its name
    lead = _country_end(w, start, end, lookup)
    words = w.lower[lead:end]
    if not words or not all(x in _POST_FIELDS or x in POST_MODIFIERS for x in words):
        return None
    return lead if any(x in _POST_FIELDS and x not in {"and", "&"} for x in words) else None


def _country_end(w: TokenTable, start: int, end: int, lookup: Lookup) -> int:
    """The end of a country's name or a demonym opening ``start:end`` (``start``
    with none)."""
    for cut in range(min(end - 1, start + _LONGEST_COUNTRY), start, -1):
        text = w.span_text(start, cut)
        entry = lookup(text)
        if gazetteer().demonym(text) or (entry is not None and entry.type == "Country"):
            return cut
    return start


def is_post_field(word: str) -> bool:
    """A word naming a minister's or secretary's field: "business" of "business
    secretary", "trade" of "minister for foreign trade"."""
    return word.lower() in _POST_FIELDS


def cabinet_title(title: str) -> bool:
    """A title of a cabinet's member named by its field, which serves a country's
    government: "business secretary", "deputy trade minister", "minister for EU
    affairs", "deputy minister for foreign trade", "secretary of state for European
    affairs" (not "general secretary", "press secretary", "the minister": no field)."""
    words = title.lower().split()
    k = next((k for k, w in enumerate(words) if w in _CABINET_POSTS), None)
    if k is None or not all(w in _RANKS or w in _POST_FIELDS for w in words[:k]):
        return False
    if any(w in _POST_FIELDS - {"and", "&"} for w in words[:k]):
        return k == len(words) - 1  # the field before the post, nothing after it
    rest = words[k + 1 :]
    if rest[:2] == ["of", "state"]:
        rest = rest[2:]  # "secretary of state for European affairs"
    return len(rest) >= 2 and rest[0] in {"for", "of"} and rest[-1] in _POST_FIELDS
