"""A person's name glued to "-led": "the Ana Vale-led government of Peru", "the Tom
Reyes-led junta". The model takes the name and the participle for one name (a person
"Ana Vale-led"), for a place, or for part of the body's phrase; the person is the
name before the hyphen, whom :mod:`kg.extract.led_posts` ties to the body led.

The name is two or three capitalised words written right before the hyphen (a
single word, "the Kovar-led coalition", may be a firm or a party: left to the
model), no country, body or place the gazetteer or the place list knows ("the
Saudi-led coalition", "the Tory-led government", "the Moscow-led talks").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.language.gazetteer import gazetteer
from kg.language.lexicon import TITLE_WORDS
from kg.language.places import places

_MOST = 3  # words of a name before "-led"
# Participles glued to a name by a hyphen that are no part of it: "Ana Vale-led",
# "Tom Reyes-backed" (a hyphened name's second part is a name: "Ji-woo").
GLUED_PARTICIPLES = frozenset(
    "led backed allied funded sponsored supported armed run owned controlled based".split()
)


def led_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each person's name before "-led" a person of its own, cut from
    any span that took in the participle or the noun after it."""
    out = list(spans)
    for i in range(2, len(doc)):
        if doc[i].lower_ != "led" or doc[i - 1].text != "-" or doc[i - 2].whitespace_:
            continue
        if doc[i - 1].whitespace_:
            continue
        start = _name_start(doc, i - 2)
        if start is None:
            continue
        name = Span(doc, start, i - 1, label="PERSON")
        if gazetteer().lookup(name.text) is not None or places().lookup(name.text) is not None:
            continue
        over = [s for s in out if s.start < i + 1 and start < s.end]
        if any(s.label_ == "PERSON" and s.start == start and s.end == i - 1 for s in over):
            continue  # already the person alone
        if any(s.start < start for s in over):
            continue  # the name is inside a longer one ("the Bank of Ana Vale-led ...")
        out = [s for s in out if s not in over]
        out.append(name)
    return out


def faction_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with capitalised words the model left untagged right before
    "faction" a body's name: "the Sunrise faction", "the New Dawn faction" (not a
    sentence's first word, a title, nor a name the gazetteer or place list knows)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for i in range(1, len(doc)):
        if doc[i].lower_ != "faction" or i - 1 in taken:
            continue
        start = i
        while start > 0 and start - 1 not in taken and _faction_word(doc, start - 1):
            start -= 1
        if start == i or i - start > _MOST:
            continue
        text = doc[start:i].text
        if gazetteer().lookup(text) is None and places().lookup(text) is None:
            out.append(Span(doc, start, i, label="ORG"))
    return out


def _faction_word(doc: Doc, i: int) -> bool:
    return _plain_capitalised(doc[i]) and not doc[i].is_sent_start


def _plain_capitalised(t: Token) -> bool:
    """A capitalised word that is no title and no people's adjective."""
    return (
        t.is_alpha
        and t.is_title
        and t.lower_ not in TITLE_WORDS
        and gazetteer().demonym_country(t.text) is None
    )


def _name_start(doc: Doc, last: int) -> int | None:
    """The first word of a two- or three-word capitalised name ending at ``last``."""
    start = last
    while (
        start > 0
        and last - start + 1 < _MOST
        and _name_word(doc, start - 1)
        and not doc[start - 1].is_sent_start
    ):
        start -= 1
    if start == last or not all(_name_word(doc, k) for k in range(start, last + 1)):
        return None
    return start


def _name_word(doc: Doc, i: int) -> bool:
    return doc[i].pos_ == "PROPN" and _plain_capitalised(doc[i])
