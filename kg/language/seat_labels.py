"""A party label the model glued to the seat after it: "Labour MEP Ann Vale" read
with "Labour MEP" for one body. The seat ("MEP", "MSP", "TD") is the person's
role, so the body is the party alone; the name after it is read as ever.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.language.names import SUFFIX_ROLES

# seats of a legislature written after a party label ("SNP MSP", "Fianna Fail TD")
SEATS = SUFFIX_ROLES - {"QC", "KC", "OBE", "MBE", "CBE", "KBE"} | {"TD"}


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
