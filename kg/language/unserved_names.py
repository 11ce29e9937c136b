"""Names inside a title phrase that say something else than whom the post serves,
for :func:`kg.language.titles.describe`: where a firm or a body no state owns is
("Turkey's biggest private bank", "the German carmaker"), where the holder is based
("a Singapore-based fund manager", "the BBC's Moscow correspondent"), a body the
holder is outside ("a non-EU member envoy"), or a people a country qualifies ("a
member of Britain's Jewish community").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from kg.language.body_words import FIRM_NOUNS, STATE_ORGANS
from kg.language.lexicon import TITLE_WORDS, listed_words
from kg.language.names import POSSESSIVE_ENDINGS

# a people or public one belongs to, no body that gives posts (data/community-words.txt)
_POPULACE = listed_words("community-words.txt")["populace"]


# Kinds of bodies no state owns: "Spain's largest lender", "the German carmaker"
_UNOWNED = (FIRM_NOUNS - STATE_ORGANS) | {"union", "unions", "lobby", "newspaper", "charity"}


def a_firm_s_country(doc: Doc, x: Any) -> bool:
    """``x`` is a country or demonym that only says where a firm or a body no state
    owns is: "Turkey's biggest private bank", "the German carmaker", "Spain's most
    powerful bank" (a superlative: one of many, not the state's own)."""
    if x.kind not in {"country", "demonym"} or x.end > len(doc):
        return False
    t = doc[x.end - 1]
    head = t.head
    if t.dep_ not in {"poss", "amod", "compound", "nmod"} or head.i <= t.i:
        return False
    if head.pos_ != "NOUN" or not head.is_lower or head.lower_ in TITLE_WORDS:
        return False  # "Iran's most senior cleric": the holder's own title
    ranked = any(
        c.tag_ == "JJS" or any(g.tag_ == "RBS" for g in c.children)
        for c in head.children
        if c.i > t.i
    )
    return ranked or head.lemma_.lower() in _UNOWNED


def where_based(doc: Doc, mention: Any) -> bool:
    """ "a Singapore-based fund manager": where the holder works, not whom for."""
    end = mention.end
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ in {"based", "born", "headquartered", "listed", "educated"}
    )


def posted_in(doc: Doc, mention: Any, segment: list[Any]) -> bool:
    """ "the BBC's Moscow correspondent", "Oxfam's Kabul director": a city or country
    right after a body's possessive is where the post is, not whom it serves."""
    return bool(
        segment
        and segment[-1].kind in {"org", "group"}
        and mention.kind in {"country", "place"}
        and mention.start >= 1
        and doc[mention.start - 1].text in POSSESSIVE_ENDINGS
    )


def non_member(doc: Doc, mention: Any) -> bool:
    """ "a non-EU member envoy": a body the holder does not belong to."""
    start = mention.start
    return (start >= 1 and doc[start - 1].lower_ in {"non", "non-"}) or (
        start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "non"
    )


def of_a_populace(doc: Doc, mention: Any) -> bool:
    """ "a member of Britain's Jewish community", "of the French Muslim community": the
    country owns or qualifies a people, not a body that gives the holder a post."""
    last = doc[mention.end - 1]
    return last.dep_ in {"poss", "amod", "compound", "case"} and (
        last.head.lower_ in _POPULACE
        or (last.head.dep_ in {"poss", "amod", "compound"} and last.head.head.lower_ in _POPULACE)
    )
