"""Event nouns dated after the day of writing, whatever the clause around them tells.

"A deal is expected during X's visit to Y next week", "officials discussed X's
visit to Y, scheduled for March", "before next month's summit with X", "ahead of
tomorrow's talks between A and B": the visit, the summit and the talks have not
happened, though the clause's own verb is a fact ("discussed", "unveiled"). The date
is read on the noun: a time phrase it governs ("next week", "next month's",
"tomorrow's", "in the coming days", "later this month") or a participle of plan set
beside it with a date ("scheduled for March", ", due on Thursday"). A date behind
keeps the event a fact ("during X's visit last week", "on his visit on Monday"),
and so does a participle of plan with a date behind or a stretch of time ("the
talks, scheduled for last week, were held", "the summit, planned for months, opened").

A noun "for" which someone is readied is ahead too: "is set for talks with X",
"poised for a meeting with Y", "is expected in Lima on Monday for talks with Z",
"braced for war with X" (not "arrived in Lima for talks with Z": there, and held).

The words are data (``data/time-words.txt``), shared with the present of a day
ahead ("is meeting Y on Thursday", :func:`kg.extract.mood_frames.scheduled`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.lexicon import listed_words

TIME_WORDS = listed_words("time-words.txt", package="kg.extract")
_AHEAD = TIME_WORDS["ahead"] | TIME_WORDS["coming"]
_BEHIND = TIME_WORDS["behind"]
_SCHEDULED = TIME_WORDS["scheduled"]
_SET_FOR = TIME_WORDS["set-for"]
# How a time phrase hangs on its noun: "visit next week", "next month's summit",
# "talks in the coming days", "a visit on Thursday"
_TIME_DEPS = frozenset({"npadvmod", "poss", "nmod", "tmod"})
_TIME_PREPS = frozenset({"in", "on", "at", "for", "during", "by", "from", "within"})
# "later" is ahead only of the day of writing: "later this month", "later today" (not
# "later that year", told of the past)
_NOW = frozenset({"this", "today", "tonight"})


def dated_ahead(noun: Token) -> bool:
    """Whether the event ``noun`` names is dated, or readied, ahead (see the module)."""
    return _timed_ahead(noun) or _scheduled_beside(noun) or _readied_for(noun)


def _timed_ahead(noun: Token) -> bool:
    """A date still to come on the noun itself: "visit next week", "next month's
    summit", "talks in the coming days" (not "talks on next year's budget": a topic)."""
    return any(_ahead(phrase) for phrase in _time_phrases(noun))


def _time_phrases(token: Token) -> list[Token]:
    """The heads of the date phrases ``token`` governs, directly or after a preposition."""
    found = []
    for c in token.children:
        if c.dep_ in _TIME_DEPS:
            found.append(c)
        elif c.dep_ == "prep" and c.lower_ in _TIME_PREPS:
            found.extend(o for o in c.children if o.dep_ == "pobj")
    return [t for t in found if t.ent_type_ == "DATE"]


def _ahead(phrase: Token) -> bool:
    """A date phrase with a word that puts it ahead ("next week", "tomorrow's")."""
    doc = phrase.doc
    for t in phrase.subtree:
        if t.lower_ == "later":
            if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _NOW:
                return True
        elif t.lower_ in _AHEAD and t.ent_type_ == "DATE":
            return True
    return False


def _scheduled_beside(noun: Token) -> bool:
    """A participle of plan with a date, on the noun or set off after it: "X's visit,
    scheduled for March", "the talks, due on Thursday", "a visit expected next week"
    (not "the visit, expected to boost trade": what is hoped of it, nor "the talks,
    scheduled for last week" or "the summit, planned for months": told as held)."""
    doc = noun.doc
    beside = [c for c in noun.children if c.dep_ in {"acl", "amod", "appos"} and c.i > noun.i]
    after = noun.right_edge.i + 1
    if after < len(doc) and doc[after].is_punct and doc[after].lower_ == ",":
        after += 1  # "for the visit of X to Y, due on Thursday", hung on the verb
    if after < len(doc):
        beside.append(doc[after])
    return any(
        w.lower_ in _SCHEDULED
        and not any(c.dep_ in {"xcomp", "ccomp"} for c in w.children)
        and any(not _behind(p) and not _stretch(p) for p in _time_phrases(w))
        for w in beside
    )


def _behind(phrase: Token) -> bool:
    """A date phrase with a word that puts it behind ("last week", "earlier this month")."""
    return any(t.lower_ in _BEHIND for t in phrase.subtree)


def _stretch(phrase: Token) -> bool:
    """A stretch of time, not a date: "for months", "for two years" (not "for the
    coming weeks", still ahead)."""
    return phrase.tag_ == "NNS" and not any(t.lower_ in _AHEAD for t in phrase.subtree)


def _readied_for(noun: Token) -> bool:
    """ "is set for talks with X", "poised for a meeting", "expected in Lima for talks"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    ready = noun.head.head
    return ready.i != noun.head.i and ready.lower_ in _SET_FOR
