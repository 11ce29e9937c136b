"""Events a place hosts: "boycotted the Moscow Olympics", "the Beijing Games".

An event ("Olympics", "Games", "World Cup") is never a party, nor is a body that
runs one ("the Commonwealth Games"). A capital before the event's noun stands for
the host country ("the Moscow Olympics": Russia); another city ("the Sydney
Games", "the Los Angeles Olympics") names no country. The event nouns are data
(``event`` in ``kg/language/data/thing-words.txt``).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.gazetteer import gazetteer
from kg.language.lexicon import listed_words


def is_event(token: Token) -> bool:
    """ "the Winter Olympics", "the World Cup": a capitalised event noun."""
    return token.text in listed_words("thing-words.txt")["event"]


def hosts(event: Token) -> list[str]:
    """The countries whose capitals name ``event``: "the Beijing Winter Olympics"."""
    if not is_event(event):
        return []
    found: list[str] = []
    gz = gazetteer()
    for c in event.children:
        if c.dep_ != "compound" or c.i > event.i:
            continue
        entry = gz.metonym(event.doc[c.left_edge.i : c.i + 1].text)
        if entry is not None and entry.type == "Country":
            found.append(entry.key)
    return found
