"""A military or regional command of a state or an alliance, its fleets and its
general staff: "US Africa Command", "the British Joint Forces Command", "NATO's
Allied Land Command", "Russia's Northern Fleet", "the Turkish General Staff".

A command is a body of its own, as the Kenya Defence Forces are: "US Central Command
said its forces struck ..." is the command's word and deed, not the United States',
and its commander or head serves the command ("General Ana Ruiz, head of US Africa
Command, met X"). The model reads "Africa Command" as a person's name, "General
Staff" as a general named Staff, or an organisation tied to nothing; named after its
owner (a country, a body of the world the gazetteer knows or a state's body, with or
without a possessive) and one to four capitalised words of its region or field, the
command is one name (:func:`command_spans`, for entity repair), called by its
owner's own name (:func:`command_name`: "Russia's Northern Fleet" and "the Russian
Northern Fleet" are "Russia Northern Fleet", as "Kenya's National Assembly" is "Kenya
National Assembly"), and a member of its owner
(:func:`command_owner`, for the memberships). A command whose owner is not named
("Africa Command"), a group's ("the Azure Front's Northern Command") or a firm's is
left as the model read it; a name that runs on past the head into a firm's ("Pacific
Command Ltd", "Northern Fleet Holdings") is no command, but a title after it opens its
commander's name ("US Africa Command General Ana Ruiz"). The heads and the title words
that may open a command's name ("General Staff") are data (``command``, ``command-titles`` in
``data/organ-words.txt``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from kg.language.body_words import FIRM_SUFFIXES
from kg.language.gazetteer import Entry, gazetteer
from kg.language.legal_forms import legal_form
from kg.language.lexicon import TITLE_WORDS, listed_words
from kg.language.names import POSSESSIVE_ENDINGS
from kg.language.owner_names import owner_before
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_WORDS = listed_words("organ-words.txt")
_HEADS = _WORDS["command"]  # "Command", "Fleet", "Staff"
_HEAD_IDS = ids(_HEADS)
_TITLES = _WORDS["command-titles"]  # "General" of "General Staff"
_MAX_NAME = 4  # "Special Operations", "Indo - Pacific"
_MAX_OWNER = 3  # "United States", "North Atlantic Treaty Organization" by its initials


def command_spans(doc: Doc) -> list[Span]:
    """Each command of a named owner, as one organisation's span from the owner's
    first word to "Command" ("US Africa Command", "NATO's Allied Land Command")."""
    found = []
    for tok in map(doc.__getitem__, tokens_with(doc, ORTH, _HEAD_IDS)):  # (no Token per word)
        if tok.text not in _HEADS:
            continue
        for first in range(tok.i - 1, max(tok.i - 1 - _MAX_NAME, -1), -1):
            if not _name_word(doc[first].text):
                break
            start = _owner_start(doc, first)
            if start is not None and not _runs_on(doc, tok.i + 1):
                found.append(Span(doc, start, tok.i + 1, label="ORG"))
                break
    return found


def command_owner(words: Sequence[str]) -> tuple[Entry, int] | None:
    """The owner a command's name opens with and how many of ``words`` name it, its
    possessive among them ("US Africa Command": the United States, 1; "Russia 's
    Northern Fleet": Russia, 2), when ``words`` are such a name."""
    if len(words) < 3 or words[-1] not in _HEADS:
        return None
    for end in range(1, min(_MAX_OWNER, len(words) - 2) + 1):
        entry = _owner(" ".join(words[:end]).removesuffix("'s").removesuffix("\u2019s"))
        if entry is None:
            continue
        if end < len(words) - 1 and words[end] in POSSESSIVE_ENDINGS:
            end += 1  # ("Russia 's", split)
        if all(_name_word(w) for w in words[end:-1]):
            return entry, end
    return None


def command_name(words: Sequence[str]) -> str | None:
    """A command's name by its owner's own name, whichever way the story puts the
    owner: "Russia's Northern Fleet" and "the Russian Northern Fleet" are "Russia
    Northern Fleet", "US Central Command" is "United States Central Command" (as
    ``state_bodies.country_body_key`` names a country's body), when ``words`` are such
    a name."""
    if (owned := command_owner(words)) is None:
        return None
    owner, end = owned
    return " ".join([owner.name, *words[end:]])


def _runs_on(doc: Doc, after: int) -> bool:
    """Whether the name goes on past the head into a firm's: "Pacific Command Ltd",
    "Northern Fleet Holdings", "Northern Fleet Shipping" (a legal form or a word
    that ends firms' names, ``body_words.FIRM_SUFFIXES``); a title or a name after
    the head is no part of it ("US Africa Command General Ana Ruiz": the command's
    general)."""
    if after >= len(doc) or doc[after].is_sent_start:
        return False
    word = doc[after].text
    return word[:1].isupper() and (legal_form(word) or word.lower() in FIRM_SUFFIXES)


def _owner_start(doc: Doc, first: int) -> int | None:
    """Where the owner's name ends right before ``first`` (a possessive between) begins."""
    owner = owner_before(doc, first, _owner_words, _MAX_OWNER)
    return owner.start if owner is not None else None


def _owner_words(name: Span, _possessive: bool) -> bool:
    """Whether ``name`` names a command's owner, from its first word ("the Pentagon":
    the name from "Pentagon"; no space before it)."""
    first = name[0]
    return not (first.is_space or first.lower_ == "the") and _owner(name.text) is not None


def _owner(text: str) -> Entry | None:
    gz = gazetteer()
    entry = gz.lookup(text) or gz.demonym(text) or gz.metonym(text)  # ("the Pentagon's")
    if entry is None:
        return None
    if entry.type == "Country" or entry.world_body or entry.country:
        return entry  # (a state's body: "the Pentagon's Joint Staff")
    return None


def _name_word(word: str) -> bool:
    """A capitalised word of a command's region or field, or a hyphen inside one."""
    return word == "-" or (
        word[:1].isupper() and (word.lower() not in TITLE_WORDS or word in _TITLES)
    )
