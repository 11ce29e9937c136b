"""A body's acronym before the post of a named person: "MI6 chief Ann Vale", "FA
chief executive Tom Hart", "GMB general secretary Ian Moss".

The small model leaves such a word of capitals untagged or calls it a person by
itself; the post after it is one an officer of a body holds (across a dash too:
"IOMC Secretary-General Ana Ruiz"), and a person's name follows the post at once,
so the acronym names the body the person serves, known to the gazetteer or not.
Not a country's or a place's code ("US president", "UK chief"), nor a business
function ("IT director", "HR chief"), nor a title or a rank ("MP", "CEO"), nor a
word the story also writes in lower case.
"""

from __future__ import annotations

import re

from spacy.attrs import IS_UPPER
from spacy.tokens import Doc, Span

from kg.language.gazetteer import gazetteer
from kg.language.names import is_role_word
from kg.language.token_table import tokens_with

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
# Posts an officer of a body holds, and the words a post is made of with them
# ("chief executive", "director general", "general secretary"); not a town's or a
# region's posts ("mayor", "governor") nor a government's ("minister").
_POSTS = frozenset(
    """
    chief executive director head boss spokesman spokeswoman spokesperson chairman chairwoman
    chair president leader secretary commissioner economist founder manager envoy
    representative coordinator administrator
    """.split()
)
_POST_PARTS = frozenset({"general", "deputy", "vice", "managing", "former", "acting", "interim"})
# Capitals that name no body: a measure, a medium, a rank, a time, a country's code,
# a business function ("IT director", "HR chief"). (Also read by
# :func:`kg.language.untagged_names.coordinated_acronyms`.)
NOT_BODIES = frozenset(
    """
    GDP GNP VAT CEO CFO COO CTO CIO MD PM MP MEP MSP AM QC KC GP TV PC IT AI HIV AIDS
    DNA BC AD OK ID PR HQ UK US USA EU UN HR ICT IP VP SVP EVP
    """.split()
)
_YES = frozenset({1})  # (a flag's value in the document's array)


def acronym_word(text: str) -> bool:
    """Letters and figures, two letters at least: "FA", "MI6", "GMB" (not "A", "4x4")."""
    return bool(_ACRONYM.fullmatch(text)) and sum(c.isalpha() for c in text) >= 2


def acronym_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each acronym before a named person's post an organisation: a
    one-word person span over it relabelled, an untagged acronym added."""
    people = {s.start for s in spans if s.label_ == "PERSON"}
    if not people:
        return spans
    at = {s.start: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    lowered: set[str] | None = None
    for i in tokens_with(doc, IS_UPPER, _YES):
        text = doc[i].text
        if not acronym_word(text):
            continue
        if text in NOT_BODIES or not _post_then_name(doc, i + 1, people):
            continue
        if is_role_word(text) or _country_or_place(text):
            continue
        if lowered is None:
            lowered = lower_forms(doc)
        if text.lower() in lowered:
            continue  # a word the story writes in lower case too
        span = at.get(i)
        if span is not None and span.end == i + 1 and span.label_ == "PERSON":
            out[out.index(span)] = Span(doc, i, i + 1, label="ORG")
        elif i not in taken:
            out.append(Span(doc, i, i + 1, label="ORG"))
    return out


def lower_forms(doc: Doc) -> set[str]:
    """The words the story writes other than in capitals ("it" beside "IT")."""
    return {t.lower_ for t in doc if not t.is_upper}


def _post_then_name(doc: Doc, i: int, people: set[int]) -> bool:
    """Whether a body's post starts at ``i`` and a person's name follows it at once
    ("chief executive Tom Hart", "director general Jane Ash")."""
    posts = 0
    while i < len(doc):
        low = doc[i].lower_
        if low in _POSTS:
            posts += 1
        elif low == "-" and posts and i + 1 < len(doc) and doc[i + 1].lower_ in _POST_PARTS:
            pass  # "Secretary-General", "Director-General": one post across its dash
        elif low not in _POST_PARTS:
            break
        i += 1
    return posts > 0 and i in people


def _country_or_place(text: str) -> bool:
    gz = gazetteer()
    entry = gz.lookup(text)
    return (entry is not None and entry.type == "Country") or gz.is_place(text)
