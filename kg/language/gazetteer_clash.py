"""A model entity that overlaps names the gazetteer finds (for the ``kg_entities``
component, :mod:`kg.language.entity_repair`): the gazetteer's spans are always kept,
and the model's stands beside them only where it is more than they are: "Bank of
France" (a longer name), "Japan Airlines" (a name after a country), "the U.S.
Embassy" and "the UK Government" (the country's); not "U.S. State Department"
(the country, then the department), "(lent) Argentina 20 billion dollars" (a sum
after a name), nor "New European commission".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.language.body_words import MISSION_WORDS, STATE_BANK_WORDS, STATE_ORGANS
from kg.language.gazetteer import Gazetteer
from kg.language.org_spans import head_word

_RULING_WORDS = {"government", "administration", "cabinet", "authorities", "regime"}


def merged(gz: Gazetteer, doc: Doc, span: Span, clash: list[Span]) -> list[Span]:
    """Resolve a model entity that overlaps gazetteer names; the gazetteer
    spans themselves are always kept."""
    inside = all(span.start <= g.start and g.end <= span.end for g in clash)
    if not inside or any(g.start == span.start and g.end == span.end for g in clash):
        return []
    if span.label_ == "PERSON":
        return [span]
    first = min(clash, key=lambda g: g.start)
    # "U.S. State Department" -> "U.S." + "State Department"
    if first.start == span.start and first.label_ == "GPE" and len(clash) == 1:
        rest = doc[first.end : span.end]
        possessive = bool(rest) and rest[0].text in {"'s", "’s", "'"}
        if possessive:
            rest = doc[first.end + 1 : span.end]
        known = bool(rest) and gz.lookup(rest.text) is not None
        if rest and not possessive and not known and head_word(rest) not in STATE_ORGANS:
            # "Japan Airlines" is one name; "(lent) Argentina 20 billion dollars" a sum after one
            return [] if rest[0].like_num and any(t.is_lower for t in rest) else [span]
        if rest and head_word(rest) in MISSION_WORDS | _RULING_WORDS:
            return [span]  # "the U.S. Embassy", "the UK Government": the country's
        if (
            rest
            and head_word(rest) == "bank"
            and not STATE_BANK_WORDS & set(rest.text.lower().split())
        ):
            return [span]  # "China Construction Bank" (not "the China Central Bank")
        if rest and any(t.is_title for t in rest):
            return [Span(doc, rest.start, rest.end, label=span.label_)]
        return []
    outside = [t for t in span if not any(g.start <= t.i < g.end for g in clash)]
    # "New European commission" -> "European commission"
    if len(outside) <= 1 and all(t.pos_ in {"ADJ", "DET"} or t.is_punct for t in outside):
        return []
    return [span]  # "Bank of France": the longer name stands
