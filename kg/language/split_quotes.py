"""The subject of a quote split around its speech verb.

'"Bolivia," X said, "has cheated on every deal."': the parser hangs the quote's
opening name on "said" (as its object, or as a second subject) and leaves "has
cheated" with no subject. The opening words, inside the quotation marks before the
speaker and closed by a comma and a mark, are the subject of the verb the second part
of the quote begins with, and no speaker. Not the object of a speech verb outside a
quote ("X told Y, 'we will ...'"), nor words after the speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.auxiliaries import FINITE_OR_MODAL_TAGS
from kg.language.event_words import SPEECH_VERBS
from kg.language.quotes import QUOTE_MARKS, in_quote

_OPENING_DEPS = frozenset({"dobj", "nsubj", "npadvmod", "dep"})


def quote_opening(speech: Token) -> Token | None:
    """The opening words of a quote split around ``speech``: '"Bolivia," X said, ...'."""
    if speech.lemma_ not in SPEECH_VERBS:
        return None
    children = list(speech.children)
    speakers = [c for c in children if c.dep_ == "nsubj" and not in_quote(c)]
    if not speakers:
        return None
    for opening in children:
        if opening.dep_ not in _OPENING_DEPS or opening.i >= speakers[0].i:
            continue
        end = max((t.i for t in opening.subtree if not t.is_punct), default=opening.i)
        gap = [t.text for t in opening.doc[end + 1 : speakers[0].left_edge.i]]
        if in_quote(opening) and len(gap) == 2 and gap[0] == "," and gap[1] in QUOTE_MARKS:
            return opening
    return None


def split_quote_subject(verb: Token) -> Token | None:
    """The opening words of a split quote when ``verb`` heads its second part and has no
    subject of its own; None otherwise."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    if not (verb.tag_ in FINITE_OR_MODAL_TAGS or any(c.dep_ in {"aux", "auxpass"} for c in verb.children)):
        return None  # "..., X said, 'hoping to ...'": no clause of its own
    if not in_quote(verb):
        return None
    speech = next((c for c in verb.children if c.dep_ == "parataxis" and c.i < verb.i), None)
    if speech is None and verb.dep_ in {"ccomp", "parataxis"} and verb.head.i < verb.i:
        speech = verb.head  # '"Paraguay," X told reporters, "is lying."'
    return None if speech is None else quote_opening(speech)
