"""A tie between firms, or any act a noun names, told as still ahead by its clause.

"The merger between Velcor and Brantex will go ahead next year", "Velcor's merger with
Brantex is expected to close in May", "Velcor is set to complete its merger with
Brantex" and "investors accept a merger between Velcor and Brantex" tell of a merger
not made: planned, not done. Read by :func:`kg.extract.mood_frames.noun_mood`, so every
event noun takes it:

* the noun is the subject of a verb of taking place that is future or planned ("will
  go ahead", "is expected to close", "is set to proceed"; for a tie between firms any
  such verb: "the merger will create the biggest bank"; not a deal, a treaty or a pact
  already made: "the deal will take effect");
* the object of a verb of completing that is future or planned ("will complete the
  takeover", "is set to close its merger"; not "completed its merger");
* a tie named with "a" or "an" that no verb of making or telling made ("accept a
  merger", "approved a tie-up"; not "completed a merger", "announced a merger");
* a tie whose relative clause tells it as ahead ("a merger between A and B which
  authorities have said will go ahead as planned", "that would create the biggest
  bank", "which is set to close in May"; not "which was completed last year").

The words are data (``data/pending-ties.txt``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.auxiliaries import FUTURE_AUX, MODAL_AUX
from kg.language.event_words import PLAN_HEADS
from kg.language.lexicon import AGREEMENT_ANAPHORA, SUBJECT_DEPS, listed_words

_WORDS = listed_words("pending-ties.txt")
TIES = _WORDS["ties"]
_GOING, _COMPLETING, _DONE = _WORDS["going"], _WORDS["completing"], _WORDS["done"]


def still_ahead(noun: Token) -> bool:
    """The clause tells the act ``noun`` names as still to come (see the module)."""
    if noun.lower_ in TIES and _ahead_told(noun):
        return True
    verb = noun.head
    if noun.dep_ in SUBJECT_DEPS and verb.i != noun.i:
        ahead = _planned_head(verb)  # "is expected to close": the verb after it
        if ahead is None and _future(verb):
            ahead = verb  # "will go ahead"
        if ahead is None or noun.lower_ in AGREEMENT_ANAPHORA:
            return False  # "the deal will take effect": made, its effect ahead
        return noun.lower_ in TIES or ahead.lemma_ in _GOING
    if noun.dep_ != "dobj" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.lemma_ in _COMPLETING and (_future(verb) or _planned_below(verb)):
        return True  # "is set to complete its merger"
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
    return noun.lower_ in TIES and indefinite and verb.lemma_ not in _DONE


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def _planned_head(verb: Token) -> Token | None:
    """ "(the merger) is expected to close", "is set to proceed", "is due to close": the
    verb the planning word governs."""
    if verb.lemma_ not in PLAN_HEADS and verb.lower_ not in PLAN_HEADS:
        if verb.lemma_ != "be":
            return None
        heads = [c for c in verb.children if c.dep_ in {"acomp", "attr"} and c.lower_ in PLAN_HEADS]
        verb = heads[0] if heads else verb  # "is due to close"
    below = [c for c in verb.children if c.dep_ == "xcomp"]
    return below[0] if below and _to(below[0]) else None


def _planned_below(verb: Token) -> bool:
    """ "is set to complete", "hopes to complete", "plans to close": a to-infinitive
    governed by a word of planning."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and _to(verb)
        and (head.lemma_ in PLAN_HEADS or head.lower_ in PLAN_HEADS)
    )


def _to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


_RELATIVE_PRONOUNS = frozenset({"which", "that"})


def _ahead_told(noun: Token) -> bool:
    """A relative clause tells the tie as still to come: on the tie itself ("a merger
    which will create ..."), or, as the parser may hang it, on a party named in its
    phrase when it tells the tie's own course ("a merger between A and B which
    authorities have said will go ahead"; not "with B, which will keep its head office
    in Lima", which tells of B). Never for a tie the clause says is done ("completed its
    merger with B, which ...")."""
    verb = noun.head
    done = noun.dep_ in {"dobj", *SUBJECT_DEPS} and verb.lemma_ in _DONE
    if done and not (_future(verb) or _planned_below(verb) or _modal(verb)):
        return False  # "completed its merger with B, which ...", "the merger ... was completed"
    if any(_ahead_relative(c) for c in noun.children if c.dep_ == "relcl"):
        return True
    parties = [t for o in noun.children if o.dep_ == "prep" and o.lower_ in {"between", "of", "with"}
               for p in o.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)]  # fmt: skip
    return any(
        _ahead_relative(c) and _tells_course(c)
        for t in parties
        for c in t.children
        if c.dep_ == "relcl"
    )


def _tells_course(verb: Token) -> bool:
    """Whether a relative clause, or the clause it tells, says how a tie goes: "go
    ahead", "proceed", "close"."""
    return any(t.lemma_ in _GOING for t in (verb, *_told(verb)))


def _ahead_relative(verb: Token) -> bool:
    """A relative clause whose pronoun is the subject of a future, modal or planned verb
    ("which will go ahead", "that would create", "which is set to close"), also when
    another tells it ("which authorities have said will go ahead", where the parser may
    make the pronoun the subject of the clause told)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    told = _told(verb)
    in_told = any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in _RELATIVE_PRONOUNS for t in told for c in t.children
    )
    if not in_told and not any(c.lower_ in _RELATIVE_PRONOUNS for c in subjects):
        return False
    if len(subjects) > 1 or in_told:  # "which X said will ...": the pronoun's verb is the one told
        return any(_modal(t) or _planned_head(t) is not None for t in told)
    return _modal(verb) or _planned_head(verb) is not None


def _told(verb: Token) -> list[Token]:
    """The clause a relative clause's verb tells, if any ("which X said will ...")."""
    return [c for c in verb.children if c.dep_ == "ccomp"] or [
        t for t in verb.doc[verb.i + 1 : verb.sent.end] if t.dep_ == "ccomp"
    ][:1]


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children)
