"""Armed men named by their movement's initials: "the ELN rebels", "TKLA
insurgents", "M23 fighters" are that movement, whatever the model makes of the
initials (a name, an adjective or nothing), as "Hamas fighters" are Hamas
(:func:`kg.language.described_groups.fighters_of_a_body`). The group noun is no part
of the movement's name; a listed movement is its gazetteer entry.

A demonym, a country or a place before the noun stays a group of its own ("the
Kurdish rebels", "the Kachin rebels"), and a longer name keeps its own head ("Free
Syrian Army fighters" are the army); a demonym or a backer before the initials is
no part of the movement ("Kurdish YPG fighters", "Rwanda-backed M23 rebels":
:mod:`kg.language.glued_groups`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.described_groups import fighters_of_a_body
from kg.language.gazetteer import gazetteer
from kg.language.glued_groups import prefix_end
from kg.language.lexicon import FIGHTER_NOUNS, QUANTIFIERS
from kg.language.mention_record import Mention
from kg.language.places import places

# Plural nouns for a movement's armed men.
_FIGHTER_PLURALS = FIGHTER_NOUNS - {"commanders"}
# Entity types the model gives to something other than a movement.
_NOT_MOVEMENTS = frozenset({"PERSON", "NORP", "LOC", "FAC", "DATE", "CARDINAL"})


def fighters_initials(doc: Doc, start: int, tok: Token) -> int | None:
    """The index of the initials right before ``tok`` when ``tok`` names the armed
    men of the movement they stand for ("the ELN rebels", "20 M23 fighters"), or of
    the movement that owns them ("the ELN's rebels", "Hamas's fighters"), else None."""
    if tok.lower_ not in _FIGHTER_PLURALS or tok.tag_ not in {"NNS", "NNPS"}:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if owners:
        word = owners[0]
        named = word.ent_type_ == "ORG" or _initials(word.text)
        return word.i if named and _movement(word) else None
    start = prefix_end(doc, start, tok.i)  # "Kurdish YPG fighters", "Rwanda-backed M23 rebels"
    words = [
        t
        for t in doc[start : tok.i]
        if not (t.like_num or t.lower_ in QUANTIFIERS or t.dep_ == "det" or t.text == "-")
    ]
    if len(words) != 1 or words[0].i != tok.i - 1:
        return None
    word = words[0]
    if not _initials(word.text) or word.ent_iob_ == "I":
        return None
    return word.i if _movement(word) else None


def _movement(word: Token) -> bool:
    """Whether ``word`` may name a movement: no person, people, country or place."""
    if word.ent_type_ in _NOT_MOVEMENTS:
        return False
    gz = gazetteer()
    entry = gz.lookup(word.text)
    if gz.demonym(word.text) is not None or (entry is not None and entry.type == "Country"):
        return False  # "US rebels" are no movement called US
    return places().lookup(word.text) is None


_KINDS = {"Organization": "org", "Group": "group"}


def fighters_named(
    doc: Doc, start: int, tok: Token, sent: int, taken: set[int]
) -> list[Mention] | None:
    """The mention of the movement whose armed men ``tok`` names ("Hamas fighters",
    "the ELN rebels"): [] when the model already named it, None when ``tok`` names
    no movement's men."""
    i = fighters_initials(doc, start, tok)
    if i is None:
        return [] if fighters_of_a_body(doc, start, tok) else None
    if i in taken or doc[i].ent_iob_ == "I":
        return []  # (the model's name: "the Sahel Front's fighters")
    entry = gazetteer().lookup(doc[i].text)
    kind = _KINDS.get(entry.type, "") if entry is not None else "group"
    if not kind:
        return None
    return [Mention(0, i, i + 1, sent, kind, doc[i].text, entry)]


def _initials(text: str) -> bool:
    """ "ELN", "RSF", "M23": two to six capitals (digits allowed), no word."""
    return 2 <= len(text) <= 6 and text.isalnum() and text.isupper()
