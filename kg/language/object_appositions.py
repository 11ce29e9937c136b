"""A name set off after a post the verb acts on, which the parser hangs on the verb.

"X met the president of FIFA, A, in Zurich", "X held talks with his Ivorian
counterpart, A," and "X criticised the foreign minister of China, A,": the small
model reads A as a modifier of the verb (``npadvmod``), or beside the thing the
verb acts on ("received a call from the President of France, A"), so the meeting
or the criticism goes to FIFA, Ivory Coast, China or France and A is no one's. A person's name
right after the comma that closes a singular post (the verb's object, or the
object of one of its prepositions or of its object's) names that post's holder:
:func:`repair_object_appositions` hangs it on the post as an apposition.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from kg.language.lexicon import TITLE_WORDS
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_LOOSE = ids(["npadvmod", "appos"])
_OBJECTS = {"dobj", "pobj"}
# a contact the post's holder makes: "a call from", "talks with", "a visit by"
_CONTACT_PREPS = {"from", "with", "by", "between"}


def repair_object_appositions(doc: Doc) -> int:
    """Hang each such name on the post before it; how many were repaired."""
    repaired = 0
    for name in map(doc.__getitem__, tokens_with(doc, DEP, _LOOSE)):
        if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or not _loose(name):
            continue
        post = _post_before(name)
        if post is not None:
            name.head = post
            name.dep_ = "appos"
            repaired += 1
    return repaired


def _post_before(name: Token) -> Token | None:
    """The singular post whose phrase ends right before the comma opening ``name``,
    under ``name``'s verb (or thing) and with no apposition of its own; the name
    closed by a comma or the sentence's end."""
    doc, verb = name.doc, name.head
    comma = name.left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or verb.i > comma:
        return None
    after = name.i + 1
    if after < len(doc) and doc[after].text not in {",", "."} and not doc[name.i].is_sent_end:
        return None
    t = doc[comma - 1]
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ in _OBJECTS and t.right_edge.i == comma - 1 and singular_post(t):
            if any(c.dep_ == "appos" for c in t.children):
                return None
            return t if _under(t, verb) else None
        t = t.head
    return None


def _loose(name: Token) -> bool:
    """``name`` modifies a verb, or is set beside a thing that is no post or person
    ("received a call from the President of X, A": A beside "call")."""
    head = name.head
    if name.dep_ == "npadvmod":
        return head.pos_ == "VERB"
    return head.pos_ == "NOUN" and not singular_post(head) and head.i < name.i


def _under(t: Token, top: Token) -> bool:
    """``t`` hangs on ``top`` through objects and prepositions only (on a thing,
    through a preposition of contact: "a call from", not "the wife of")."""
    while t.i != top.i:
        if t.dep_ not in {"dobj", "pobj", "prep"}:
            return False
        if t.head.i == top.i and top.pos_ == "NOUN":
            return t.lower_ in _CONTACT_PREPS
        t = t.head
    return True


def singular_post(t: Token) -> bool:
    """A post one person holds: "head", "governor", or capitalised "President"."""
    return (
        t.tag_ in {"NN", "NNP"}
        and t.lemma_.lower() in TITLE_WORDS
        and (t.tag_ == "NN" or not t.ent_type_)
    )
