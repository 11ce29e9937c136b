"""Parties named by a bare plural of their family's label: "the Socialists", "the
Liberals", "the Greens", "Prime Minister X's Socialists". Many countries have a party
of each family, so the label alone does not tell which country's it is (issue 10's
rule: an ambiguous short form is linked only with context, otherwise left unlinked);
it is still an actor, a party known by its label. The small model tags such a label a
nationality (NORP), an organisation, or nothing, so "the Socialists and the Liberals
agreed a budget pact" had one party or none. The labels are data
(``data/party-families.txt``).

Only a capitalised plural standing as a noun, after "the" or a possessive: not a
modifier ("Socialists leader"), not counted ("three Socialists voted": members), not
lower case ("the greens of the course"), not bare ("Socialists across Europe").
Such a party is its article's (:func:`party_key`): another story's Liberals are
another country's, as an unnamed group's junta is.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.language.lexicon import listed_words
from kg.language.mention_record import Mention
from kg.language.slugs import own_key

BARE_FAMILIES = listed_words("party-families.txt")["bare"]


def bare_party(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are one family's plural label standing as a party:
    "the Socialists", "Moreno's Socialists", "the Greens' leader"."""
    if end - start != 1 or doc[start].text not in BARE_FAMILIES:
        return False
    head = doc[start]
    if head.dep_ in {"compound", "amod"}:
        return False  # "Socialists leader X": a modifier
    if any(c.dep_ == "nummod" or c.like_num for c in head.lefts):
        return False  # "three Socialists voted": members, not the party
    before = doc[start - 1] if start > 0 else None
    owned = any(c.dep_ == "poss" for c in head.children)
    return owned or (before is not None and before.lower_ == "the")


def bare_party_mentions(doc: Doc, sent_of: list[int], taken: set[int]) -> list[Mention]:
    """A party mention for every bare family label the model tagged as nothing."""
    return [
        Mention(0, t.i, t.i + 1, sent_of[t.i], "org", t.text, None)
        for t in doc
        if t.i not in taken and t.text in BARE_FAMILIES and bare_party(doc, t.i, t.i + 1)
    ]


def party_key(key: str, name: str, scope: str) -> str:
    """``key`` made the article ``scope``'s own for a bare family label the gazetteer
    does not know ("the Liberals"): one party within a story, none across stories."""
    return own_key(key, scope) if name in BARE_FAMILIES else key
