"""A name set off by commas after a title, read as a second subject of the verb.

"Iraq, whose delegate, Mr. Haddo, called the vote a betrayal": the small model
makes both "delegate" and "Haddo" subjects of "called", so the name has no
apposition and the post no holder (the honorific before the name makes this
likelier). :func:`repair_second_subjects` hangs such a name on the title as its
apposition: the title is a subject of the same verb before it, only a comma
stands between them, and a comma follows the name. Two subjects with no title
among them are left alone ("Ann Vale, Ivo Marsh, and Tom Reyes said").
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.language.lexicon import SUBJECT_DEPS, TITLE_WORDS
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_TITLE_IDS = ids(TITLE_WORDS)


def repair_second_subjects(doc: Doc) -> int:
    """Hang each such name on the title before it; how many were repaired."""
    repaired = 0
    for title in map(doc.__getitem__, tokens_with(doc, LOWER, _TITLE_IDS)):  # (no Token per word)
        if title.lower_ not in TITLE_WORDS or title.pos_ != "NOUN":
            continue
        name = _name_after(title)
        if name is None:
            continue
        whose = any(c.lower_ == "whose" for c in title.children)
        if whose or (title.dep_ == name.dep_ and title.head == name.head):
            name.head, name.dep_ = title, "appos"
            repaired += 1
    return repaired


def _name_after(title: Token) -> Token | None:
    """The person's name after ``title`` and a comma, a subject of a verb, closed
    by a comma, if there is one."""
    doc = title.doc
    k = title.i + 2
    if k >= len(doc) or doc[title.i + 1].text != ",":
        return None
    name = doc[k]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head  # "Mr. Haddo": the name's last word
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.dep_ not in SUBJECT_DEPS:
        return None
    if name.left_edge.i != k:
        return None
    end = name.right_edge.i  # (the closing comma may hang on the name)
    if doc[end].text == "," or (end + 1 < len(doc) and doc[end + 1].text == ","):
        return name
    return None
