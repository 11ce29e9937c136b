"""A body's name the parser reads as a modifier of the verb it is the subject of.

"FIFA suspended the league", "Interpol on Monday arrested two men": the small model
may hang a short capitalised name that opens a sentence on the verb as an adverbial
noun (``npadvmod``, ``advmod``) and leave the verb with no subject. When the main verb
has no subject and the name is all that stands before it (with a time or a place
phrase between, "X on Monday ..."), :func:`repair_stray_subjects` makes the name the
verb's subject. After a description it names the described one: "the world body
FIFA suspended X" hangs FIFA on "body" as its apposition.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.auxiliaries import FINITE_TAGS
from kg.language.lexicon import NAME_LABELS

_LOOSE = frozenset({"npadvmod", "advmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def repair_stray_subjects(doc: Doc) -> int:
    """Make such a name its verb's subject (or its subject's apposition); how many."""
    repaired = 0
    for sent in doc.sents:
        verb = sent.root
        if verb.pos_ != "VERB" or verb.tag_ not in FINITE_TAGS:
            continue
        names = [c for c in verb.lefts if _stray_name(c)]
        if len(names) != 1:
            continue
        name = names[0]
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if not subjects and name.left_edge.i == sent.start:
            name.dep_ = "nsubj"
            repaired += 1
        elif (
            len(subjects) == 1
            and (subject := subjects[0]).pos_ == "NOUN"
            and subject.i + 1 == name.left_edge.i
            and subject.left_edge.i == sent.start
        ):
            name.head, name.dep_ = subject, "appos"  # "the world body FIFA"
            repaired += 1
    return repaired


def _stray_name(tok: Token) -> bool:
    """A name hung on the verb as a modifier: a proper noun tagged as a name, none of
    its words a time ("Monday" may be an adverbial noun too)."""
    return (
        tok.dep_ in _LOOSE
        and tok.pos_ == "PROPN"
        and tok.ent_type_ in NAME_LABELS
        and all(t.ent_type_ in NAME_LABELS or t.pos_ == "DET" for t in tok.subtree if t.i <= tok.i)
    )
