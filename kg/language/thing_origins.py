"""Words that say where a thing comes from, not whose act it is: "a Maltese-flagged
tanker", "a German-built submarine", "a Chinese-made drone". The country before the
hyphen is a flag, a registry, a maker or its owners' nationality, never a party to
what is done to or with the thing ("Vestria seized a Panamanian-flagged freighter" is
no act against Panama). The words are data (``data/origin-words.txt``).

>>> sorted(ORIGIN_PARTICIPLES & {"flagged", "made", "drafted"})
['flagged', 'made']
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.gazetteer import gazetteer
from kg.language.lexicon import listed_words

ORIGIN_PARTICIPLES = listed_words("origin-words.txt")["thing"]


def origin_word(word: Token) -> bool:
    """``word`` is a participle of origin ("flagged", which the tagger may call an
    adjective) or a hyphenated one ("Maltese-flagged" as one token)."""
    return word.lower_.rsplit("-", 1)[-1] in ORIGIN_PARTICIPLES


def origin_name(word: Token) -> bool:
    """``word`` is a nationality or a country's name before the hyphen of a participle
    of origin: "Maltese" in "a Maltese-flagged tanker", "Panama" in "a Panama-registered
    ship" (a flag, not a party). A firm that owns a thing is its owner still
    ("Rosneft-owned Yugansk")."""
    doc = word.doc
    if not (
        word.i + 2 < len(doc)
        and doc[word.i + 1].text == "-"
        and not (word.whitespace_ or doc[word.i + 1].whitespace_)
        and origin_word(doc[word.i + 2])
    ):
        return False
    gz = gazetteer()
    entry = gz.demonym(word.text) or gz.lookup(word.text)
    return entry is not None and entry.key.startswith("country/")
