"""A body's name the model missed after the post of a named person.

The small model often leaves a firm's or a group's one-word name untagged when it
follows a post: "Ana Ruiz, spokeswoman for Veltrix, said", "said Ana Ruiz, chief
executive of Brightmoor", "A spokesman for Veltrix, Ana Ruiz, said". The post is a
person's (the name stands beside it, in apposition), its word is one a body's
officer holds and a place's never does (a "mayor of" or "governor of" an unknown
name may be of a town), and the name is no place, country or person the gazetteer
or the story knows: so it is a body's.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from kg.language.token_table import Story
from kg.language.untagged_bodies import bodies_before_posts

# Posts in a firm or a group, never in a town or a region: "spokesman for X",
# "chief executive of X", "managing director at X" (not "mayor", "governor").
_BODY_POSTS = frozenset(
    """
    spokesman spokeswoman spokesperson executive chairman chairwoman director boss head chief
    president
    founder co-founder cofounder manager economist strategist analyst
    """.split()
)
_OF = {"of", "for", "at"}
_MAX_WORDS = 3


def bodies_of_posts(
    doc: Doc, spans: list[Span], story: Story, words: frozenset[str] = frozenset()
) -> Iterable[Span]:
    """ORG spans for the untagged names after a named person's post in a body:
    "Ana Ruiz, spokeswoman for Veltrix," -> "Veltrix"; none for "a spokesman for
    Paris" (a place) or "the head of Adriano" (no person holds the post); and before
    it (``words``: the English words): "Velmora chief executive Ana Ruiz"."""
    if words:
        yield from bodies_before_posts(doc, spans, story, words)
    covered = {i for s in spans for i in range(s.start, s.end)}
    people = [s for s in spans if s.label_ == "PERSON"]
    surnames = {s[-1].lower_ for s in people}
    lower, head = story.table.lower, story.table.head
    for i in [i for i, word in enumerate(lower) if word in _OF and lower[head[i]] in _BODY_POSTS]:
        prep = doc[i]
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or not _held_by_person(prep.head, people):
            continue
        start = obj.i
        while start > prep.i + 1 and _name_word(doc[start - 1]) and doc[start - 1].head == obj:
            start -= 1
        if not _name_word(obj) or obj.i + 1 - start > _MAX_WORDS:
            continue
        # the name follows the preposition or its "the", and ends where the parse
        # says: not "head of the UN's regional Water Initiative" (what a body owns),
        # "chief of US firm Holm Labs" (a description first), "chairman of Save Our
        # Town" (a name the parser cut)
        before = doc[start - 1]
        if not (before.i == prep.i or (before.lower_ == "the" and before.i == prep.i + 1)):
            continue
        if obj.i + 1 < len(doc) and (doc[obj.i + 1].is_title or doc[obj.i + 1].lower_ == "'s"):
            continue
        if any(k in covered for k in range(start, obj.i + 1)):
            continue
        name = doc[start : obj.i + 1].text
        if story.lookup(name) or story.is_place(name) or obj.lower_ in surnames:
            continue
        if start < obj.i and story.lookup(doc[start].text):
            continue  # "the UK Film Council": a country's body, joined to its country later
        if obj.i + 1 < len(doc) and doc[obj.i + 1].lower_ == "at":
            continue  # "director of UK Equities at Holm Life": a division of the body after
        yield Span(doc, start, obj.i + 1, label="ORG")


def _name_word(t: Token) -> bool:
    """A word of a proper name: "Veltrix", "GfK", "AARA" (not "The" opening a sentence)."""
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalnum() and not t.is_sent_start


def _held_by_person(post: Token, people: list[Span]) -> bool:
    """Whether a named person stands beside ``post`` in apposition: "Ana Ruiz,
    spokeswoman for X", "a spokesman for X, Ana Ruiz," (the post's head word, or a
    word it is in a compound or adjective of: "chief executive")."""
    heads = [post]
    while heads[-1].dep_ in {"compound", "amod"} and len(heads) < 3:
        heads.append(heads[-1].head)
    names = {i for s in people for i in range(s.start, s.end)}
    for h in heads:
        if h.dep_ == "appos" and h.head.i in names:
            return True
        if any(c.dep_ == "appos" and c.i in names for c in h.children):
            return True
    return False
