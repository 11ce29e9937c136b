"""The meeting a verb of ending closes, when the meeting is not its subject.

"The ministers of A and B ended their talks with an agreement", "wrapped up two days
of talks with a pledge": the talks are the verb's object. "A and B officials held
talks in Paris, ending with a memorandum": the participle has no subject of its own
and ends the talks its clause held. "The A-B dialogue resumed, with officials
agreeing to share data": unnamed people of the meeting agree in a clause "with" hangs
on the meeting's verb. The pact is then the meeting's sides' (:mod:`kg.extract.outcomes`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.meeting_words import NOUNS
from kg.language.talks import SPAN_NOUNS, span_of

# Verbs by which the people of a meeting close it: "ended / concluded their talks".
CLOSING = frozenset({"end", "close", "conclude", "wrap", "finish", "complete"})
# Unnamed people of a meeting who agree in its "with" clause: "with officials agreeing".
_PEOPLE = frozenset({"official", "delegate", "negotiator", "minister", "diplomat", "leader",
                     "envoy", "representative", "participant", "delegation"})  # fmt: skip
# What they do there that makes a pact: "with officials agreeing to share data".
_AGREEING = frozenset({"agree", "pledge", "commit", "promise", "vow", "sign"})
# Who own a conference (a "joint-only" noun) of their own: "their three-day conference".
_OWN = frozenset({"their"})


def meeting_in(noun: Token) -> Token | None:
    """The meeting a noun is ("talks") or spans ("two days of talks")."""
    if noun.lower_ in NOUNS and noun.pos_ == "NOUN":
        return noun
    if noun.lower_ in SPAN_NOUNS:  # "two days of talks", "three rounds of negotiations"
        found = [o for o in g.prep_objects(noun, {"of"}) if o.lower_ in NOUNS and o.pos_ == "NOUN"]
        return found[0] if found else None
    return None


def closed_meetings(verb: Token) -> list[Token]:
    """The meetings the verb of ending closes as its object ("ended their talks with
    a deal"), or, when it has no subject, that the clause it hangs on held ("held
    talks, ending with a memorandum")."""
    if verb.lemma_ not in CLOSING:
        return []
    found = [m for c in verb.children if c.dep_ == "dobj" if (m := meeting_in(c)) is not None]
    if found or (g.subjects(verb) and verb.dep_ != "advcl"):
        return found
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        head = verb.head
        return [m for c in head.children if c.dep_ == "dobj" if (m := meeting_in(c)) is not None]
    return []


def agreed_in_with_clause(token: Token) -> Token | None:
    """For the verb of "with officials agreeing to ..." hung on a meeting's verb, that
    verb ("the dialogue resumed, with officials agreeing to share data"); None when the
    agreeing people are named, or the verb is negated ("with officials failing to agree")."""
    if token.lemma_ not in _AGREEING or token.pos_ != "VERB" or token.dep_ not in {"pcomp", "pobj"}:
        return None
    prep = token.head
    if prep.lower_ != "with" or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].lemma_.lower() not in _PEOPLE:
        return None
    if any(c.dep_ in {"poss", "compound", "amod", "prep"} for c in subjects[0].children):
        return None  # "with Peru's officials agreeing": one side's, told apart
    if any(c.dep_ == "neg" for c in token.children):
        return None
    return prep.head


def own_conference(noun: Token) -> bool:
    """A meeting noun that is only one when joint ("conference") the group that holds
    it owns ("the ministers of A and B concluded their three-day conference"); not a
    news or press conference."""
    return (
        any(c.dep_ == "poss" and c.lower_ in _OWN for c in noun.children)
        and not any(c.lower_ in {"news", "press"} for c in noun.children)
        and noun.dep_ == "dobj"
        and noun.head.lemma_ in CLOSING | {"hold", "open", "begin", "start"}
    )


def held_by_none(noun: Token, verb: Token, off: Token | None) -> bool:
    """A verb whose subject did not hold the meeting: "the talks ended", "followed
    talks" (not "X broke off talks with Y"). But "A and B ended talks in Manila": the
    subjects held the talks they ended as its object."""
    if verb.lemma_ not in _UNHELD or noun.dep_ == "pobj" or verb is off:
        return False
    return not (noun.dep_ == "dobj" and noun.head.i == verb.i and verb.lemma_ in CLOSING)


_UNHELD = frozenset({"follow", "precede", "collapse", "fail", "end", "break", "be"})


def closing_verb(pact: Token) -> Token | None:
    """ "concluded talks in Accra with a pledge to ...", the parser hanging "with" on
    the talks: the verb that closed them."""
    prep = pact.head
    if pact.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    meeting = prep.head
    if (span := span_of(meeting)) is not None:
        meeting = span  # "wrapped up two days of talks with a pledge"
    if meeting_in(meeting) is None or meeting.dep_ != "dobj":
        return None
    return meeting.head if meeting.head.lemma_ in CLOSING else None
