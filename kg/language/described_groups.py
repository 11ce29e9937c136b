"""Groups named by what they are: "the coup leaders", "military rulers", "rebel
commanders", "the junta", "the Libyan opposition", "the military" (of no country
named). Each is an unnamed group of its article, no country's: "the Russian
military" and "the army of Sudan" act for their countries
(:mod:`kg.language.country_agents`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.country_agents import of_a_country
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import (
    AGENT_NOUNS,
    DESCRIBED_GROUP_NOUNS,
    GENERIC_GROUP_NOUNS,
    GROUP_MODIFIERS,
    GROUP_SINGULARS,
    QUALIFIED_GROUP_SINGULARS,
    RELATIONAL_NOUNS,
)

UNNAMED_FORCES = frozenset({"military", "army", "junta"})
_RULING_NOUNS = {"administration", "government", "regime", "authorities", "council"}


def described_group(doc: Doc, start: int, tok: Token) -> bool:
    """ "the coup leaders", "military rulers", "rebel commanders", "the junta": people
    acting together, named by what they are (an unnamed group of the article)."""
    low = tok.lower_
    if low in GROUP_SINGULARS:
        return tok.dep_ != "compound"
    if low in QUALIFIED_GROUP_SINGULARS and tok.dep_ != "compound":
        # "the Libyan opposition", "Chad's main rebel group": one country's
        # opposition is no actor for that country (and the bare "opposition" of a
        # story about one parliament is left alone)
        words = doc[start : tok.i]
        country = any(
            gazetteer().demonym(t.text) is not None or t.ent_type_ in {"GPE", "NORP"} for t in words
        )
        return country and (low == "opposition" or any(t.lower_ in GROUP_MODIFIERS for t in words))
    if low in UNNAMED_FORCES:  # "the military said", not "the Russian military"
        words = doc[start : tok.i]
        return (
            tok.dep_ != "compound"
            and start > 0
            and doc[start - 1].lower_ == "the"
            and not any(t.pos_ == "PROPN" or t.ent_type_ for t in words)
            and not of_a_country(tok)  # "the army of Sudan" is Sudan's
        )
    if low in _RULING_NOUNS:  # "the military administration", "the ruling council"
        return any(t.lower_ in GROUP_MODIFIERS for t in doc[start : tok.i])
    if tok.tag_ not in {"NNS", "NNPS"} or low in RELATIONAL_NOUNS:
        return False
    if any(c.lower_ == "other" for c in tok.children):
        return False  # "other military leaders": more of someone already named
    if low not in DESCRIBED_GROUP_NOUNS | GENERIC_GROUP_NOUNS | AGENT_NOUNS | _RULING_NOUNS:
        return False
    return any(t.lower_ in GROUP_MODIFIERS for t in doc[start : tok.i])
