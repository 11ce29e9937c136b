"""A cartel's name: the proper name before "cartel" ("the Sinaloa cartel", "the
Gulf cartel"). The model tags the name alone, as a body, a place or nothing, and the
group the sentence acts through is lost: the name and the kind are one body's name.
A name the gazetteer knows keeps its own ("the Opec cartel" is Opec)."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from kg.language.gazetteer import gazetteer
from kg.language.token_table import tokens_with

_CARTEL = frozenset({get_string_id("cartel")})
_MOST = 3  # words of the name before the kind


def cartel_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each "<Name> cartel" one organisation's name."""
    out = spans
    for k in tokens_with(doc, LOWER, _CARTEL):
        kind = doc[k]
        if not kind.is_lower or kind.pos_ != "NOUN" or kind.dep_ == "compound":
            continue  # "cartel bosses": the kind modifies a noun after it
        start = k
        while (
            start > 0
            and k - start < _MOST
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].is_title
            and doc[start - 1].dep_ == "compound"
        ):
            start -= 1
        if start == k:
            continue
        name = doc[start:k].text
        if gazetteer().lookup(name) or gazetteer().demonym(name):
            continue
        if any(s.start < start < s.end or s.start < k + 1 < s.end for s in out):
            continue  # a longer name holds it
        out = [s for s in out if not (start <= s.start and s.end <= k + 1)]
        out.append(Span(doc, start, k + 1, label="ORG"))
    return out
