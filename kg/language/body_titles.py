"""A body's name right before a lower-case title and a person's name: "IGAD
executive secretary Ann Vale", "NATO deputy chief Tom Hart".

The small model may tag a body's acronym as a verb ("IGAD" read as the sentence's
root), and the search for the title before a name stops at a verb. A word that is
part of a named body, a country or a people, directly before a title that holds a
title word, is the body the title is of, whatever its tag (asked by
:func:`kg.language.title_search.pre_title`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from kg.language.bloc_groups import state_blocs
from kg.language.lexicon import FACTION_NOUNS, TITLE_WORDS, listed_words
from kg.language.title_columns import TitleColumns, ids

_NAMED = frozenset({"org", "country", "demonym"})
_TITLE_IDS = ids(TITLE_WORDS)
_PROPN = get_string_id("PROPN")


def body_before_title(cols: TitleColumns, i: int, other: Any, window: list[int]) -> bool:
    """Token ``i`` belongs to the named body ``other`` and the words already read
    after it (``window``, right to left) are a lower-case title with a title word."""
    if other is None or other.kind not in _NAMED or not window or i + 1 != window[-1]:
        return False
    if not other.start <= i < other.end or other.end != window[-1]:
        return False
    words = list(reversed(window))  # left to right: the title up to the name
    return any(cols.lower[k] in _TITLE_IDS for k in words) and all(
        not cols.title[k] or cols.lower[k] in _TITLE_IDS for k in words
    )


# The last words of a body's name that stand for the whole body: "the Front", "the
# Alliance" (not "Steel" for a steel firm, "Education" for a department).
_SHORT_FORMS = FACTION_NOUNS | frozenset({"union", "league", "federation", "congress", "forum"})


def short_bodies_before_posts(doc: Doc, spans: list[Span]) -> Iterable[Span]:
    """ORG spans for a body's last word standing for it before a post and a name:
    "Front" of "The Unity Front met. Front convener Ann Vale said", when a body named
    earlier in the text ends with that word (the model leaves the short form
    untagged; :mod:`kg.language.actors` then links it to the body)."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    ends: dict[str, int] = {}  # last word of each body named so far -> the first token after it
    for s in spans:
        if s.label_ == "ORG" and len(s) > 1 and doc[s.end - 1].lower_ in _SHORT_FORMS:
            ends.setdefault(doc[s.end - 1].text, s.end)
    for person in spans:
        if person.label_ != "PERSON":
            continue
        i = person.start - 1
        chain = 0  # lower-case words of the post, one a title word
        while i >= 0 and chain < 3 and doc[i].is_lower and doc[i].is_alpha:
            chain, i = chain + 1, i - 1
        if not chain or not any(t.lower_ in TITLE_WORDS for t in doc[i + 1 : person.start]):
            continue
        if i < 0 or i in covered or ends.get(doc[i].text, len(doc)) > i:
            continue
        if i > 0 and doc[i - 1].is_title and not doc[i].is_sent_start:
            continue  # the last word of a longer name
        yield Span(doc, i, i + 1, label="ORG")


# National posts whose plural after a bloc of states is its members' ("EU leaders",
# "NATO defence ministers"), not the bloc's ("EU commissioners" are the EU's).
NATIONAL_POSTS = listed_words("state-posts.txt")["national"]


def members_posts(role: str, holders: list[int], by_token: dict[int, Any]) -> list[int]:
    """The ids of the ``holders`` of a plural post shared by several names, less a
    bloc of states when the post is a national one: "EU leaders A and B" hold no post
    in the EU (each leads his own country)."""
    if role.split()[-1:] and role.split()[-1].lower() in NATIONAL_POSTS:
        entries = {m.id: m.entry for m in by_token.values()}
        blocs = state_blocs()
        return [h for h in holders if entries.get(h) is None or entries[h].key not in blocs]
    return holders


def owned_bodies(doc: Doc, holders: list[Any]) -> list[Any]:
    """The holders a shared title names, less a country whose possessive opens the
    body after it: "two officers of Russia's security service, A and B" serve the
    service, both of them (one holder, not one each)."""
    out = []
    for k, h in enumerate(holders):
        nxt = holders[k + 1] if k + 1 < len(holders) else None
        owns = (
            nxt is not None
            and nxt.kind == "org"
            and h.end < len(doc)
            and doc[h.end].tag_ == "POS"
            and (nxt.start == h.end + 1 or nxt.start <= h.start < nxt.end)
        )
        if not owns:
            out.append(h)
    return out
