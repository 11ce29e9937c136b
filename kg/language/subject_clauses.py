"""A sentence's verb read as a clause on its subject.

"The British envoy called on the minister at his home", "The Kenyan envoy, A B, paid
a visit to ...": the small model may read the past verb after the subject as a clause
on the subject ("the envoy [who was] called on ...") and make the subject the root of
a sentence with no verb. When a sentence's root is a noun with no finite verb of its
own and the clause on it opens with a past-tense verb (tagged as such, not as a
participle) that has no subject, :func:`repair_subject_clauses` makes that verb the
root, the noun its subject, and hangs what the noun had after the verb on the verb; a
name set off by commas right after the verb's prepositional object is that object's
apposition ("called on the Soviet delegate, A B, at his villa"). A participle ("the
envoy called to testify") or a headline with a verb of its own is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.language.auxiliaries import FINITE_OR_MODAL_TAGS


def repair_subject_clauses(doc: Doc) -> int:
    """Mend each such sentence; how many were mended."""
    mended = 0
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in {"NOUN", "PROPN"}:
            continue
        verbs = [c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i > root.i]
        if len(verbs) != 1 or _has_subject(verbs[0]) or _other_finite(sent, verbs[0]):
            continue
        _mend(root, verbs[0])
        mended += 1
    return mended


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _other_finite(sent: Span, verb: Token) -> bool:
    inside = {t.i for t in verb.subtree}
    return any(t.tag_ in FINITE_OR_MODAL_TAGS and t.i not in inside for t in sent)


def _mend(noun: Token, verb: Token) -> None:
    later = [c for c in noun.children if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    objects = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for c in later:
        c.head = verb
        owner = next((o for o in objects if _set_off_after(o, c)), None)
        if c.dep_ == "appos" and owner is not None:
            c.head = owner  # "called on the Soviet delegate, A B, at his villa"


def _set_off_after(obj: Token, appos: Token) -> bool:
    """ "the Soviet delegate, A B": ``appos`` starts right after a comma after ``obj``."""
    start = appos.left_edge.i
    return start == obj.right_edge.i + 2 and obj.doc[start - 1].text == ","
