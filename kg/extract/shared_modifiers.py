"""Modifiers that two words share before an event noun, read as a list of nouns.

"Chile launched an air and ground offensive against Peru", "carried out air and
artillery attacks against X": the small model reads the first modifier as the
verb's object and the event noun as one more item of a list ("air and ground and
offensive"), with "against Peru" hung on "air", so the offensive has no verb and
no target. "a new bombing and shelling offensive against X" goes further: the
second modifier becomes a verb of its own ("shelling offensive") coordinated with
"launched". :func:`repair_shared_modifiers` makes the event noun the object again,
its modifiers compounds of it (the second still coordinated with the first), and
what hung on them (the article, "new", "against Peru") hangs on the noun.

Only for an event noun of the trigger table with no determiner of its own, after a
singular common noun that names no event itself (in the list reading; an "-ing"
word read as a verb marks the modifiers whatever the first one names): "an invasion and occupation of
X" are two events, "the president and prime minister" two people, and "sanctions
and a ban on X" a list.
"""

from __future__ import annotations

from spacy.attrs import TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.extract import triggers
from kg.language.token_table import repair_each

_NN = frozenset({get_string_id("NN")})
_OWN = frozenset({"det", "poss", "nummod"})  # what a list item has of its own
_BEFORE = frozenset({"det", "amod", "poss", "nummod", "predet"})  # the shared words before


def repair_shared_modifiers(doc: Doc) -> int:
    """Make each event noun read as a list item after shared modifiers the object
    again; how many were repaired."""
    # (only a singular noun opens a list: the tags are read at once)
    return repair_each(doc, TAG, _NN, _repair)


def _repair(first: Token) -> bool:
    if first.tag_ != "NN" or first.ent_type_:
        return False
    noun = _gerund_object(first) or (None if _event(first) else _listed_event(first))
    if noun is None:
        return False
    _rehang(first, noun)
    return True


def _event(t: Token) -> bool:
    return triggers.trigger(t.lemma_.lower(), "noun") is not None


def _listed_event(first: Token) -> Token | None:
    """ "an air and ground offensive": the last item of the list ``first`` opens, if an
    event noun with no determiner, and every word between is one of the shared
    modifiers, a conjunction, or a modifier of that noun."""
    # (the noun may be tagged an adjective: "an air and ground offensive")
    items = [c for c in first.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "ADJ"}]
    if not items or not any(c.dep_ == "cc" for c in first.children):
        return None
    noun = items[-1]
    if noun.i < first.i or not _event(noun) or any(c.dep_ in _OWN for c in noun.children):
        return None
    for t in doc_between(first, noun):
        if not (t.head.i in {first.i, noun.i} and t.dep_ in {"cc", "conj", "compound", "amod",
                                                            "punct"}):  # fmt: skip
            return None
        if t.dep_ == "conj" and _event(t):
            return None
    return noun


def _gerund_object(first: Token) -> Token | None:
    """ "a bombing and shelling offensive": an "-ing" word right after ``first`` and
    "and", read as a verb coordinated with the one ``first`` depends on, whose object
    is an event noun right after it."""
    doc = first.doc
    if first.i + 3 >= len(doc) or first.dep_ not in {"dobj", "pobj", "nsubj", "nsubjpass"}:
        return None
    cc, gerund, noun = doc[first.i + 1], doc[first.i + 2], doc[first.i + 3]
    if cc.dep_ != "cc" or gerund.tag_ != "VBG" or gerund.dep_ != "conj":
        return None
    if gerund.head.i not in {first.i, first.head.i} or noun.head.i != gerund.i:
        return None
    if noun.dep_ != "dobj" or not _event(noun) or any(c.dep_ in _OWN for c in noun.children):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "neg"} for c in gerund.children):
        return None
    return noun


def doc_between(a: Token, b: Token) -> list[Token]:
    return [a.doc[i] for i in range(a.i + 1, b.i)]


def _rehang(first: Token, noun: Token) -> None:
    """``noun`` takes the place of ``first``; ``first`` and the words between become
    its modifiers; the words before ``first`` and after it (its phrases) hang on it."""
    head, dep = (noun, "ROOT") if first.head.i == first.i else (first.head, first.dep_)
    outside = [c for w in [first, *doc_between(first, noun)] for c in w.children
               if (c.i < first.i and c.dep_ in _BEFORE) or c.i > noun.i]  # fmt: skip
    between = doc_between(first, noun)
    noun.head, noun.dep_ = head, dep
    if noun.pos_ == "ADJ":
        noun.pos_, noun.tag_ = "NOUN", "NN"
    first.head, first.dep_ = noun, "compound"
    for t in between:
        if t.head.i not in {first.i, noun.i}:  # "and shelling", hung on the verb
            t.head = first
        if t.tag_ == "VBG" and t.dep_ == "conj":
            t.pos_ = "NOUN"  # a modifier, no verb of its own
    for c in outside:
        c.head = noun
