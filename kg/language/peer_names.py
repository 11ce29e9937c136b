"""Peers within one article: a peer's title names a person of its own.

"Lord Vale" is no Tom Vale the story also names, unless the article says so: a
word that ties the title to the name before it ("Tom Vale, the former minister,
now Lord Vale,", "Tom Vale, who became Lord Vale in 2010"; the words as data in
``data/peer-words.txt``). A peer called by the style of any rank ("Lord",
"Lady") is the one peer of that name and sex whose rank the article gave
("Baroness Vale ... Lady Vale said"), and a bare surname no full name fits is the
article's one peer of that name ("Lord Vale of Ardley ... Vale added"). Read by
:func:`kg.language.person_names.link_people`.

Untied, a peer's title still joins the one namesake of its sex named in full
before it, as news copy introduces a peer ("Ann Vale said ... Baroness Vale, who
was Speaker, said"; "Tom Vale was made a peer, as Lord Vale of Ardley. Lord Vale
said" gives Tom Vale), but not at a mention that gives the title a place ("Lord
Vale of Ardley said"), nor a namesake the article seats in an elected house ("Tom
Vale MP", "Tom Vale, a Labour MP"), nor one first named after the peer (so a
place given at the peer's first mention keeps its later mentions apart).

>>> styled([("Baroness", "Vale"), ("Lady", "Vale"), ("Lord", "Kell")])
{'Lady Vale': 'Baroness Vale'}
>>> styled([("Baroness", "Vale"), ("Countess", "Vale"), ("Lady", "Vale")])
{}
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc

from kg.language.lexicon import listed_words
from kg.language.mention_record import Mention
from kg.language.name_sexes import given_name_sex, other_sex, title_sex


@cache
def _words() -> dict[str, frozenset[str]]:
    return listed_words("peer-words.txt")


def told_apart(doc: Doc, title_at: int, people: Sequence[Mention]) -> bool:
    """Whether a tie word before the peer's title at ``title_at`` ties it to someone
    other than the namesake named before it: one of the other sex, or the name's kin
    ("Tom Vale said his brother, now Lord Vale, ...", "Jane Vale, whose father later
    became Lord Vale,"): the peer is another person, for the whole article."""
    before = _named_before(doc, title_at, people)
    return (
        before is not None
        and tied_name(doc, title_at, people) is None
        and (
            other_sex(title_sex(doc[title_at].text), given_name_sex(before.text.lower().split()))
            or any(t.tag_ in {"PRP$", "WP$"} for t in doc[before.end : title_at - 1])
        )
    )


def _named_before(doc: Doc, title_at: int, people: Sequence[Mention]) -> Mention | None:
    """The nearest name before a tie word and the peer's title at ``title_at``, in its
    sentence and of the title's surname."""
    if title_at < 2 or doc[title_at - 1].lower_ not in _words()["tie"]:
        return None
    sent = doc[title_at].sent
    surname = doc[title_at + 1].lower_ if title_at + 1 < sent.end else ""
    before = [p for p in people if sent.start <= p.start and p.end < title_at - 1]
    if not before or doc[before[-1].end - 1].lower_ != surname:
        return None
    return before[-1]


def tied_name(doc: Doc, title_at: int, people: Sequence[Mention]) -> Mention | None:
    """The full name (of ``people``, in text order) the peer's title at ``title_at``
    is told to be: the nearest name before it in its sentence, of the title's
    surname, set off by a comma or "who" with no "and" between, with a tie word
    right before the title ("now", "became"). Not a name of the other sex ("Jane
    Vale, now Lord Vale"), nor one a possessive stands after ("Jane Vale said her
    husband, now Lord Vale,", "Jane Vale, whose father later became Lord Vale,":
    another person, the name's kin)."""
    named = _named_before(doc, title_at, people)
    if named is None:
        return None
    if other_sex(title_sex(doc[title_at].text), given_name_sex(named.text.lower().split())):
        return None
    between = doc[named.end : title_at - 1]
    if any(t.pos_ == "CCONJ" or t.tag_ in {"PRP$", "WP$"} for t in between):
        return None
    return named if any(t.text == "," or t.lower_ == "who" for t in between) else None


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


@dataclass
class Peers:
    """An article's peers named by a title and one name ("Lord Vale"), each by the
    name it is known by (a style stands for the rank: "Lady Vale" -> "Baroness
    Vale"): the full name's mention the article ties it to, the mentions that give
    the title a place, the peers told to be someone else (kin of a namesake, or of
    the other sex), where each is first named, and the untied ones by surname."""

    styles: dict[str, str] = field(default_factory=dict)
    ties: dict[str, int] = field(default_factory=dict)
    placed: set[int] = field(default_factory=set)
    apart: set[str] = field(default_factory=set)
    first_at: dict[str, int] = field(default_factory=dict)
    by_surname: dict[str, set[str]] = field(default_factory=dict)

    def known_as(self, name: str) -> str:
        return self.styles.get(name, name)


def read_peers(
    doc: Doc, titled: Sequence[tuple[Mention, str, str, bool]], people: Sequence[Mention]
) -> Peers:
    """The :class:`Peers` of the ``titled`` mentions (in text order: the mention, its
    title, its surname, whether a place follows), ``people`` the full names."""
    out = Peers(styles=styled([(title, surname) for _, title, surname, _ in titled]))
    for m, title, surname, place in titled:
        name = out.known_as(f"{title} {surname}")
        at = m.start if m.text.split()[0] == title else m.start - 1
        tied = tied_name(doc, at, [p for p in people if p.end <= m.start])
        if tied is not None:
            out.ties.setdefault(name, tied.id)
        elif told_apart(doc, at, [p for p in people if p.end <= m.start]):
            out.apart.add(name)  # "his brother, now Lord Vale": no Tom Vale, anywhere
        if place:
            out.placed.add(m.id)
        out.first_at.setdefault(name, m.start)
    for _, title, surname, _ in titled:
        name = out.known_as(f"{title} {surname}")
        if name not in out.ties:
            out.by_surname.setdefault(surname.lower(), set()).add(name)
    return out


def commoner(doc: Doc, m: Mention) -> bool:
    """A full name the article seats in an elected house, whom no peer's title
    names: "Tom Vale MP", "Tom Vale, a Labour MP," (the words as ``commoner`` in
    ``data/peer-words.txt``)."""
    seats = _words()["commoner"]
    if m.end < len(doc) and doc[m.end].text in seats:
        return True
    return any(d.title.split()[-1:] and d.title.split()[-1] in seats for d in m.descriptors)
