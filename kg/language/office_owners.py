"""A name the model took for a product or a work, right after "the offices of",
"the headquarters of", "the premises of": a firm's or a body's (a product has no
offices). "The Seoul offices of Valdor were raided" names the firm Valdor."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from kg.language.token_table import tokens_with

# Places only a firm or a body has (not "home", "house": a person's too).
_SEATS = frozenset({"office", "offices", "headquarters", "premises", "branch", "branches"})
_OF = frozenset({get_string_id("of")})
_MISREAD = frozenset({"PRODUCT", "WORK_OF_ART", "FAC"})


def office_owners(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a product's, a work's or a building's span right after "the
    offices of" (or "of the") relabelled as an organisation."""
    at = {s.start: s for s in spans}
    out = list(spans)
    for i in tokens_with(doc, LOWER, _OF):
        if i == 0 or doc[i - 1].lower_ not in _SEATS:
            continue
        start = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else i + 1
        span = at.get(start)
        if span is not None and span.label_ in _MISREAD and span.text[:1].isupper():
            out[out.index(span)] = Span(doc, span.start, span.end, label="ORG")
    return out
