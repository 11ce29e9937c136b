"""A country's possessive right before a person's name: "Kenya's Ana Wekesa said",
"Peru's Tomas Quispe met X". The person is the one who acts, and the country the one
they act or speak for (no title, so the post is unknown); the country is no part of
the name. Not a capital's ("Lima's Ana Ruiz": a city's too, whose mayor is no
country's), nor a possessive the parser hangs elsewhere. As a country's firm is
named the same way ("Brazil's Petrobras could join", "bought by France's Holm
Ricard") and the model may take it for a person, only someone who speaks or meets
(or is met, spoken with or criticised: "met Peru's Quispe", "talks with Chile's
Ruiz"), given a post ("elected Kenya's Ana Wekesa as its chair", "Peru's Tomas
Quispe, the trade minister,"), or plainly a person's name (a given name and a
surname), is one."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from kg.language.contact_words import PERSON_MEETING_NOUNS, PERSON_MEETING_VERBS
from kg.language.event_words import SPEECH_VERBS
from kg.language.given_names import plainly_a_person
from kg.language.names import POSSESSIVE_ENDINGS
from kg.language.possessed_people import given_a_post
from kg.language.titles import Descriptor

# meeting verbs whose object may be a place: "visited Egypt's Sinai"
_PLACES_TOO = frozenset({"visit", "call"})
# what such a person does besides speaking and meeting: words aimed at someone
_AIMED = frozenset(
    "criticise criticize condemn denounce accuse blame urge warn praise thank reject slam".split()
)


def owning_country(doc: Doc, m: Any, by_token: dict[int, Any]) -> Descriptor | None:
    """The descriptor tying person mention ``m`` to the country whose possessive
    comes right before it, or None."""
    if m.kind != "person" or m.start < 2 or doc[m.start - 1].text not in POSSESSIVE_ENDINGS:
        return None
    country = by_token.get(m.start - 2)
    if country is None or country.kind != "country" or country.end != m.start - 1:
        return None
    if country.metonym or doc[m.start - 1].dep_ != "case" or not doc[m.start].is_title:
        return None
    root = doc[m.start : m.end].root
    verb = root.head.lemma_
    acts = root.dep_ == "nsubj" and (
        verb in SPEECH_VERBS or verb in PERSON_MEETING_VERBS or verb in _AIMED
    )
    posted = given_a_post(root)  # "elected Kenya's Ana Wekesa as council president"
    if not (acts or _met(root) or posted or plainly_a_person(doc, m.start, m.end)):
        return None
    return Descriptor(country.start, m.start, "", (country.id,))


def _met(root: Token) -> bool:
    """Whether the name is a party met or aimed at, or one who holds talks: "met
    Chile's Ana Ruiz", "talks with Peru's Quispe", "Peru's Quispe held talks"."""
    head = root.head
    if root.dep_ == "dobj":
        return head.lemma_ in PERSON_MEETING_VERBS - _PLACES_TOO or head.lemma_ in _AIMED
    if root.dep_ == "pobj" and head.lower_ == "with":
        owner = head.head  # "talks with", "met with", "spoke with"
        if owner.lower_ in PERSON_MEETING_NOUNS:
            return not _a_firm_holds(owner)
        return owner.lemma_ in PERSON_MEETING_VERBS
    if root.dep_ == "nsubj" and head.lemma_ == "hold":
        talks = [c for c in head.children if c.dep_ == "dobj" and c.lower_ in PERSON_MEETING_NOUNS]
        return bool(talks) and not _a_firm_holds(talks[0])
    return False


def _a_firm_holds(talks: Token) -> bool:
    """Whether a side of the talks is a body ("Japan's Nissan held talks with France's
    X": firms, whatever the model took X for)."""
    holder = talks.head if talks.dep_ == "dobj" else talks
    sides = [c for c in holder.children if c.dep_ == "nsubj"]
    sides += [o for p in talks.children if p.lower_ == "with" for o in p.children]
    return any(t.ent_type_ == "ORG" for t in sides)
