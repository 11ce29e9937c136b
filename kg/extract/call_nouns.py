"""When the noun "call" is a phone call and not an appeal ("a call for calm", "a call
to arms"): "a phone / video call", "his call with X", "placed / took a call from X",
and, with no partner named on the noun, a call the speakers had or were in: "A and B
had a call on Monday", "held a lengthy call", "In a call on Tuesday, A and B agreed",
"During a call, A assured B" (its parties are the clause's)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.loose_partners import loose_partners
from kg.extract.noun_parties import partners_after
from kg.language.contact_words import CALL_TAKING

_MEDIA = frozenset({"phone", "telephone", "video"})
_HAVING = frozenset({"have", "hold"})
_WITHIN = frozenset({"in", "during"})
_VERBS = frozenset({"VERB", "AUX"})


def is_phone_call(noun: Token) -> bool:
    if any(t.lower_ in _MEDIA for t in noun.lefts) or partners_after(noun, {"with", "between"}):
        return True
    if loose_partners(noun, {"with"}):  # "the call was between A and B", "A's call at 9 with B"
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_ in CALL_TAKING:
        return True
    if _an_appeal(noun):
        return False  # "had a call for calm", "in a call to arms", "the call of duty"
    if noun.dep_ == "dobj" and noun.head.lemma_ in _HAVING and noun.head.pos_ in _VERBS:
        return True
    # "In a call on Tuesday, A and B agreed", "A assured B in a call"
    return noun.dep_ == "pobj" and noun.head.lower_ in _WITHIN and noun.head.head.pos_ in _VERBS


def _an_appeal(noun: Token) -> bool:
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in {"for", "to", "of", "by"}:
            return True
        if c.dep_ in {"acl", "relcl"} and g.has_to(c):
            return True
    return False
