"""A place's name before its parties: "met the leaders of the four main Westmark
parties", "held talks with the three main Holbury parties", "leaders of the Dunmore
groups".

The name that qualifies a plural "parties" or "groups" (the ``parties`` row of
``data/party-standing.txt``), with nothing but lower-case words between ("the main
Westmark political parties"; not a possessive, "Ruto Ndege's groups"), says where the parties are: it is no actor when the
gazetteer knows it as no country or body (whatever the model tagged it, a place, a
body or a person: :func:`parties_place`, asked by
:func:`kg.language.not_names.names_no_actor`), and a known country's parties are not the
country (:func:`country_of_parties`: "the four main Kenyan parties" are Kenya's
parties; with no names of their own they meet no one). Names joined by "and" are the
parties themselves ("the Labour and Conservative parties", "the Israeli and Palestinian
parties" of talks), and so is a name the gazetteer knows as a body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.language.gazetteer import gazetteer
from kg.language.lexicon import listed_words

if TYPE_CHECKING:  # (the table's module reads the names' tests)
    from kg.language.token_table import TokenTable

PARTY_NOUNS = listed_words("party-standing.txt")["parties"]
_JOINING = frozenset({"and", "or", "&", ",", "/", "-"})
_NAMING = frozenset({"GPE", "ORG", "PERSON", "LOC"})


def parties_place(doc: Doc, w: TokenTable, start: int, end: int, label: str) -> bool:
    """Whether ``doc[start:end]`` (tagged ``label``) is an unknown name right before
    its parties: no actor."""
    if label not in _NAMING or end - start > 2 or end >= len(doc):
        return False
    k = end
    while k < len(doc) and w.is_lower[k] and w.lower[k] not in PARTY_NOUNS | _JOINING:
        if doc[k].tag_ == "POS":
            return False  # "Otieno Kamau's groups": a name's own, no place's
        k += 1  # "the main Westmark political parties"
    if k >= len(doc) or w.lower[k] not in PARTY_NOUNS or k - end > 2:
        return False
    if w.lower[end] in _JOINING or (start > 0 and w.lower[start - 1] in _JOINING):
        return False  # "the Labour and Conservative parties": the parties named
    noun = doc[k]
    if noun.tag_ != "NNS" or doc[end - 1].head.i != k:
        return False
    return gazetteer().lookup(doc[start:end].text) is None


def country_of_parties(left: Token, noun: Token) -> bool:
    """Whether ``left`` only says whose parties ``noun`` names: a modifier of a plural
    "parties" not joined to another ("the main Kenyan parties", not "the Israeli and
    Palestinian parties")."""
    return (
        noun.lower_ in PARTY_NOUNS
        and left.dep_ in {"compound", "amod", "nmod"}
        and not left.conjuncts
    )
