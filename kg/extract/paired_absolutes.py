"""A second with-absolute the parser ran into the first one's object: in "with A backing
B and C opposing her" it reads C as one more whom A backs and "opposing" as a clause of
the main verb with no subject. C is the subject of "opposing", and no one A backs.

Only after a with-absolute whose participle has a subject of its own ("with A backing
B"), only for a name or noun joined by "and" to that participle's object or to the
object of its own preposition ("accusing B of spying and C ..."; not to a word deeper
in: "with A backing a deal between B and C ending the war") and followed at once by a
participle with no subject: "with A backing B and C" alone, or "A backed B and C,
accusing X" (no "with"), keep C as one more object.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.lexicon import SUBJECT_DEPS

# How the parser hangs the second participle: on the noun, the first participle or the
# main verb.
_LOOSE = frozenset({"acl", "advcl", "conj", "xcomp"})


def second_doer(participle: Token) -> Token | None:
    """The conjunct that does what ``participle`` tells, when it opens a second
    with-absolute ("and C opposing her": C), else None."""
    if participle.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in participle.children):
        return None
    if participle.dep_ == "acl":
        noun = participle.head
    elif participle.dep_ in _LOOSE and participle.i > 0:
        noun = participle.doc[participle.i - 1]
    else:
        return None
    return noun if opens_absolute(noun, participle) else None


def opens_absolute(noun: Token, participle: Token | None = None) -> bool:
    """Whether ``noun``, joined by "and" to a word of a with-absolute, is the subject of
    the participle right after it (``participle``, or the token after the noun)."""
    return _first_absolute(noun, participle) is not None


def absolute_with(participle: Token) -> Token | None:
    """The "with" that opens the first with-absolute when ``participle`` opens a second
    one: its mood is the first one's ("will close, with A backing B and C opposing her")
    and it is no part of what the first participle tells ("with A accusing B of spying
    and C criticising A": C's criticism is no charge of A's)."""
    noun = second_doer(participle)
    host = None if noun is None else _first_absolute(noun, participle)
    return None if host is None else host.head


def _first_absolute(noun: Token, participle: Token | None) -> Token | None:
    """The participle of the with-absolute ``noun`` is joined into, when ``noun`` is the
    subject of the participle right after it."""
    doc = noun.doc
    start = noun.left_edge.i
    if noun.dep_ != "conj" or noun.pos_ not in {"PROPN", "NOUN"} or noun.i + 1 >= len(doc):
        return None
    if start == 0 or doc[start - 1].lower_ != "and":
        return None
    after = participle if participle is not None else doc[noun.i + 1]
    if after.i != noun.i + 1 or after.tag_ != "VBG" or after.dep_ not in _LOOSE:
        return None
    first = noun.head
    while first.dep_ == "conj" and first.i != first.head.i:
        first = first.head  # "B, D and C": the list's first word
    host = first.head
    if first.dep_ in {"pobj", "pcomp"} and host.dep_ == "prep":
        host = host.head  # "accusing B of spying and C ...": the participle's own phrase
    elif first.dep_ != "dobj":
        return None
    return host if _with_absolute(host) else None


def _with_absolute(verb: Token) -> bool:
    """ "with A backing B": a participle with a subject, the object of "with"."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ == "with"
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )
