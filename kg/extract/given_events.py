"""An event named as the subject of a clause about its effects is given, not told.

"The meeting between A and B did not change policy", "the talks may have eased
tensions", "the summit will be remembered as a turning point": the clause's
negation, modal or future is about what the meeting did or how it is judged; the
meeting itself took place. Not when the clause tells whether it takes place ("the
talks did not take place", "a meeting may take place next week", "the talks were
postponed"), nor for an act named without a definite article ("a meeting could have
averted the crisis": only supposed).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.extract.hearsay import reporting_verb
from kg.extract.modality import negated
from kg.extract.questions import ends_with_question
from kg.language.auxiliaries import MODAL_AUX
from kg.language.contact_words import CALLED_OFF, PUT_OFF
from kg.language.dates import RELATIVE_DAYS
from kg.language.event_words import PLAN_HEADS

# Verbs that tell whether (or when) an event is held, or what is planned for it.
_OCCURRING = frozenset(
    """
    take happen occur materialise materialize proceed begin start commence open
    resume restart continue convene hold be seem appear look remain exist get need require
    plan schedule expect propose arrange set slate pencil due block veto shelve fail
    """.split()
)
# "did not go ahead", "came off" (but "could not have come at a worse time")
_GOING = {"go", "come"}
_AHEAD = {"ahead", "forward", "through", "off", "about", "on"}
_INDEFINITE = {"a", "an", "any", "another", "no", "some"}
_PERFECT = {"have", "'ve"}
# Verbs that look back on an event: "will be remembered as", "will go down as".
_LOOKING_BACK = {"remember", "recall"}
# Words that date an event before the clause: "the recent talks", "last week's summit".
_PAST = {"recent", "last", "previous", "earlier", "past"}
_SAYING = {"say", "tell", "add", "note", "write", "argue", "insist", "state", "explain"}


def _told_of(noun: Token, verb: Token) -> bool:
    """``noun`` (an event) is the definite subject of ``verb``, a verb that tells
    something of it other than whether it is held."""
    return (
        noun.i != verb.i
        and noun.head.i == verb.i
        and noun.dep_ in {"nsubj", "nsubjpass"}
        and noun.pos_ == "NOUN"
        and verb.pos_ in {"VERB", "AUX"}
        and verb.lemma_ not in _OCCURRING
        and verb.lemma_ not in PUT_OFF
        and verb.lemma_ not in CALLED_OFF
        and verb.lemma_ not in PLAN_HEADS
        and not (verb.lemma_ in _GOING and any(c.lower_ in _AHEAD for c in verb.children))
        and not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children)
    )


# Prepositions whose object happened whatever the clause denies: "did not sign a deal
# after two days of talks with X", "failed to agree despite the talks", "during talks".
_GIVEN_BY = {"after", "following", "despite", "amid", "amidst", "since", "during"}


def given_by_phrase(noun: Token, verb: Token) -> bool:
    """The event ``noun`` stands in a phrase of ``verb`` that takes it for granted
    ("after two days of talks with X"): the verb's negation is not the event's."""
    t, hops = noun, 0
    while t.i != verb.i and t.head.i != t.i and hops < 4:
        if t.dep_ == "prep" and t.lower_ in _GIVEN_BY:
            return True
        t, hops = t.head, hops + 1
    return False


def effects_negated(noun: Token, verb: Token) -> bool:
    """The negation is of what the event did, not of the event: "the talks did not
    produce a deal", "the meeting never changed anything"."""
    return _told_of(noun, verb)


def _dated_before(noun: Token) -> bool:
    """ "the recent talks", "last week's summit", "yesterday's meeting"."""
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ in _PAST:
            return True
        if c.dep_ == "poss" and (
            RELATIVE_DAYS.get(c.lower_, 0) < 0 or any(d.lower_ == "last" for d in c.children)
        ):
            return True
    return False


def taken_place(ctx: Context, noun: Token, verb: Token) -> bool:
    """The modal or future of ``verb`` is about the effect of the event ``noun``,
    which is shown to have taken place: by a perfect ("the talks may have eased
    tensions"), a verb that looks back ("will be remembered as") or a date before
    ("last week's summit could reshape the region"). Only the verb's own auxiliaries
    are set aside: not a question, a condition or a report the text does not vouch
    for."""
    if not _told_of(noun, verb):
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if not aux & MODAL_AUX or any(c.dep_ == "mark" for c in verb.children):
        return False
    if verb.dep_ != "ROOT":
        speech = reporting_verb(verb)
        if speech is None or speech.lemma_ not in _SAYING or negated(speech):
            return False
    if ends_with_question(ctx.sentence(verb)):
        return False
    perfect = bool(aux & _PERFECT) and verb.tag_ == "VBN" and "would" not in aux
    return perfect or verb.lemma_ in _LOOKING_BACK or _dated_before(noun)
