"""A body's name with "and" inside it, which the small model cuts at the "and".

"The Regional Shipping and Ports Federation" is tagged as "Ports Federation", "the
World Travel and Tourism Council" as "World Travel" and "Tourism Council": two
bodies, or the wrong one. The capitalised words before the "and" belong to the name
when the parser hangs the last of them on the name after it (each earlier word hangs
on a later one of the name), and none of them names an actor of its own; the name
then begins at the first of them. Two names stay two: "Kestrel Bank and Ardent
Holdings signed" and "France and Germany signed" (the first is a subject, not a part
of the second), "the Arts Council and the Heritage Trust" (an article between), "Norway
and Ports Authority" or "Labour and Conservative Party" (a name or a label of its own
before the "and"), "Chad and the Sudan Liberation Movement", and two people's names
("Bidya Thapa and Giorgos Stavrou met": a person's name before the "and", or a given
name after it)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.given_names import given_names
from kg.language.token_table import Story

_LINKS = frozenset({"and", "&"})
_WORD_POS = frozenset({"PROPN", "NOUN", "ADJ"})


def joined_start(doc: Doc, start: int, end: int, story: Story) -> int:
    """Where the body's name ``doc[start:end]`` begins when the model cut off its
    words before an "and" ("Regional Shipping and" of "Regional Shipping and Ports
    Federation"): their first word, else ``start``."""
    if start < 2 or doc[start - 1].lower_ not in _LINKS or end - start < 2:
        return start
    if not _name_word(doc[start - 2]) or not start <= doc[start - 2].head.i < end:
        return start
    lo = start - 2
    while lo > 0 and _name_word(doc[lo - 1]) and lo <= doc[lo - 1].head.i < end:
        lo -= 1
    people = any(t.ent_type_ == "PERSON" for t in doc[lo : start - 1])
    if people or not given_names().isdisjoint({doc[lo].lower_, doc[start].lower_}):
        return start  # "Bidya Thapa and Giorgos Stavrou met": two people
    words = [t.text for t in doc[lo : start - 1]]
    if any(story.lookup(w) or story.demonym(w) or story.is_place(w) for w in words):
        return start  # "Norway and Ports Authority", "Labour and Conservative Party"
    if story.lookup(" ".join(words)) or story.lookup(doc[start:end].text):
        return start  # a name of its own on either side
    return lo


def _name_word(t: Token) -> bool:
    """A capitalised word that may be part of a body's name ("Regional", "Travel")."""
    return t.is_title and t.is_alpha and t.pos_ in _WORD_POS
