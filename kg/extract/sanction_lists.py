"""A list that punishes whoever is put on it is a blacklist.

"Added X to its sanctions list", "put X on the Entity List", "placed X on its list of
terrorist organisations": as "blacklisted X", a sanction on X (CAMEO 163). A list of
anything else ("added Peru to the list of countries visited", "put X on the guest
list") is only a list.
"""

from __future__ import annotations

from spacy.tokens import Token

# Words that make a list one of the punished: before it ("sanctions list", "Entity
# List", "terror list") or in its "of" phrase ("list of terrorist organisations").
PUNISHING = frozenset(
    """sanction sanctions sanctioned entity entities terror terrorist terrorists blacklist
    blacklisted banned proscribed terrorism unlawful illegal outlawed""".split()
)


def listed_as(noun: Token) -> str:
    """The lemma of ``noun`` (lower case), or "blacklist" for a list of the punished."""
    lemma = noun.lemma_.lower()
    if lemma != "list":
        return lemma
    words = [c for c in noun.children if c.dep_ in {"compound", "amod"} and c.i < noun.i]
    words += [
        w
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
        for w in (o, *o.children)
        if w.dep_ in {"pobj", "amod", "compound"}
    ]
    return "blacklist" if any(w.lower_ in PUNISHING for w in words) else lemma
