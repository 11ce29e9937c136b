"""A body and the region its possessive names, taken by the model for one name:
"the World Health Organization's Africa office" tagged as "the World Health
Organization's Africa". The body is the name; the region after its possessive says
where that part of it works (a place, no actor), so "head of the WHO's Africa
office" heads the WHO. So too without the possessive, when a body's acronym and the
field or place of one of its teams run into one name before the team's common noun:
"a WHO Ebola team", "the UN Darfur mission" (the WHO's team, the UN's mission).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.language.body_words import ORG_HEAD_WORDS
from kg.language.gazetteer import gazetteer
from kg.language.places import WORLD_REGIONS, places


def owner_split(span: Span) -> list[Span]:
    """The body alone when ``span`` runs on past its possessive into a region or
    place; else ``span`` as it was ("Pakistan People's Party", "Russia's Gazprom"
    stay whole: what follows names no place, or what precedes is no listed body)."""
    if span.label_ != "ORG" or len(span) < 3:
        return [span]
    doc = span.doc
    mark = next((t.i for t in span[1:-1] if t.tag_ == "POS"), None)
    if mark is None:
        return [span]
    start = span.start + 1 if doc[span.start].lower_ == "the" else span.start
    body, rest = doc[start:mark], doc[mark + 1 : span.end]
    entry = gazetteer().lookup(body.text) if len(body) else None
    if entry is None or entry.type != "Organization" or not all(t.is_title for t in rest):
        return [span]
    if rest.text not in WORLD_REGIONS and not places().is_place(rest.text):
        return [span]
    return [Span(doc, body.start, body.end, label="ORG")]


def acronym_split(span: Span) -> list[Span]:
    """The body alone when ``span`` is a listed body's acronym and a capitalised
    word or two before a common noun ("WHO Ebola" of "a WHO Ebola team"); else
    ``span`` as it was ("UN Security Council", "NATO Kosovo Force" and "WHO Ebola
    said" stay whole: a longer name, or no noun whose name it modifies)."""
    if span.label_ != "ORG" or not 2 <= len(span) <= 3:
        return [span]
    doc = span.doc
    first, rest = span[0], span[1:]
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or nxt.pos_ != "NOUN" or not nxt.is_lower or nxt.lower_ in ORG_HEAD_WORDS:
        return [span]
    if not (first.is_upper and len(first) > 1) or gazetteer().lookup(span.text) is not None:
        return [span]
    if any(not t.is_title or t.lower_ in ORG_HEAD_WORDS for t in rest):
        return [span]
    entry = gazetteer().lookup(first.text)
    if entry is None or entry.type != "Organization":
        return [span]
    return [Span(doc, span.start, span.start + 1, label="ORG")]


def body_alone(span: Span) -> list[Span]:
    """``span`` without the region after its possessive or the team's field after its
    acronym: "the WHO's Africa (office)", "a WHO Ebola (team)"."""
    return [part for s in owner_split(span) for part in acronym_split(s)]
