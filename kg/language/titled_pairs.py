"""Two titled names joined by "and" that the parser nests one inside the other.

"Labour peer Ann Vale and union boss Tom Ray met": the small model hangs "Ann
Vale" inside the second name's phrase (as a modifier of "Ray", or in apposition
to the first title, which it makes a compound of "Ray"), with "and" and the
second title ("boss") coordinated under "Vale". Only "Tom Ray" is then the
subject, and the meeting loses a side. :func:`repair_titled_pairs` makes the
first name the head of its own phrase (with its title) in the place the second
name held, and the second name, with its title, its conjunct.
"""

from __future__ import annotations

from spacy.attrs import ENT_TYPE
from spacy.tokens import Doc, Token

from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

# How a first name can hang inside the second name's phrase.
_NESTED = frozenset({"appos", "nmod", "compound"})
_PERSON = ids(["PERSON"])


def repair_titled_pairs(doc: Doc) -> int:
    """Make each such pair two coordinated phrases; how many were repaired."""
    repaired = 0
    for i in tokens_with(doc, ENT_TYPE, _PERSON):  # (the repair changes no entity)
        first = doc[i]
        second = _second_of(first)
        if second is None:
            continue
        title = next(c for c in first.children if c.dep_ == "conj")
        start, begin = second.left_edge.i, _name_start(first)
        first.head, first.dep_ = second.head, second.dep_
        if second.head.i == second.i:
            first.head = first  # the pair was the sentence's root
        for t in doc[start:begin]:
            if not start <= t.head.i < begin:
                t.head = first  # "Labour peer": the first name's title
        second.head, second.dep_ = first, "conj"
        # "Unison" (boss) or "boss"; an owner ("Peru's") stays one
        title.head, title.dep_ = second, "poss" if _owner(title) else "compound"
        repaired += 1
    return repaired


def _name_start(last: Token) -> int:
    """Where the person's name that ends at ``last`` begins."""
    i = last.i
    while i > 0 and last.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _owner(title: Token) -> bool:
    """Whether ``title`` is a possessor: "Peru's" (its "'s" right after it)."""
    doc = title.doc
    return (
        title.i + 1 < len(doc)
        and doc[title.i + 1].tag_ == "POS"
        and doc[title.i + 1].head.i == title.i
    )


def _second_of(first: Token) -> Token | None:
    """The person's name ``first`` is nested in, when ``first`` ends a person's name,
    has "and" and a title coordinated with it, and the title runs into that name."""
    if first.ent_type_ != "PERSON" or first.pos_ != "PROPN" or first.dep_ not in _NESTED:
        return None
    doc = first.doc
    if first.i + 1 < len(doc) and doc[first.i + 1].ent_iob_ == "I":
        return None  # not the name's last word
    kids = [c for c in first.children if c.i > first.i]
    if [c.dep_ for c in kids] != ["cc", "conj"] or kids[0].lower_ != "and":
        return None
    title = kids[1]
    if title.pos_ not in {"NOUN", "PROPN"} or title.ent_type_ == "PERSON":
        return None
    owner = _owner(title)  # "A's X and B's Y met": B owns the second name as a title would
    if any(c.i > title.i + owner for c in title.children):
        return None  # "and leader of X": not a title right before a name
    second = first.head
    while second.dep_ in _NESTED and second.ent_type_ != "PERSON":
        second = second.head
    if second.ent_type_ != "PERSON" or second.pos_ != "PROPN" or second.i <= title.i:
        return None
    begin = _name_start(first)
    before = doc[begin - 1] if begin > 0 else None
    if before is None or before.ent_type_ == "PERSON":
        return None
    if before.pos_ not in {"NOUN", "PROPN"} and not (owner and before.tag_ == "POS"):
        return None  # "Peter and Helen producer Sarah Jones": no title (or owner) before the first
    if before.left_edge.i < second.left_edge.i:
        return None  # the title hangs outside the second name's phrase
    between = doc[title.i + 1 : second.i]
    if not all(title.i <= t.head.i <= second.i and not t.is_punct for t in between):
        return None  # "Unison boss Tom Ray": only the second title's and name's words
    return second
