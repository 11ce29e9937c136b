"""Words over an event that say it has not happened (yet): a warning against it,
signs or odds of it, making way for it, its failing to happen, its being expected.

"Warned China against arming X": China would arm X, nothing was armed. "Signs of a
thaw between A and B", "no sign of a truce", "hints of a deal", "the odds of a deal":
what may point to an event to come, not the event ("the first sign that A and B have
made peace" says they have: a clause, not an "of" phrase; "at odds with X" is no
chance of anything). "Cleared the way for talks": making way is not the event. "The
talks failed to take place", "a deal failed to materialise": the event never was ("the
talks failed", "the talks failed to produce a deal": they took place). "A war seems
unlikely", "a deal between A and B was expected on Monday": foreseen, not done (but
"the suspension of talks was expected": a known act, no surprise).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language import event_words as ew
from kg.language.event_words import FORESEEN, REDUCING_VERBS, RELATION_NOUNS, WARNING_VERBS
from kg.language.reduction_words import REDUCED_BY, REDUCED_ON, REDUCING_NOUNS

_SIGNS = frozenset({"sign", "signs", "hint", "hints", "indication", "indications", "odds"})


def signs_of(head: Token, via: str, below: Token) -> bool | None:
    """For a noun of signs or odds over the event (through ``via`` and ``below``,
    the link under it), whether it only points to it ("signs of a thaw": True; "a
    sign that they met", "at odds with X, who met Y": False); None for other words."""
    if head.lower_ not in _SIGNS:
        return None
    return via == "prep" and below.lower_ in {"of", "on", "for"}


def warned_against(head: Token, via: str) -> bool:
    """``head`` is the "against" of a warning whose object is the event: "warned
    China against arming X", "cautioned against an invasion of X" (not done)."""
    return (
        via in {"pcomp", "pobj"}
        and head.lower_ == "against"
        and head.head.lemma_ in WARNING_VERBS
        and head.head.pos_ == "VERB"
    )


# What an event does when it comes about: "failed to take place / happen / materialise /
# go ahead / get off the ground".
_COMING_ABOUT = frozenset(
    """take happen occur materialise materialize proceed go come start begin convene open
    get""".split()
)


# A business deal that collapses or falls through was never done ("the sale collapsed",
# "X's deal with Y fell through"); a truce or a treaty that collapses had been made.
_BUSINESS_DEALS = frozenset({"deal", "deals", "merger", "takeover", "sale", "contract", "order",
                             "purchase", "tie-up", "acquisition"})  # fmt: skip
_COLLAPSING = frozenset({"collapse", "founder", "unravel", "fizzle"})


def came_to_nothing(verb: Token) -> bool:
    """``verb`` is "fail" with a noun subject (the event) and a complement of coming
    about: "the talks failed to take place", "a deal failed to materialise"; or a
    business deal's collapse: "the deal collapsed", "the sale fell through"."""
    nouns = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"]
    if nouns and (verb.lemma_ in _COLLAPSING or _fell_through(verb)):
        return any(n.lower_ in _BUSINESS_DEALS for n in nouns) or _fell_through(verb)
    return (
        verb.lemma_ == "fail"
        and any(c.dep_ == "xcomp" and c.lemma_ in _COMING_ABOUT for c in verb.children)
        and bool(nouns)
    )


def _fell_through(verb: Token) -> bool:
    """ "fell through", "fell apart": what was to be done never was."""
    return verb.lemma_ == "fall" and any(
        c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"through", "apart"}
        for c in verb.children
    )


# Verbs that leave a way open with "open": "left the door open", "kept the door open".
_LEAVING_OPEN = frozenset({"leave", "keep", "hold"})
_MADE = frozenset({"dobj", "nsubjpass"})  # "paved the way", "the way was paved"


def makes_way(v: Token) -> bool:
    """ "the way" of "cleared the way", "the door" of "opened the door" or "left the
    door open", or the verb "paved" of "paved the way": making way for an event, or
    leaving the way to it open, is not the event."""
    if v.pos_ == "NOUN":
        return v.lemma_ in ew.WAYS and v.dep_ in _MADE and _opens(v.head, v)
    return any(c.dep_ in _MADE and c.lemma_ in ew.WAYS and _opens(v, c) for c in v.children)


def _opens(verb: Token, way: Token) -> bool:
    """``verb`` makes ``way`` ("paved", "opened") or leaves it open ("left the door
    open": the word "open" may hang on either)."""
    if verb.lemma_ in ew.MAKING_WAY_VERBS:
        return True
    return verb.lemma_ in _LEAVING_OPEN and any(
        w.lower_ == "open" and w.dep_ in {"amod", "oprd", "acomp", "advmod"}
        for w in (*way.children, *verb.children)
    )


_SEEMING = frozenset({"be", "seem", "look", "appear", "remain"})
_AWAITING = frozenset({"expect", "anticipate", "predict", "forecast", "foresee", "envisage"})
_SOME = frozenset({"a", "an", "any", "some", "another"})


def foreseen(noun: Token) -> bool:
    """An event noun said to be coming or not: "a war between A and B seems
    unlikely", "talks with X are imminent", "a deal with X was expected" (none has
    happened)."""
    verb = noun.head
    if noun.dep_ == "nsubjpass":  # (not "was widely expected and was signed", nor "the
        # suspension of talks was expected": a known act, no surprise)
        return (
            verb.lemma_ in _AWAITING
            and not any(c.dep_ == "conj" for c in verb.children)
            and not any(c.dep_ in {"det", "poss"} and c.lower_ not in _SOME for c in noun.children)
        )
    return (
        noun.dep_ == "nsubj"
        and verb.lemma_ in _SEEMING
        and any(c.dep_ in {"acomp", "oprd"} and c.lower_ in FORESEEN for c in verb.children)
    )


def stopped_giving(noun: Token) -> bool:
    """ "the suspended aid to X", "X's frozen loans to Y", "X cut deliveries to Y" read
    as one noun phrase, "the halt in arms sales to X", "a freeze on funds for X" (by
    the nouns that take "on" as kg.extract.reductions reads them): aid or goods a
    participle or a noun of cutting describes were stopped, not given."""
    if RELATION_NOUNS.get(noun.lower_) not in {"162", "163"}:
        return False
    prep = noun.head if noun.dep_ == "pobj" else None
    return any(
        c.dep_ == "amod"
        and ((c.tag_ == "VBN" and c.lemma_ in REDUCING_VERBS) or c.lower_ == "frozen")  # (a JJ)
        for c in noun.children
    ) or (prep is not None and prep.head.lower_ in REDUCING_NOUNS and (
        prep.lower_ in REDUCED_BY or (prep.lower_ == "on" and prep.head.lower_ in REDUCED_ON)))  # fmt: skip
