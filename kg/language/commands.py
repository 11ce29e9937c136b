"""A military or regional command of a state or an alliance: "US Africa Command",
"the British Joint Forces Command", "NATO's Allied Land Command".

A command is an organ of whoever it belongs to, no body of its own: the model reads
"Africa Command" as a person's name or an organisation tied to nothing, so "the
commander of US Africa Command, General Ana Ruiz, said" made a person "Africa
Command" speak. Named after its owner (a country or a body of the world the
gazetteer knows, with or without a possessive) and one to four capitalised words of
its region or field, the command is one name (:func:`command_spans`, for entity
repair) that stands for its owner (:func:`command_owner`, for actor resolution), as
"the US army" does; so its commander or head serves the country or the alliance
("General Ana Ruiz, head of US Africa Command, met X": a post of the United States).
A command whose owner is not named ("Africa Command"), a group's ("the Azure Front's
Northern Command") or a firm's stands for no one here.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from kg.language.gazetteer import Entry, gazetteer
from kg.language.lexicon import TITLE_WORDS, listed_words
from kg.language.owner_names import owner_before

_HEADS = listed_words("organ-words.txt")["command"]  # "Command"
_MAX_NAME = 4  # "Special Operations", "Indo - Pacific"
_MAX_OWNER = 3  # "United States", "North Atlantic Treaty Organization" by its initials


def command_spans(doc: Doc) -> list[Span]:
    """Each command of a named owner, as one organisation's span from the owner's
    first word to "Command" ("US Africa Command", "NATO's Allied Land Command")."""
    found = []
    for tok in doc:
        if tok.text not in _HEADS:
            continue
        for first in range(tok.i - 1, max(tok.i - 1 - _MAX_NAME, -1), -1):
            if not _name_word(doc[first].text):
                break
            start = _owner_start(doc, first)
            if start is not None:
                found.append(Span(doc, start, tok.i + 1, label="ORG"))
                break
    return found


def command_owner(words: Sequence[str]) -> Entry | None:
    """The owner a command's name opens with ("US Africa Command": the United States),
    when ``words`` are such a name."""
    if len(words) < 3 or words[-1] not in _HEADS:
        return None
    for end in range(1, min(_MAX_OWNER, len(words) - 2) + 1):
        entry = _owner(" ".join(words[:end]).removesuffix("'s").removesuffix("\u2019s"))
        if entry is not None and all(_name_word(w) for w in words[end:-1]):
            return entry
    return None


def _owner_start(doc: Doc, first: int) -> int | None:
    """Where the owner's name ends right before ``first`` (a possessive between or not) begins."""
    owner = owner_before(doc, first, lambda span, _: _owner(span.text) is not None, _MAX_OWNER)
    return None if owner is None else owner.start


def _owner(text: str) -> Entry | None:
    gz = gazetteer()
    entry = gz.lookup(text) or gz.demonym(text)
    if entry is None:
        return None
    if entry.type == "Country" or entry.world_body:
        return entry
    return None


def _name_word(word: str) -> bool:
    """A capitalised word of a command's region or field, or a hyphen inside one."""
    return word == "-" or (word[:1].isupper() and word.lower() not in TITLE_WORDS)
