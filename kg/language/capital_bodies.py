"""A body's short name written in capitals before its officer's post and name.

News writes the head of a body by its acronym, the post and the holder's name:
"IOMC Secretary-General Ana Ruiz met ...", "ABCD chief Ivo Marsh said". The body may
be unknown to the gazetteer, and the small model often leaves the acronym untagged or
reads it as a verb ("CITES" as "cites"). A word of capitals only that no span holds,
right before a post word a body's officer holds (after any of its openers: "Secretary
General", "Executive Director") and a named person, is that body's name. Not an
abbreviation of a trade, a medium or a post ("TV presenter X", "CEO X"), nor a word
the gazetteer knows (it tags those itself: "UK Foreign Secretary X"). The words are
data (``data/capital-bodies.txt``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from kg.language.lexicon import TITLE_WORDS, listed_words
from kg.language.token_table import Story

_WORDS = listed_words("capital-bodies.txt")
_MOST_POST_WORDS = 4  # "Deputy Secretary - General"
_TIMES = frozenset({"DATE", "TIME"})  # "On Monday ABCD chief X": no part of the name


def capital_bodies(doc: Doc, spans: list[Span], story: Story) -> Iterable[Span]:
    """ORG spans for the untagged all-capitals words before a named person's post:
    "IOMC" of "IOMC Secretary-General Ana Ruiz"; none for "TV presenter Ana Ruiz"."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    for person in spans:
        if person.label_ != "PERSON":
            continue
        i = _post_start(doc, person.start)
        if i is None or i < 1 or i - 1 in covered:
            continue
        t = doc[i - 1]
        if not (t.is_upper and t.is_alpha and 2 <= len(t.text) <= 8):
            continue
        low = t.lower_
        if low in _WORDS["not_bodies"] or low in TITLE_WORDS:
            continue
        if story.lookup(t.text) or story.is_place(t.text) or story.demonym(t.text):
            continue
        before = doc[i - 2] if i > 1 else None
        if (
            before is not None
            and before.is_title
            and not before.is_sent_start
            and before.ent_type_ not in _TIMES
        ):
            continue  # the last word of a longer name: "Lib Dem MP X" is tagged already
        yield Span(doc, i - 1, i, label="ORG")


def _post_start(doc: Doc, name: int) -> int | None:
    """Where the post right before the name at ``name`` starts: its post word last,
    openers and hyphens before it ("Secretary-General", "Executive Director"), or None."""
    last = name - 1
    if last < 0 or doc[last].lower_ not in _WORDS["posts"]:
        return None
    i = last
    while i > 0 and name - i < _MOST_POST_WORDS:
        before = doc[i - 1]
        if before.text == "-" or before.lower_ in _WORDS["openers"]:
            i -= 1
        else:
            break
    if doc[i].text == "-":
        return None
    return i
