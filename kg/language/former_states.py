"""Former states in a story that names them: "the Kremlin" in a story of the Soviet
Union stands for the Soviet Union, not for Russia; "East Berlin" for East Germany.

A seat whose name belongs to the past, the seat of no state today and the present name
of no town ("East Berlin"; "Saigon", now another city's old name), stands for its
former state wherever it acts, named or not ("Saigon accused Hanoi ..."); never where
it is the place something happens ("demonstrated in East Berlin"). A seat whose name a
town still bears ("Salisbury") needs the story to name its state.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.language.body_words import ORG_HEAD_WORDS
from kg.language.gazetteer import gazetteer
from kg.language.job_titles import is_title_word
from kg.language.lexicon import AGENT_NOUNS
from kg.language.mention_record import Mention
from kg.language.places import places
from kg.language.titles import FORMER_WORDS


def former_states(doc: Doc, raw: list[Mention]) -> list[Mention]:
    """ "the Kremlin" in a story that names the Soviet Union ("Soviet leader X") and
    not Russia stands for the Soviet Union (not one that only names what it left: "a
    former Soviet republic", "Soviet war memorials")."""
    named = {m.entry.key for m in raw if m.entry is not None and not m.metonym
             and names_a_state(doc, m)}  # fmt: skip
    gz = gazetteer()
    out = []
    for m in raw:
        f = gz.former_metonym(m.text) if m.metonym or m.entry is None else None
        now = m.entry.key if m.entry is not None else ""  # (none: "East Berlin", a seat only)
        seat = f is not None and (
            (f.key in named and now not in named) or (not m.locative and _past_name(m.text))
        )
        out.append(replace(m, kind="country", entry=f, metonym=True) if seat else m)
    return out


def _past_name(name: str) -> bool:
    """A former seat's name that no state's seat and no town bears today: "East Berlin",
    "Saigon" (Ho Chi Minh City's old name), not "Salisbury" or "Moscow"."""
    if gazetteer().metonym(name) is not None:
        return False
    town = places().lookup(name)
    return town is None or town.name.lower() != name.lower()


def names_a_state(doc: Doc, m: Mention) -> bool:
    """A demonym names its state acting or holding posts ("Soviet leader X", "Soviet
    troops", "the Soviets"), not before a thing or after "former"; a name does,
    unless after "former" ("in the former Yugoslavia")."""
    if m.start > 0 and doc[m.start - 1].lower_ in FORMER_WORDS:
        return False  # "a former Soviet republic"
    if m.kind != "demonym":
        return True
    last = doc[m.end - 1]
    if last.dep_ not in {"amod", "compound", "nmod"}:
        return True  # "the Soviets"
    head = last.head.lower_
    return head in AGENT_NOUNS or head in ORG_HEAD_WORDS or is_title_word(head)
