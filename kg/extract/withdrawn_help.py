"""Help a state says it would withdraw from another is a threat to it: "Morocco warned
Spain that it would stop policing its coast", "warned X that it would cease
cooperating", "warned Uganda that it would close the border". Stopping is hostile only
when what stops is a doing of the speaker's ("stop policing", "end its cooperation");
closing only a way in ("the border", "its airspace", "its embassy"; not "close the
deal", "close the gap").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.triggers import Trigger, trigger
from kg.language.reduction_words import CLOSING_VERBS, CROSSING_NOUNS, MISSION_NOUNS
from kg.records import EventKind

_STOPPING = frozenset({"stop", "cease", "end", "halt", "suspend", "quit"})
_HELP = frozenset("cooperation co-operation help support assistance patrols".split())
_WAYS_IN = CROSSING_NOUNS | MISSION_NOUNS


def withdrawn_help(action: Token) -> bool:
    """Whether ``action`` stops the speaker's help or closes a way in (see the module)."""
    objects = [c for c in action.children if c.dep_ == "dobj"]
    if action.lemma_ in CLOSING_VERBS:
        return any(o.lower_ in _WAYS_IN for o in objects)
    if action.lemma_ not in _STOPPING:
        return False
    doing = any(c.dep_ in {"xcomp", "pcomp"} and c.tag_ == "VBG" for c in action.children)
    return doing or any(o.lower_ in _HELP for o in objects)


# help that may be stopped: the cooperation triggers of support and aid
_HELPING_TYPES = frozenset({"support", "aid"})


def stopped_help_receivers(action: Token) -> list[Token]:
    """Whom the help ``action`` would stop goes to: "(to) stop backing X", "cease
    funding X", "end its support for X", "withdraw its backing for X". A threat to
    stop it is aimed at them ("threatened to stop backing X unless ..."), the help
    itself only threatened."""
    if action.lemma_ not in _STOPPING | {"withdraw"}:
        return []
    found: list[Token] = []
    for c in action.children:
        if c.dep_ in {"xcomp", "pcomp"} and c.tag_ == "VBG" and _helping(c, "verb"):
            found += [o for o in c.children if o.dep_ in {"dobj", "obj"}]
            found += [o for p in c.children if p.dep_ in {"prep", "dative"} and p.lower_ == "to"
                      for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        elif c.dep_ == "dobj" and (t := _helping(c, "noun")) is not None:
            found += [o for p in c.children if p.dep_ == "prep" and p.lower_ in t.preps
                      for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return found


def _helping(word: Token, pos: str) -> Trigger | None:
    t = trigger(word.lemma_.lower(), pos)
    helps = t is not None and t.kind is EventKind.COOPERATION and t.type in _HELPING_TYPES
    return t if helps else None
