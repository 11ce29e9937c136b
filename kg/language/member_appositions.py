"""Member nouns set off by commas after a pair of names, which the parser coordinates.

"Kenya and Uganda, fellow members of the EAC, signed a deal": the small model may read
"members" as a third conjunct of "Kenya" (so the EAC would sign too, and no one would
be a member). :func:`repair_member_appositions` hangs such a noun on the first name as
an apposition, as it does on its own for "A and B, both members of Y,".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_MEMBER_NOUNS = frozenset({"members", "member", "signatories", "allies", "partners"})


def repair_member_appositions(doc: Doc) -> int:
    """Make each such member noun an apposition of the first name; how many."""
    repaired = 0
    for noun in doc:
        if noun.lower_ in _MEMBER_NOUNS and noun.dep_ == "conj" and _set_off(noun):
            noun.dep_ = "appos"
            repaired += 1
    return repaired


def _set_off(noun: Token) -> bool:
    """``noun`` follows a comma after the last of two or more coordinated names and
    a comma (or the sentence's end) closes its phrase: "A and B, fellow members of Y,"."""
    head, doc = noun.head, noun.doc
    start, end = noun.left_edge.i, noun.right_edge.i
    if head.pos_ != "PROPN" or not head.ent_type_ or start < 1 or doc[start - 1].text != ",":
        return False
    names = [c for c in head.children if c.dep_ == "conj" and c.i < noun.i and c.pos_ == "PROPN"]
    if not names or not any(c.dep_ == "cc" and c.i < names[-1].i for c in head.children):
        return False  # "A, members of Y" or "A, B, members of Y": no pair closed by "and"
    if names[-1].right_edge.i != start - 2:
        return False
    return end + 1 >= len(doc) or doc[end + 1].text in {",", "."}
