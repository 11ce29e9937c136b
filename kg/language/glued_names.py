"""One firm's name the model tagged as two names side by side (for
:mod:`kg.language.entity_repair`).

* Two bodies with nothing between them, the first a part of the second's name:
  "an analyst at BNP Paribas" (tagged "BNP", which is also a party's initials,
  and "Paribas"), "Holm Quarry" tagged "Holm" + "Quarry".
* A body and a name glued by a hyphen: "a trader at Holm-Peter Vosk" (tagged
  a firm "Holm" and a person "Peter Vosk") is one firm named after its founders.

Two names both known on their own stay two: "the IMF World Bank meetings",
"a Labour-Conservative pact".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg.language.lexicon import HYPHENS


def glued_bodies(doc: Doc, spans: list[Span], lookup: Callable[[str], object]) -> list[Span]:
    """The one-name spans for the pairs in ``spans`` that are one firm's name (to be
    added: the longer span wins when overlaps are filtered)."""
    starts = {s.start: s for s in spans}
    out = []
    for a in spans:
        if a.label_ != "ORG" or not _proper(a):
            continue
        b = starts.get(a.end)
        if b is not None and b.label_ == "ORG" and _part_of(doc, a, b):
            pass  # "BNP" + "Paribas"
        else:
            glue = doc[a.end] if a.end < len(doc) else None
            b = starts.get(a.end + 1)
            joined = (
                glue is not None
                and glue.text in HYPHENS
                and not doc[a.end - 1].whitespace_
                and not glue.whitespace_
            )
            # a person's name after the hyphen: the founders' firm; two bodies so
            # joined are two parties ("a UFJ-MTFG merger", "EU-Mercosur talks")
            if not (joined and b is not None and b.label_ == "PERSON"):
                continue
        if not _proper(b) or (lookup(a.text) and lookup(b.text)):
            continue  # "the IMF World Bank meetings": two bodies
        out.append(Span(doc, a.start, b.end, label="ORG"))
    return out


def _proper(span: Span) -> bool:
    """Capitalised words only, with no possessive ending ("Holm's")."""
    words = [t for t in span if t.is_alpha]
    return (
        bool(words)
        and all(t.text[:1].isupper() for t in words)
        and not any(t.text in {"'s", "’s", "'"} for t in span)
    )


def _part_of(doc: Doc, a: Span, b: Span) -> bool:
    """Whether ``a`` is the first part of ``b``'s name: its last word a compound of a
    word of ``b``, with a space and no mark between them."""
    last = doc[a.end - 1]
    return bool(last.whitespace_) and last.dep_ == "compound" and b.start <= last.head.i < b.end
