"""An event behind a door: "slammed the door on talks with X", "shut the door to a
deal" refuse it (no talks were held); "left the door open to talks", "opened the door
for a meeting", "paved the way for talks" make it possible, not held. Only the idiom's
own shape counts: the event is what the door (or way) is "on", "to" or "for", and the
door is what a verb of shutting or of making way takes ("the door to talks was closed"
too; making way is ``unrealised.makes_way``, shared with verbs: "cleared the way for X
to sign")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.unrealised import makes_way
from kg.language.event_words import WAYS

_SHUTTING = frozenset({"slam", "shut", "close", "bang"})


def _door(noun: Token) -> Token | None:
    """The door (or way) an event noun is behind: "the door on talks" -> "door"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"on", "to", "for"}:
        return None
    if prep.head.lemma_ in WAYS:
        door = prep.head
        return door if door.dep_ in {"dobj", "nsubjpass", "nsubj"} else None
    # the parser may hang the phrase on the verb: "slammed [the door] [on talks]"
    doors = (c for c in prep.head.children if c.dep_ == "dobj" and c.lemma_ in WAYS)
    return next(doors, None) if prep.head.pos_ == "VERB" else None


def door_shut(noun: Token) -> bool:
    """ "slammed the door on talks with X": the event refused."""
    door = _door(noun)
    return door is not None and door.lemma_ == "door" and door.head.lemma_ in _SHUTTING


def door_open(noun: Token) -> bool:
    """ "left the door open to talks", "opened the door for talks", "paved the way for
    talks": possible, not held."""
    door = _door(noun)
    return door is not None and makes_way(door)
