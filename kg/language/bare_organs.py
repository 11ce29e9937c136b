"""A state's organ of a kind it has many of, told by its country's demonym alone:
"Saudi ministry to hire women", "the Kenyan ministry said", "a Peruvian department
ruled". Which ministry the words do not say, so the phrase names no body of its own
(no actor "Kenyan ministry", no member of Kenya); as "Chilean officials" or "the
Chilean regulator", it is a description that acts for its country. A field makes it
one: "the Kazakh foreign ministry", "the Peruvian Finance Ministry" are bodies (the
nouns are data: ``many`` in ``data/organ-words.txt``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.gazetteer import gazetteer
from kg.language.lexicon import listed_words
from kg.language.mention_record import Mention
from kg.language.names import POSSESSIVE_ENDINGS

MANY_ORGANS = listed_words("organ-words.txt")["many"]
_DETERMINERS = frozenset({"the", "a", "an"})


def bare_organ_mention(doc: Doc, start: int, end: int, sent: int) -> Mention | None:
    """The demonym of a name the model tagged whole that is only a demonym and a bare
    organ ("Zambian ministry"), as a mention of its own (as the model's "Zambian"
    would be); None for any other name."""
    if end - start < 2 or not bare_organ(doc, start, doc[end - 1]):
        return None
    first = next(t for t in doc[start:end] if t.lower_ not in _DETERMINERS)
    entry = gazetteer().demonym(first.text)
    return Mention(0, first.i, first.i + 1, sent, "demonym", first.text, entry)


def bare_organ(doc: Doc, start: int, tok: Token) -> bool:
    """Whether ``doc[start : tok.i + 1]`` is only a demonym (and an article) before an
    organ's noun in lower case that a state has many of: "the Kenyan ministry"."""
    if tok.lower_ not in MANY_ORGANS or not tok.is_lower:
        return False
    words = [t for t in doc[start : tok.i] if t.lower_ not in _DETERMINERS]
    gz = gazetteer()
    countries = [t for t in words if gz.demonym_country(t.text) is not None]
    return bool(countries) and all(t.text in POSSESSIVE_ENDINGS or t in countries for t in words)
