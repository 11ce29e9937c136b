"""The subject of a clause the parser read as the object of its opening word.

"X walked out after Peru's envoy, Ana Ruiz, accused it of lying": "after" opens a
clause whose subject is "Peru's envoy", but the parser may read "after" as a
preposition, its noun phrase as that preposition's object, and the clause's finite
verb as a subjectless adverbial clause of the main verb, or as a second verb of the main
clause with no "and" before it (or the opening word as the clause's marker with the
noun phrase its object). That verb's subject is the
noun phrase, not the main clause's subject (the delegation did not accuse anyone).

Only a finite verb in the past or present ("accused", "says"), only after a word that
can open a clause of time or reason, and only when the noun phrase runs up to the
verb (a comma or an apposition between them is allowed), and only a name or a noun
with a name in it ("Peru", "Peru's envoy"): "after talks with Peru, Chile accused X"
has its own subject, and "recalled its envoy after the talks, accused X and left"
keeps the main clause's.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.auxiliaries import FINITE_TAGS

_OPENERS = frozenset({"after", "before", "since", "until", "till", "as", "once", "because"})


def swallowed_subject(verb: Token) -> Token | None:
    """The noun phrase read as the object of the word that opens ``verb``'s clause."""
    if verb.dep_ not in {"advcl", "conj"} or verb.tag_ not in FINITE_TAGS:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "conj" and any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None  # "Chile recalled its envoy and accused X": one subject for both
    for opener in verb.sent:
        if opener.i >= verb.i or opener.dep_ not in {"prep", "mark"}:
            continue
        if opener.lower_ not in _OPENERS or opener.i < head.i:
            continue
        for obj in opener.children:
            gap = obj.doc[obj.right_edge.i + 1 : verb.i]
            if obj.dep_ != "pobj" or obj.i > verb.i or not all(t.is_punct for t in gap):
                continue
            if (gap and verb.dep_ == "conj") or not _named(obj):
                continue  # "recalled its envoy after the talks, accused X and left"
            return obj
    return None


def _named(obj: Token) -> bool:
    """A name, or a noun with a name in it: "Peru", "Peru's envoy, Ana Ruiz"."""
    return obj.pos_ == "PROPN" or any(c.dep_ in {"poss", "appos"} for c in obj.children)
