"""A body named by what it deals with, left untagged before a post and a name.

"Committee on Fisheries chair Maria Sousa said", "Council for Ethics head Peter
Hale": the small model may tag the person and leave "Committee on Fisheries"
untagged (or read "Committee" as the sentence's subject), so the chair holds no
post. A capitalised head of such a name ("topic" in ``data/body-heads.txt``), one
of its prepositions and capitalised words, right before a lower-case post with a
title word and a named person, is a body's name (asked by
:func:`kg.language.untagged_bodies.bodies_before_posts`). Not "Defence Committee
member X" (no topic: the model's own reading stands), nor "the Committee on
Fisheries' report" (no post and person after it).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from kg.language.lexicon import TITLE_WORDS, listed_words

_WORDS = listed_words("body-heads.txt")
_HEADS = _WORDS["topic"]
_PREPS = _WORDS["topic-preps"]
_MAX_TOPIC = 3  # capitalised words after the preposition ("on Food and Rural Affairs")
_MAX_POST = 3  # lower-case words of the post ("deputy chief executive")


def topic_bodies(doc: Doc, spans: list[Span]) -> Iterable[Span]:
    """ORG spans for "Committee on Fisheries" of "Committee on Fisheries chair Maria
    Sousa said", where no span holds any of its words."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    for person in spans:
        if person.label_ != "PERSON":
            continue
        post = person.start
        while post > 0 and person.start - post < _MAX_POST and doc[post - 1].is_lower:
            post -= 1
        if post == person.start or not any(
            t.lower_ in TITLE_WORDS for t in doc[post : person.start]
        ):
            continue
        start = _topic_start(doc, post)
        if start is not None and not any(i in covered for i in range(start, post)):
            yield Span(doc, start, post, label="ORG")


def _topic_start(doc: Doc, end: int) -> int | None:
    """Where a name "Head prep Topic..." ending at ``end`` starts, or None."""
    k = end
    while k > 0 and end - k < _MAX_TOPIC and (doc[k - 1].is_title or doc[k - 1].lower_ == "and"):
        k -= 1
    if k == end or not doc[k].is_title:
        return None
    if k < 2 or doc[k - 1].lower_ not in _PREPS:
        return None
    head = doc[k - 2]
    if not head.is_title or head.lower_ not in _HEADS:
        return None
    if head.i > 0 and doc[head.i - 1].is_title and doc[head.i - 1].pos_ == "PROPN":
        return head.i - 1  # "Advisory Council on Ethics": one word before the head
    return head.i
