"""What belongs to a town, not to a state's government: a capital before one of these
nouns ("London's media", "Tokyo's stock market", "Berlin taxi drivers", "Moscow's
mayor", "Washington's think tanks") names the town, so it is no party, speaker or
target, and a title it owns is the town's post, not a post of its country. The
nouns are data (``data/town-nouns.txt``)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.language.lexicon import listed_words


@cache
def town_nouns() -> frozenset[str]:
    """The nouns (lower case) for a town's posts, people, places and things."""
    return frozenset().union(*listed_words("town-nouns.txt").values())


def town_noun(token: Token) -> bool:
    """ "media", "mayor", "drivers", "market" in "stock market", "tanks" in "think
    tanks": a noun of a town's, by itself or joined to the word before it."""
    nouns = town_nouns()
    if token.lower_ in nouns or token.lemma_.lower() in nouns:
        return True
    before = [c for c in token.lefts if c.dep_ == "compound"]
    return any(f"{c.lower_}-{token.lower_}" in nouns for c in before)
