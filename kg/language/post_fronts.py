"""A body called by the first word of its name right before a post and its holder.

"Brightwater Foods agreed to buy Kellan Dairies. Kellan chairman Robert Osei said
...": the article named the body in full, then calls it by its first word in front
of a post ("chairman", "chief executive"), as news writes "Velmora chief executive
X". The model takes the short form for a person or a place. It is the body when
exactly one body the article names (one the gazetteer does not know) begins with
that word, and a lower-case post word follows it; with two ("Kellan Dairies" and
"Kellan Farms") it is neither. :mod:`kg.language.firm_short_names` already reads
the fronts of names whose other words are only words firms are called by
("Acme Holdings"); this reads any name's, since the post after it says it is a body.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from kg.language.gazetteer import gazetteer
from kg.language.lexicon import TITLE_WORDS
from kg.language.mention_record import Mention


def name_front(text: str) -> str | None:
    """The first word of a body's name of two words or more ("Kellan" of "Kellan
    Dairies", of "the Kellan Dairy Group"); None for a one-word name."""
    words = text.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    return words[0] if len(words) >= 2 and words[0].istitle() else None


def before_a_post(doc: Doc, end: int) -> bool:
    """A lower-case post word follows at ``end``: "chairman", "chief executive"."""
    return end < len(doc) and doc[end].is_lower and doc[end].lower_ in TITLE_WORDS


def one_body_of(front: str, names: Iterable[str]) -> str | None:
    """The one name among ``names`` that ``front`` begins; None with none or two."""
    found = {n for n in names if name_front(n) == front}
    return found.pop() if len(found) == 1 else None


def fronts_before_posts(doc: Doc, mentions: Sequence[Mention]) -> set[str]:
    """The first words of the article's bodies' names that stand alone right before
    a post somewhere in it ("Kellan" of "Kellan Dairies ... Kellan chairman X"), the
    front of one body only, and nothing the gazetteer knows (no country, people or
    place: "British" of "British Airways")."""
    names = [m.text for m in mentions if m.kind == "org" and m.entry is None]
    fronts = {f for n in names if (f := name_front(n)) is not None}
    gz = gazetteer()
    return {
        m.text
        for m in mentions
        if m.text in fronts
        and before_a_post(doc, m.end)
        and m.text.lower() not in TITLE_WORDS
        and one_body_of(m.text, names) is not None
        and not (gz.lookup(m.text) or gz.demonym(m.text) or gz.is_place(m.text))
    }
