"""Help a state says it would withdraw from another is a threat to it: "Morocco warned
Spain that it would stop policing its coast", "warned X that it would cease
cooperating", "warned Uganda that it would close the border". Stopping is hostile only
when what stops is a doing of the speaker's ("stop policing", "end its cooperation");
closing only a way in ("the border", "its airspace", "its embassy"; not "close the
deal", "close the gap").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.reduction_words import CLOSING_VERBS, CROSSING_NOUNS, MISSION_NOUNS

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
