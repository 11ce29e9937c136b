"""The people of a mission abroad, who are sent away as its envoys are: "a Ugandan
embassy official", "two officials of the Sudanese embassy", "consulate staff", "an
official at the Russian mission". Not a plain official ("a Ugandan official"), nor
one of an embassy's building or guard ("embassy guards"). The words are data in
``data/mission-staff.txt``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.lexicon import listed_words

_WORDS = listed_words("mission-staff.txt")
MISSIONS = _WORDS["mission"]
STAFF = _WORDS["staff"]


def mission_staff(token: Token) -> bool:
    """Whether ``token`` names people of a mission: a staff noun with the mission
    before it ("embassy official", "the consulate's staff") or after "of", "at" or
    "from" ("officials of the embassy").

    The tokens are a parse's, so the doctest only shows the lists:

    >>> "embassy" in MISSIONS and "official" in STAFF
    True
    """
    return bool(missions_of(token))


def missions_of(token: Token) -> list[Token]:
    """The mission words that make ``token`` a mission's people (none for a word of no
    staff): "the Sudanese embassy" of "two officials of the Sudanese embassy"."""
    if token.lemma_.lower() not in STAFF:
        return []
    before = [c for c in token.lefts if c.dep_ in {"compound", "nmod", "poss", "amod"}]
    after = [o for p in token.rights if p.dep_ == "prep" and p.lower_ in {"of", "at", "from"}
             for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return [t for t in [*before, *after] if t.lemma_.lower() in MISSIONS]
