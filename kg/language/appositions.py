"""A name in apposition to the second item of a pair, where the parser hangs it on the first.

"Olaf Brenner and his Chinese counterpart, Li Wen, met": the small model reads
"Li Wen" as an apposition of "Olaf Brenner" (Brenner, that is, Li Wen) rather
than of "counterpart", and the meeting loses one of its people.
:func:`repair_conjunct_appositions` hangs a name that follows a coordinated
common noun after a comma on that noun, so "his Chinese counterpart, Li Wen"
is one person, coordinated with Brenner.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


def repair_conjunct_appositions(doc: Doc) -> int:
    """Hang each such name on the noun before it; how many were repaired."""
    repaired = 0
    for name in doc:
        if name.dep_ != "appos" or name.pos_ != "PROPN" or not name.ent_type_:
            continue
        noun = _noun_before(name)
        if noun is not None:
            name.head = noun
            repaired += 1
    return repaired


def _noun_before(name: Token) -> Token | None:
    """The common noun coordinated with ``name``'s head that ends right before
    the comma opening the apposition: "A and the bank's governor, B"."""
    head, doc = name.head, name.doc
    if head.pos_ != "PROPN" or head.i >= name.i:
        return None
    for noun in head.children:
        if noun.dep_ != "conj" or noun.pos_ != "NOUN" or not head.i < noun.i < name.i:
            continue
        end = noun.right_edge.i
        start = name.left_edge.i
        if end < start and all(doc[i].is_punct for i in range(end + 1, start)):
            return noun
    return None
