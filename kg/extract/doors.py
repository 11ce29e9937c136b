"""An event behind a door: "slammed the door on talks with X", "shut the door to a
deal" refuse it (no talks were held); "left the door open to talks", "opened the door
for a meeting" make it possible, not held. Only the idiom's own shape counts: the
event is what the door is "on", "to" or "for", and the door is what a verb of shutting
or opening takes ("the door to talks was closed" too)."""

from __future__ import annotations

from spacy.tokens import Token

_SHUTTING = frozenset({"slam", "shut", "close", "bang"})
_OPENING = frozenset({"open", "leave", "keep", "hold"})


def _door(noun: Token) -> Token | None:
    """The door an event noun is behind: "the door on talks" -> "door"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"on", "to", "for"}:
        return None
    if prep.head.lemma_ == "door":
        door = prep.head
        return door if door.dep_ in {"dobj", "nsubjpass", "nsubj"} else None
    # the parser may hang the phrase on the verb: "slammed [the door] [on talks]"
    doors = (c for c in prep.head.children if c.dep_ == "dobj" and c.lemma_ == "door")
    return next(doors, None) if prep.head.pos_ == "VERB" else None


def door_shut(noun: Token) -> bool:
    """ "slammed the door on talks with X": the event refused."""
    door = _door(noun)
    return door is not None and door.head.lemma_ in _SHUTTING


def door_open(noun: Token) -> bool:
    """ "left the door open to talks", "opened the door for talks": possible, not held."""
    door = _door(noun)
    if door is None or door.head.lemma_ not in _OPENING:
        return False
    if door.head.lemma_ == "open":
        return True
    words = [*door.children, *door.head.children]  # "left the door open": either may hold it
    return any(w.lower_ == "open" and w.dep_ in {"amod", "oprd", "acomp", "advmod"} for w in words)
