"""A subject set off from its verb by a participle phrase in commas.

"Brazil's foreign minister, asked about the sanctions, said Brazil would stay
neutral": the small model makes "asked" the minister's verb (the minister asked)
and leaves "said" without a subject, so no one says anything. A participle
phrase that opens right after its subject's comma and closes with a comma
before a verb with no subject of its own describes that subject:
:func:`repair_inserted_participles` hangs it on the subject and the subject on
the verb ("X, speaking in Geneva, said", "X, pressed by reporters, told ...").
"""

from __future__ import annotations

from spacy.attrs import TAG
from spacy.tokens import Doc, Token

from kg.language.coref_state import SUBJECT_DEPS
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

# (the model tags "asked" in "X, asked about Y, said" a past tense: VBD)
_PARTICIPLES = frozenset({"VBN", "VBG", "VBD"})
_PARTICIPLE_IDS = ids(_PARTICIPLES)
# how the parser joins the two verbs when it reads the participle as the subject's
# verb ("asked" the object of "said", or "said" of "asked"); coordinated verbs
# ("led to Y, devastated Z") share their subject
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "parataxis", "xcomp"})


def repair_inserted_participles(doc: Doc) -> int:
    """Give each such verb its subject back; how many were repaired."""
    repaired = 0
    for i in tokens_with(doc, TAG, _PARTICIPLE_IDS):  # (the repair changes no tag)
        part = doc[i]
        subject = _subject_before(part)
        if subject is None:
            continue
        verb = _verb_after(part)
        if verb is None:
            continue
        if not (
            (verb.head.i == part.i and verb.dep_ in _CLAUSE_DEPS)
            or (part.head.i == verb.i and part.dep_ in _CLAUSE_DEPS)
        ):
            continue  # not one another's clause ("X, which ..., led to Y, devastated Z")
        if part.dep_ == "ROOT":  # "X, asked whether ..., said": "said" was the object
            verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubj"
        part.head, part.dep_ = subject, "acl"
        repaired += 1
    return repaired


def _subject_before(part: Token) -> Token | None:
    """The subject the parser gave a participle that follows it after a comma: "X,
    asked about ..." (the head of the phrase that ends right before the comma)."""
    if part.tag_ not in _PARTICIPLES or part.i < 2 or part.doc[part.i - 1].text != ",":
        return None
    subjects = [c for c in part.children if c.dep_ in SUBJECT_DEPS and c.i < part.i]
    if len(subjects) != 1 or subjects[0].right_edge.i not in {part.i - 2, part.i - 1}:
        return None
    return subjects[0]


def _verb_after(part: Token) -> Token | None:
    """The verb right after a comma that closes the participle's phrase, when it
    has no subject of its own (the parser may have hung it on the participle:
    "X, asked whether ..., said" read as "X asked whether ... said")."""
    doc = part.doc
    inside = {t.i for t in part.subtree}
    for j in range(part.i + 1, part.sent.end - 1):
        verb = doc[j + 1]
        if doc[j].text == "," and verb.pos_ == "VERB" and verb.tag_ in {"VBD", "VBZ", "VBP"}:
            return None if any(c.dep_ in SUBJECT_DEPS for c in verb.children) else verb
        if j not in inside:
            return None
    return None
