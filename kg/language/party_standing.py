"""Where a party stands in its country's politics, said by the words before "party":
"the ruling party", "the governing party", "the main opposition party" (words as
data, :file:`party-standing.txt`). Found here as a description
(:mod:`kg.language.common_nouns`); whom it names is :mod:`kg.language.ruling_parties`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.lexicon import listed_words

_WORDS = listed_words("party-standing.txt")
# Where a party stands, by the words that say so: "ruling" (or "governing"), "opposition".
STANDINGS = {kind: _WORDS[kind] for kind in ("ruling", "opposition")}
RULING_VERBS = _WORDS["rules"]  # "the X Party, which rules Norway"
MODIFIERS = frozenset({"amod", "compound"})


def standing_of(words: list[str]) -> str | None:
    """ "ruling" for the words of "the ruling (governing) party", "opposition" for
    "the opposition party"; None when no word says where a party stands."""
    for kind, said in STANDINGS.items():
        if any(w in said for w in words):
            return kind
    return None


def standing_start(tok: Token) -> int | None:
    """Where the description "the ruling party" begins after its "the": a singular
    "party" with "the" and lower-case words before it, one of which says where it
    stands ("the ruling party", "the main opposition party"); None for any other
    ("Kenya's ruling party", "a ruling party", "the party")."""
    if tok.lower_ != "party" or tok.tag_ != "NN":
        return None
    lefts = list(tok.lefts)
    if len(lefts) < 2 or lefts[0].dep_ != "det" or lefts[0].lower_ != "the":
        return None
    words = lefts[1:]
    if not all(t.dep_ in MODIFIERS and t.is_lower for t in words):
        return None
    return words[0].i if standing_of([t.lower_ for t in words]) is not None else None
