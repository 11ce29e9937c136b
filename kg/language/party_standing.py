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
    """Where the description "the ruling party" begins after its "the" or its
    country's possessive: a singular "party" with "the" (or "Kenya's", "the country's",
    "its") and lower-case words before it, one of which says where it stands ("the
    ruling party", "the main opposition party", "Kenya's ruling party"); None for any
    other ("a ruling party", "the party", "Labour's ruling party")."""
    if tok.lower_ != "party" or tok.tag_ != "NN":
        return None
    lefts = list(tok.lefts)
    if len(lefts) < 2 or not (
        (lefts[0].dep_ == "det" and lefts[0].lower_ == "the") or _country_owner(lefts[0])
    ):
        return None
    words = lefts[1:]
    if not all(t.dep_ in MODIFIERS and t.is_lower for t in words):
        return None
    return words[0].i if standing_of([t.lower_ for t in words]) is not None else None


# Nouns for a country that may own its parties: "the country's ruling party".
_COUNTRY_NOUNS = frozenset({"country", "nation"})


def _country_owner(tok: Token) -> bool:
    """ "Kenya's", "the country's", "its": a country that owns the party (not a party
    or a person: "Labour's", "Ann Vale's")."""
    if tok.dep_ != "poss":
        return False
    if tok.lower_ == "its":
        return True
    return tok.ent_type_ == "GPE" or (tok.lower_ in _COUNTRY_NOUNS and not tok.ent_type_)
