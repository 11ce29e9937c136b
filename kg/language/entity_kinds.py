"""Which kind of actor a named entity is, for :func:`kg.language.mentions.find_mentions`:
person, country, organisation, group, agreement, place, people, demonym or other,
with its gazetteer entry and whether it is a metonym ("the Kremlin"). A label the
model got wrong is read again from the name: "the USS Stark" (its navy's state),
"Kuwaiti Oil Minister" (a demonym), "the Lima Accord" (an agreement, not a place),
"the Kelso Line" and "the Dunmore Open" (things that act for no one), a name in
quotation marks of its own (a phrase quoted).
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

from kg.language.body_words import FIRM_NOUNS, ORG_HEAD_WORDS
from kg.language.gazetteer import Entry, gazetteer
from kg.language.names import clean_name
from kg.language.not_names import firm_by_demonym
from kg.language.peoples_at_war import nation_at_arms
from kg.language.ships import ship_state
from kg.language.state_names import state_named

_KIND_FOR_TYPE = {
    "Person": "person",  # a person the user lists (kg ingest --actors)
    "Country": "country",
    "Organization": "org",
    "Group": "group",
    "Agreement": "agreement",
}


def entity_kind(ent: Span) -> tuple[str, Entry | None, bool]:
    """(kind, gazetteer entry, is_metonym) for a named entity."""
    gz = gazetteer()
    text = ent.text
    label = ent.label_
    if (ship := ship_state(text)) is not None:
        return "country", ship, False  # "the USS Stark": its navy's state
    if (state := state_named(gz, clean_name(text).split())) is not None:
        return "country", state, False  # "the Armed Forces of Peru": Peru acting
    if label == "PERSON":
        listed = gz.listed(text)
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        firm = before is not None and before.lower_ in FIRM_NOUNS - {"rival"}
        if listed is None and firm and len(ent) == 1:
            return "org", None, False  # "the oil firm Yukos": a firm the model took for a person
        return "person", listed if listed is not None and listed.type == "Person" else None, False
    entry = gz.lookup(text)
    if entry is None and gz.demonym(text) is not None and (label in {"GPE", "LOC", "ORG"} or (
            label == "LANGUAGE" and ent.root.dep_ in {"amod", "compound"})):  # fmt: skip
        label = "NORP"  # "Kuwaiti Oil Minister", "Russian missiles": no place, no tongue
    if label == "NORP":
        dem = gz.demonym(text)
        if dem is not None and firm_by_demonym(ent.root):
            return "org", None, False  # "American, the biggest US carrier": a firm
        if dem is not None:
            is_people = ent.root.pos_ in {"NOUN", "PROPN"} and ent.root.tag_ in {"NNS", "NNPS"}
            is_people = is_people and not nation_at_arms(ent.root)  # "driven back by the Germans"
            return ("people" if is_people and dem.type == "Country" else "demonym"), dem, False
        return ("group" if entry else "other"), entry, False
    if entry is not None:
        return _KIND_FOR_TYPE[entry.type], entry, False
    metonym = gz.metonym(text)
    if metonym is not None:
        return _KIND_FOR_TYPE[metonym.type], metonym, True
    if label == "FAC" and any(w.lower() in ORG_HEAD_WORDS for w in text.split()[1:]):
        return "org", None, False  # "the Halvor Center for Health" is a body, not a building
    if label in {"GPE", "LOC", "FAC"} and law_name(text) and text.split()[-1].lower() != "act":
        return "agreement", None, False  # "the Lima Accord" the model took for a place
    if label in {"GPE", "LOC", "FAC"}:
        return "place", None, False
    if label in {"ORG", "LAW"} and _quoted_phrase(ent) and not law_name(text):
        return "other", None, False  # talk of an "Alliance of Tyranny": a phrase quoted
    if label == "LAW" or (label in {"ORG", "PRODUCT", "WORK_OF_ART"} and law_name(text)):
        return "agreement", None, False  # "the Prevention of Terrorism Bill"
    if label == "ORG" and _event_or_thing(text):
        return "other", None, False  # "the Kelso Line", "the Dunmore Open"
    if label == "ORG":
        return "org", None, False
    return "other", None, False


# Words that end the names of events, routes and schemes, which act for no one:
# "the Valley Line", "the Dunmore Open", "the European Indoors", "the Pension Scheme".
_EVENT_OR_THING_HEADS = {
    "championships", "championship", "olympics", "cup", "prix", "awards", "award",
    "festival", "marathon", "indoors", "open", "tournament", "trophy", "rally", "summit",
    "line", "motorway", "highway", "expressway", "scheme", "trojan", "virus", "worm",
}  # fmt: skip


def _event_or_thing(text: str) -> bool:
    words = text.split()
    return (
        len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in _EVENT_OR_THING_HEADS
    )


def _quoted_phrase(ent: Span) -> bool:
    """A name written in quotation marks of its own is a phrase quoted, not a body:
    talk of an "Alliance of Tyranny"."""
    doc = ent.doc
    marks = {'"', "“", "”", "'", "‘", "’"}
    return (
        ent.start > 0
        and ent.end < len(doc)
        and doc[ent.start - 1].text in marks
        and doc[ent.end].text in marks
    )


_LAW_HEADS = {"bill", "act", "treaty", "accord", "accords", "convention", "protocol",
              "directive", "charter", "agreement", "pact"}  # fmt: skip


def law_name(text: str) -> bool:
    """ "the Prevention of Terrorism Bill", "the Licensing Act": a law or treaty; so is
    one whose kind comes before what it is on ("the Kelso Convention on Fishing")."""
    words = text.split()
    if len(words) >= 2 and words[-1].lower() in _LAW_HEADS and words[-1][:1].isupper():
        return True
    return any(
        w.lower() in _LAW_HEADS and w[:1].isupper() and after in _LAW_OBJECT_PREPS
        for w, after in pairwise(words[:-1])
    )


# What follows a law's kind in its name: "Convention on ...", "Convention against ...".
_LAW_OBJECT_PREPS = {"on", "against"}
