"""A sentence whose verb the tagger read as a modifier of its object.

"Belarus jailed journalist A B", "Georgia extradited businessman A B": before a
titled name the small model may take the past form for an adjective of the title
("jailed journalist") and parse the whole sentence as one noun phrase, the object's
name its root, so the sentence has no verb. When the sentence has no finite verb
of its own, a name opens it, and the word right after the name is a lowercase past
form of a trigger verb (the verbs are data, passed in) followed by the noun phrase
the root heads, :func:`repair_verbless_sentence` makes that word the sentence's
verb, the name its subject and the root its object. A possessive ("Belarus's jailed
journalists"), a modifier after an article ("the jailed journalist"), a compound
("Iran-backed militias") or a headline with no name before the word is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from kg.language.auxiliaries import FINITE_OR_MODAL_TAGS
from kg.language.lexicon import NAME_LABELS

_SUBORDINATE = frozenset({"relcl", "acl", "advcl"})  # "..., who said": not the sentence's verb
_READ_AS = frozenset({"JJ", "VBN", "VBD", "NN"})
_OBJECT_STARTS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})


def repair_verbless_sentence(sent: Span, past_base: Callable[[str], str | None]) -> bool:
    """Make the past form after the opening name the verb of ``sent``; ``past_base``
    gives a word's trigger verb (or None). Whether it did."""
    root = sent.root
    verb = _past_after_name(sent, past_base) if root.pos_ in {"NOUN", "PROPN"} else None
    if verb is None or root.i <= verb.i or verb.i + 1 >= sent.end:
        return False
    if any(_finite(t) for t in sent if t.i != verb.i):
        return False
    if verb.nbor().pos_ not in _OBJECT_STARTS:
        return False
    base = past_base(verb.lower_)
    subject = verb.nbor(-1)
    names = sent.doc[sent.start : verb.i]
    after = [c for c in root.children if c.i > root.i]
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
    verb.lemma_ = base or verb.lemma_
    root.head, root.dep_ = verb, "dobj"
    for t in names:
        if t.i != subject.i and not (names.start <= t.head.i < names.end):
            t.head, t.dep_ = subject, "compound"
    subject.head, subject.dep_ = verb, "nsubj"
    for c in after:  # "for eight years", the full stop: the verb's
        c.head = verb
    return True


def _finite(tok: Token) -> bool:
    return tok.tag_ in FINITE_OR_MODAL_TAGS and tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in _SUBORDINATE


def _past_after_name(sent: Span, past_base: Callable[[str], str | None]) -> Token | None:
    """The lowercase past form of a trigger verb right after the name that opens
    ``sent`` (every word before it a part of one name), or None."""
    for tok in sent[1:]:
        if tok.is_lower and tok.tag_ in _READ_AS and tok.lower_.endswith("ed"):
            if past_base(tok.lower_) is None:
                return None
            before = sent.doc[sent.start : tok.i]
            one_name = before[0].ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in before[1:])
            if one_name and all(t.pos_ == "PROPN" and t.ent_type_ in NAME_LABELS for t in before):
                return tok if tok.ent_iob_ != "I" else None
            return None
        if tok.pos_ != "PROPN":
            return None
    return None
