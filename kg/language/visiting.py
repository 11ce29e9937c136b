"""A guest named after "visiting": "met visiting Thai Foreign Minister X".

Right after a verb of receiving a guest, or after "with" or "for", the small model
reads "visiting" as a verb of its own whose object is the guest ("met, visiting
X"), so the host becomes the visitor and the guest the host, and the verb that
receives the guest has no object. In "received visiting Premier X", "talks with
visiting Chinese officials", "Visiting President X was received by Y" the word
describes the guest, as in "met the visiting minister": :func:`repair_visiting_guests`
hangs the guest on that verb or preposition and "visiting" on the guest.
A place after it is a real visit ("began visiting China"), and so is a guest
after other words ("after visiting President X, she flew home").
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.language.contact_words import GUEST_NOUNS, PERSON_MEETING_VERBS
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_VISITING = ids(["visiting"])
# prepositions a guest follows: "talks with visiting X", "a dinner for visiting X"
_GUEST_PREPS = frozenset({"with", "for"})
# what the parser makes of "visiting" when it reads it as a verb, and what the
# guest then becomes in its place
_CLAUSE_DEPS = {"advcl": "dobj", "xcomp": "dobj", "ccomp": "dobj", "dobj": "dobj",
                "pcomp": "pobj", "csubj": "nsubj", "csubjpass": "nsubjpass"}  # fmt: skip


def repair_visiting_guests(doc: Doc) -> int:
    """Make each guest named after "visiting" the object of the word before; how many."""
    repaired = 0
    for i in tokens_with(doc, LOWER, _VISITING):
        part = doc[i]
        if part.dep_ not in _CLAUSE_DEPS:
            continue
        guest = _guest(part)
        if guest is None or not _receives(part):
            continue
        head = part.head
        guest.head, guest.dep_ = head, _CLAUSE_DEPS[part.dep_]
        part.head, part.dep_ = guest, "amod"
        repaired += 1
    return repaired


def _receives(part: Token) -> bool:
    """ "met visiting", "talks with visiting", or "Visiting X was received": the
    word before receives the guest (a sentence's first word describes its subject)."""
    head = part.head
    if part.i == part.sent.start:
        return part.dep_ in {"csubj", "csubjpass"}
    if head.i != part.i - 1:
        return False
    if head.pos_ == "ADP":
        return head.lower_ in _GUEST_PREPS
    return head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in PERSON_MEETING_VERBS - {"visit"}


def _guest(part: Token) -> Token | None:
    """The one object right after "visiting" that names a person or an official
    ("visiting President X", "visiting Chinese officials"): no determiner, no place."""
    objs = [c for c in part.children if c.dep_ == "dobj" and c.i > part.i]
    if len(objs) != 1:
        return None
    obj = objs[0]
    if obj.left_edge.i != part.i + 1 or any(c.dep_ in {"det", "poss"} for c in obj.lefts):
        return None  # "visiting her mother", "visiting the museum"
    if obj.lower_ in GUEST_NOUNS or obj.ent_type_ == "PERSON":
        return obj
    titled = any(c.lower_ in GUEST_NOUNS for c in obj.lefts)
    return obj if titled and obj.pos_ == "PROPN" and obj.ent_type_ not in _PLACES else None


_PLACES = frozenset({"GPE", "LOC", "FAC"})
