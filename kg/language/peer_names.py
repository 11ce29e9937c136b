"""Peers within one article: a peer's title names a person of its own.

"Lord Vale" is no Tom Vale the story also names, unless the article says so: a
word that ties the title to the name before it ("Tom Vale, the former minister,
now Lord Vale,", "Tom Vale, who became Lord Vale in 2010"; the words as data in
``data/peer-words.txt``). A peer called by the style of any rank ("Lord",
"Lady") is the one peer of that name and sex whose rank the article gave
("Baroness Vale ... Lady Vale said"), and a bare surname no full name fits is the
article's one peer of that name ("Lord Vale of Ardley ... Vale added"). Read by
:func:`kg.language.person_names.link_people`.

>>> styled([("Baroness", "Vale"), ("Lady", "Vale"), ("Lord", "Kell")])
{'Lady Vale': 'Baroness Vale'}
>>> styled([("Baroness", "Vale"), ("Countess", "Vale"), ("Lady", "Vale")])
{}
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc

from kg.language.lexicon import listed_words
from kg.language.mention_record import Mention
from kg.language.name_sexes import title_sex


@cache
def _words() -> dict[str, frozenset[str]]:
    return listed_words("peer-words.txt")


def tied_name(doc: Doc, title_at: int, people: Sequence[Mention]) -> Mention | None:
    """The full name (of ``people``, in text order) the peer's title at ``title_at``
    is told to be: the nearest name before it in its sentence, set off by a comma
    or "who", with a tie word right before the title ("now", "became")."""
    if title_at < 2 or doc[title_at - 1].lower_ not in _words()["tie"]:
        return None
    sent = doc[title_at].sent
    before = [p for p in people if sent.start <= p.start and p.end < title_at - 1]
    if not before:
        return None
    name = before[-1]
    between = doc[name.end : title_at - 1]
    return name if any(t.text == "," or t.lower_ == "who" for t in between) else None


def styled(peers: Sequence[tuple[str, str]]) -> dict[str, str]:
    """For each peer ``(title, surname)`` of the article called by a style ("Lord
    Vale", "Lady Vale"), the one peer of that surname and sex the article named by
    a rank ("Baron Vale", "Baroness Vale"), as ``"Lady Vale" -> "Baroness Vale"``."""
    styles = _words()["style"]
    ranked: dict[tuple[str, str], set[str]] = {}
    for title, surname in peers:
        if title not in styles and title_sex(title):
            ranked.setdefault((surname, title_sex(title)), set()).add(title)
    out = {}
    for title, surname in peers:
        ranks = ranked.get((surname, title_sex(title)), set())
        if title in styles and len(ranks) == 1:
            out[f"{title} {surname}"] = f"{next(iter(ranks))} {surname}"
    return out
