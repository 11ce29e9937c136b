"""A verb's object told after a date that stands between them.

"Chile condemned on Monday Peru's decision", "the bloc criticised on Friday
Ethiopia's deployment of troops", "X met on Tuesday Peru's foreign minister": the
small model reads the date as a modifier of the noun phrase after it and the whole
phrase as the object of "on" ("on [Monday Peru's decision]"), so the verb has no
object and the act no target. When a verb with a subject and no object of its own
carries a preposition whose object's phrase opens with a date ("on Monday", "on 3
May") and goes on past it with a noun phrase of its own, :func:`repair_dated_objects`
makes the date the preposition's object and the noun phrase the verb's object.
"Voted on Monday's budget" (the date owns the phrase) and "on Monday night" (the
phrase is all date) are left alone. When the verb has its object and the name before
it went to the date ("rejected on Friday African Union demands", "on [Friday African
Union]", the day at times inside the name's entity), :func:`repair_dated_objects` hangs
the name on the object as its owner and leaves the date to "on".
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from kg.language.dates import WEEKDAYS
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_DATE_TYPES = frozenset({"DATE", "TIME"})
# What a verb that already has an object or a clause carries.
_TAKEN = frozenset({"dobj", "dative", "attr", "oprd", "ccomp", "xcomp", "nsubjpass", "agent"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
_ON = ids({"on"})


def repair_dated_objects(doc: Doc) -> int:
    """Give each such verb its object back; how many were repaired."""
    repaired = 0
    for prep in map(doc.__getitem__, tokens_with(doc, LOWER, _ON)):  # (no Token per word)
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        verb = prep.head
        if verb.pos_ != "VERB" or verb.i > prep.i:
            continue
        kids = {c.dep_ for c in verb.children}
        if kids & _TAKEN and _dated_owner(prep):
            repaired += 1
            continue
        if kids & _TAKEN or not kids & _SUBJECTS:
            continue
        found = _dated_object(prep)
        if found is None:
            continue
        date, obj = found
        for t in doc[prep.i + 1 : date.i]:
            t.head = date  # "3 May": the date's other words hang on its last
        date.head, date.dep_ = prep, "pobj"
        obj.head, obj.dep_ = verb, "dobj"
        repaired += 1
    return repaired


def _dated_object(prep: Token) -> tuple[Token, Token] | None:
    """The date's last word and the object's head, when the phrase after ``prep`` is
    a date followed by a noun phrase of its own."""
    doc = prep.doc
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objs) != 1:
        return None
    obj = objs[0]
    end = prep.i + 1
    while end < len(doc) and doc[end].ent_type_ in _DATE_TYPES:
        end += 1
    if end == prep.i + 1 or end >= len(doc) or obj.i < end:
        return None  # no date first, or the object is the date itself
    nxt = doc[end]
    if nxt.tag_ == "POS" or nxt.is_punct or nxt.pos_ not in {"PROPN", "NOUN", "DET", "ADJ", "NUM"}:
        return None  # "on Monday's budget": the date owns the phrase
    phrase = {t.i for t in obj.subtree}
    if not all(i in phrase for i in range(prep.i + 1, end + 1)):
        return None  # the date and the phrase are not one object of "on"
    return doc[end - 1], obj


def _dated_owner(prep: Token) -> bool:
    """ "rejected on Friday African Union demands": the name the date ran into owns the
    verb's object right after it; hang it there (and split the day off its entity)."""
    doc, verb = prep.doc, prep.head
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    held = [c for c in verb.children if c.dep_ == "dobj" and c.i > prep.i]
    if len(objs) != 1 or not held or objs[0].pos_ != "PROPN":
        return False
    name, obj = objs[0], held[0]
    end = prep.i + 1
    while end < name.i and _day(doc[end]):
        end += 1
    if end == prep.i + 1 or obj.left_edge.i != name.i + 1 or obj.pos_ not in {"NOUN", "VERB"}:
        return False  # no date first, or the name is not right before the object
    if any(not prep.i < t.head.i <= name.i for t in doc[prep.i + 1 : name.i]):
        return False  # the day and the name are not one phrase
    _split_day(doc, end)
    for t in doc[prep.i + 1 : end - 1]:
        t.head = doc[end - 1]
    date = doc[end - 1]
    date.head, date.dep_ = prep, "pobj"
    name.head, name.dep_ = obj, "compound"
    if obj.pos_ == "VERB":  # "demands" tagged a verb
        obj.pos_, obj.tag_ = "NOUN", "NNS"
    return True


def _day(t: Token) -> bool:
    return t.ent_type_ in _DATE_TYPES or t.lower_ in WEEKDAYS


def _split_day(doc: Doc, end: int) -> None:
    """The name's entity starts at ``end`` ("[Friday European Union]" -> "Friday",
    "European Union")."""
    ents = list(doc.ents)
    for n, e in enumerate(ents):
        if e.start < end < e.end and e.label_ not in _DATE_TYPES:
            ents[n : n + 1] = [Span(doc, e.start, end, "DATE"), Span(doc, end, e.end, e.label_)]
            doc.ents = ents
            return
