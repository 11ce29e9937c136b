"""The party-and-state tag American papers put after a lawmaker's name: "Sen. Ann
Vale, D-Ohio, said", "Rep. Tom Reyes (R-Texas) voted". The letter is the party, the
state after the hyphen only where the seat is: "D" names the Democratic Party and
"R" the Republican Party, and only in this shape (a comma or an opening bracket
after a person's name, the letter, a hyphen written without spaces, a capitalised
state), never a lone "D" elsewhere ("Plan D", "D-Day")."""

from __future__ import annotations

from typing import Any

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc

from kg.language.gazetteer import Entry, gazetteer
from kg.language.mention_record import Mention
from kg.language.titles import Descriptor
from kg.language.token_table import tokens_with

# The party letters of the tag and the gazetteer names of their parties (general knowledge).
PARTY_LETTERS = {"D": "US Democratic Party", "R": "US Republican Party"}
_LETTER_IDS = frozenset(map(get_string_id, PARTY_LETTERS))
_OPENERS = {",", "("}
_CLOSERS = {",", ")", ".", ";", ":"}


def _tag_end(doc: Doc, i: int) -> int:
    """The end of a tag whose letter is ``doc[i]`` ("D", "-", "Ohio"), else -1. The
    state may be two words or an abbreviation ("R-N.Y.", "D-New Mexico")."""
    if i + 2 >= len(doc) or doc[i].text not in PARTY_LETTERS or doc[i].whitespace_:
        return -1
    if doc[i + 1].text != "-" or doc[i + 1].whitespace_ or not doc[i + 2].text[:1].isupper():
        return -1
    end = i + 3
    if end < len(doc) and doc[end - 1].whitespace_ and doc[end].is_title and doc[end].is_alpha:
        end += 1  # "D-New Mexico", "R-South Carolina"
    return end if end == len(doc) or doc[end].text in _CLOSERS else -1


def _after_a_person(doc: Doc, i: int) -> bool:
    """``doc[i]`` is the letter of a tag right after a person's name ("Vale, D-")."""
    if i < 2 or doc[i - 1].text not in _OPENERS:
        return False
    return doc[i - 2].ent_type_ == "PERSON"


def party_tag_mentions(doc: Doc, sent_of: list[int], taken: set[int]) -> list[Mention]:
    """A mention of the party for the letter of every tag after a person's name."""
    out = []
    # (the letters found from the document's array: a Token for each of them alone)
    for i in tokens_with(doc, ORTH, _LETTER_IDS):
        t = doc[i]
        if i in taken:
            continue
        if _tag_end(doc, i) < 0 or not _after_a_person(doc, i):
            continue
        entry: Entry | None = gazetteer().lookup(PARTY_LETTERS[t.text])
        if entry is not None:
            out.append(Mention(0, i, i + 1, sent_of[i], "org", entry.name, entry))
    return out


def party_tag(doc: Doc, m: Any, by_token: dict[int, Any]) -> Descriptor | None:
    """The tag right after the person ``m``'s name as a post in the party it names."""
    i = m.end + 1
    if m.kind != "person" or i >= len(doc) or doc[m.end].text not in _OPENERS:
        return None
    party = by_token.get(i)
    end = _tag_end(doc, i)
    if party is None or party.start != i or end < 0:
        return None
    return Descriptor(i, end, "", (party.id,))
