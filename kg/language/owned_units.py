"""A body and the region its possessive names, taken by the model for one name:
"the World Health Organization's Africa office" tagged as "the World Health
Organization's Africa". The body is the name; the region after its possessive says
where that part of it works (a place, no actor), so "head of the WHO's Africa
office" heads the WHO.
"""

from __future__ import annotations

from spacy.tokens import Span

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
