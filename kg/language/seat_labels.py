"""A party label the model glued to the seat after it: "Labour MEP Ann Vale" read
with "Labour MEP" for one body. The seat ("MEP", "MSP", "MS", "TD") is the person's
role, so the body is the party alone; the name after it is read as ever.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kg.language.gazetteer import gazetteer
from kg.language.names import SUFFIX_ROLES
from kg.language.titles import Descriptor

# seats of a legislature written after a party label ("SNP MSP", "Fianna Fail TD")
SEATS = (SUFFIX_ROLES - {"QC", "KC", "OBE", "MBE", "CBE", "KBE"}) | {"TD", "MS", "M.P.", "M.E.P."}


def seat_cut(span: Span) -> Span:
    """``span`` without the seat that ends it, when a name follows: "Labour MEP"
    before "Ann Vale" -> "Labour"."""
    if span.label_ != "ORG" or len(span) < 2 or span[-1].text not in SEATS:
        return span
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.pos_ != "PROPN" or not after.is_title:
        return span
    return Span(doc, span.start, span.end - 1, label="ORG")


def seat_split(span: Span) -> list[Span]:
    """A party, its seat and a person's name the model took for one body: "Plaid MS
    Ann Vale", "Fianna Fail TD Ann Vale" -> the party and the person (the seat is the
    person's role); else ``span`` as it was."""
    if span.label_ not in {"ORG", "PERSON"} or len(span) < 3:
        return [span]
    seat = next((t.i for t in span if t.text in SEATS), None)
    if seat is None or seat == span.start or seat + 1 >= span.end:
        return [span]
    doc = span.doc
    party, name = doc[span.start : seat], doc[seat + 1 : span.end]
    if len(name) > 3 or not all((t.is_alpha and t.is_title) or "'" in t.text for t in name):
        return [span]
    gz = gazetteer()
    entry = gz.lookup(party.text) or gz.demonym(party.text)
    if entry is None or entry.type != "Organization":
        return [span]
    return [
        Span(doc, party.start, party.end, label="ORG"),
        Span(doc, name.start, name.end, label="PERSON"),
    ]


def seated_label(
    doc: Doc, window: list[int], party_label: Callable[[list[Token]], Descriptor | None]
) -> Descriptor | None:
    """A party's label before a seat that no title word names, right before a name
    ("Conservative AM Ann Vale", "Plaid MS Ann Vale"): the party, with the seat for
    its role. ``party_label`` reads a label that ends right before the name."""
    if not window or doc[window[-1]].text not in SEATS or len(window) < 2:
        return None
    found = party_label([doc[k] for k in window[-3:-1]])
    if found is None:
        return None
    return Descriptor(found.start, window[-1] + 1, doc[window[-1]].text, found.affiliations)
