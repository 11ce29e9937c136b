"""A movement's name glued to a people's adjective or to its backer: "Kurdish YPG
fighters", "Palestinian Hamas militants", "Lebanese Hezbollah", "Rwanda-backed M23
rebels". The movement is the actor, not the adjective, the backer or the whole phrase;
who backs it is :mod:`kg.extract.cooperation`'s fact.

A name of which the adjective is a part stays whole: "Free Syrian Army", "Lebanese
Forces" (a party), "Afghan National Army", "Syrian Democratic Forces" (its last word a
body's word, or the whole a gazetteer name), and so does a people's adjective before a
firm's name made of plain words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.language.body_words import ORG_HEAD_WORDS
from kg.language.gazetteer import Gazetteer, gazetteer
from kg.language.lexicon import FIGHTER_NOUNS, listed_words
from kg.language.places import places

# "Rwanda-backed", "Iran-allied": a backer glued to the group it backs.
_BACKING = frozenset({"backed", "led", "allied", "funded", "sponsored", "supported", "armed"})
# Adjectives of peoples of no state of their own ("Kurdish").
_STATELESS = listed_words("thing-words.txt")["nationality"]


def prefix_end(doc: Doc, start: int, end: int) -> int:
    """The first word in ``doc[start:end]`` after the peoples' adjectives ("Syrian
    Kurdish") and backers ("Rwanda-backed") that open it (``start`` when none do)."""
    i = start
    while i < end:
        if _people_word(doc[i]):
            i += 1
        elif i + 2 < end and doc[i + 1].text == "-" and doc[i + 2].lower_ in _BACKING:
            if not doc[i].text[:1].isupper():
                break  # "state-backed": no one's
            i += 3
        else:
            break
    return i


def _people_word(t: Token) -> bool:
    """A country's demonym ("Palestinian") or a people's adjective ("Kurdish")."""
    return t.text[:1].isupper() and (
        gazetteer().demonym_country(t.text) is not None or t.text in _STATELESS
    )


def movement(gz: Gazetteer, doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` names a movement of its own: a listed body of no
    country ("Hezbollah"), or initials or one proper word before the movement's armed
    men ("YPG fighters", "Peshmerga fighters"), or after a people of no state ("Kurdish
    YPG"); no country, place, people or body's word ("Forces"). Initials before
    soldiers or troops may be a state's ("British SAS soldiers"): they stay its."""
    if start >= end or end > len(doc):
        return False  # (a text of peoples' words alone: "Chinese")
    text = doc[start:end].text
    entry = gz.lookup(text)
    if entry is not None:  # (a national party or body keeps its country: "British Labour")
        return entry.type == "Organization" and entry.country is None
    if gz.is_place(text) or places().lookup(text) is not None or _people_word(doc[start]):
        return False
    word = doc[start].text
    if end - start != 1 or doc[start].lower_ in ORG_HEAD_WORDS or not word.isalnum():
        return False
    men = end < len(doc) and doc[end].lower_ in FIGHTER_NOUNS and doc[end].tag_ in {"NNS", "NNPS"}
    initials = 2 <= len(word) <= 6 and word.isupper()
    stateless = start > 0 and doc[start - 1].text in _STATELESS
    return (initials or (word.istitle() and word.isalpha())) and (men or (initials and stateless))


def glued_cut(gz: Gazetteer, doc: Doc, start: int, end: int, label: str) -> list[Span] | None:
    """ "Kurdish YPG", "Palestinian Hamas" tagged as one body: the movement alone
    (None when the span is no such pair)."""
    if label != "ORG" or gz.lookup(doc[start:end].text) is not None:
        return None
    cut = prefix_end(doc, start, end)
    if start < cut < end and movement(gz, doc, cut, end):
        return [Span(doc, cut, end, label="ORG")]
    return None


# The armed men or forces of a movement named by its adjective: "Houthi forces".
_MOVEMENT_MEN = FIGHTER_NOUNS | {"forces", "troops", "militia", "militias", "militiamen"}


def movement_men(doc: Doc, start: int, tok: Token) -> bool:
    """ "Houthi forces", "the Houthi fighters", "Contra rebels": the men of a listed
    movement of no country named by its adjective, who are that movement (its
    adjective the actor), not a group of their own nor a country's."""
    if tok.lower_ not in _MOVEMENT_MEN:
        return False
    words = [t for t in doc[start : tok.i] if not (t.like_num or t.dep_ == "det")]
    if len(words) != 1 or words[0].i != tok.i - 1 or not words[0].is_title:
        return False
    entry = gazetteer().demonym(words[0].text)
    return entry is not None and entry.type == "Organization" and entry.country is None


def opens_a_movement(tok: Token) -> bool:
    """Whether ``tok`` is a people's adjective before a movement's name ("Palestinian"
    of "Palestinian Hamas militants", "Lebanese Hezbollah"): it qualifies the
    movement, no country of its own acts."""
    doc = tok.doc
    if not _people_word(tok):
        return False
    cut = prefix_end(doc, tok.i, len(doc))
    end = cut + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return movement(gazetteer(), doc, cut, end)
