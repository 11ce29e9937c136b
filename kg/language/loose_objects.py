"""A person's name right after a verb, which the parser does not read as its object.

"X met Chinese Premier A B for an hour": the small model may take the surname for a
participle (``advcl``) and the given name for punctuation; "X met Prime Minister A B
the next day": it may hang the name on the verb as an adverbial noun. Either way the
verb has no object, so the meeting (or the attack, or the call) has no second party.
When a verb with a subject, in the active voice and with no object or clause of its
own, is followed at once by a person's name (after at most an article, adjectives and
the words of a title), :func:`repair_loose_objects` makes the name's last word the
verb's object, the name's other words its compounds, and hangs on the verb what the
parser had hung on the name beyond it ("for an hour", "the next day").
Verbs of saying are left alone: a name after one is its speaker ("..., said A B").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.language.event_words import SPEECH_VERBS

# How the parser hangs the stray name (or its last word) on the verb.
_LOOSE = frozenset({"npadvmod", "advcl", "punct", "dep", "nmod", "xcomp", "ccomp"})
# What a verb that already has an object, a clause or a passive subject carries.
_TAKEN = frozenset({"dobj", "dative", "attr", "oprd", "nsubjpass", "auxpass", "csubjpass", "agent"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
# Words that may stand between the verb and the name: an article, adjectives
# ("Chinese", "visiting"), the words of a title ("Prime Minister", "Premier").
_GAP_TAGS = frozenset({"DT", "JJ", "NNP", "NN", "VBG"})
_MAX_GAP = 5


def repair_loose_objects(doc: Doc) -> int:
    """Make each such name its verb's object; how many were repaired."""
    repaired = 0
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        verb = _verb_before(ent)
        if verb is not None:
            _hang(ent, verb)
            repaired += 1
    return repaired


def _verb_before(ent: Span) -> Token | None:
    """The verb the name stands right after and should be the object of, if any."""
    doc = ent.doc
    start = ent.start
    gap: list[Token] = []
    i = start - 1
    while i >= 0 and doc[i].pos_ not in {"VERB", "AUX"}:
        tok = doc[i]
        if tok.tag_ not in _GAP_TAGS or tok.ent_type_ in {"DATE", "TIME"} or len(gap) >= _MAX_GAP:
            return None
        gap.append(tok)
        i -= 1
    if i < 0:
        return None
    verb = doc[i]
    if verb.pos_ != "VERB" or verb.lemma_ in SPEECH_VERBS or verb.tag_ == "VBN":
        return None
    inside = set(range(ent.start, ent.end))
    kids = {c.dep_ for c in verb.children if c.i not in inside}
    if kids & _TAKEN or not kids & _SUBJECTS:
        return None  # (the name's first word may be taken for the whole object)
    last = ent[-1]
    if last.head.i != verb.i or last.dep_ not in _LOOSE:
        return None
    if any(t.head.i not in inside | {verb.i} for t in ent):
        return None  # a word of the name hangs elsewhere: not a stray object
    around = inside | {t.i for t in gap} | {verb.i}
    if any(t.head.i not in around for t in gap):
        return None  # "met the head of X": a word between belongs to something else
    return verb


def _hang(ent: Span, verb: Token) -> None:
    """Hang the name on the verb as its object, and its trailing phrases on the verb."""
    doc = ent.doc
    last = ent[-1]
    inside = set(range(ent.start, ent.end))
    trailing = [c for t in ent for c in t.children if c.i >= ent.end]
    last.head, last.dep_ = verb, "dobj"
    for t in ent:
        t.pos_, t.tag_ = "PROPN", "NNP"
        t.lemma_ = t.text
        if t.i != last.i:
            t.head, t.dep_ = last, "compound"
    for t in doc[verb.i + 1 : ent.start]:
        if t.head.i in inside or t.head.i == verb.i:
            t.head = last
            if t.dep_ not in {"det", "amod", "compound"}:
                t.dep_ = "compound"
    for c in trailing:
        c.head = verb  # "for an hour", "the next day": when the verb happened
