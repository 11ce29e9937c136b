"""One name, one kind within an article.

The model types the same unknown name differently from sentence to sentence:
"the oil firm Zarkov" (a firm, from the noun before it), then "Zarkov said ..."
(a person), then "... sold to Zarkov" (a place). Three actors of three types
would split the firm and let a pronoun pick the wrong one. When a name the
gazetteer does not know is an organisation somewhere in the article, and it is
never part of a longer person's name there, its other single-name mentions are
that organisation too; and where the model missed the name altogether, a
one-word firm found elsewhere in the article is still that firm
(:func:`firm_names`). A name the article writes after "the" ("the Bishop
said") is a description the model took for a name, not a firm's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from kg.language.firm_short_names import firm_fronts, short_firm_names
from kg.language.gazetteer import Entry
from kg.language.lexicon import TITLE_WORDS
from kg.language.mention_record import Mention
from kg.language.places import places
from kg.language.post_fronts import fronts_before_posts

_RETYPED = {"person", "place"}


def firm_names(doc: Doc, mentions: Sequence[Mention]) -> dict[str, Entry | None]:
    """One-word organisation names of the article (with their gazetteer entry)
    that are names, not descriptions: never after "the", never a title word,
    never part of a person's name."""
    in_names = {w for m in mentions if m.kind == "person" and " " in m.text for w in m.text.split()}
    found: dict[str, Entry | None] = {}
    described: set[str] = set()
    for m in mentions:
        if m.kind != "org" or " " in m.text:
            continue
        if m.start > 0 and doc[m.start - 1].lower_ == "the":
            described.add(m.text)
        found.setdefault(m.text, m.entry)
    for short in short_firm_names(doc, mentions):  # "Acme" of "Acme Holdings"
        found.setdefault(short, None)
    for front in firm_fronts(mentions):  # "Tarn Valley" of "Tarn Valley Biscuits"
        found.setdefault(front, None)
    return {
        name: entry
        for name, entry in found.items()
        if name not in described and name not in in_names and name.lower() not in TITLE_WORDS
    }


def one_kind_per_name(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the person and place mentions of an unknown name that
    is an organisation elsewhere in the article turned into organisations.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from kg.language.mention_record import Mention
    >>> doc = Doc(Vocab(), words="Zarkov a b c d Zarkov e f g Zarkov h i Lind".split())
    >>> ms = [Mention(0, 0, 1, 0, "org", "Zarkov"), Mention(0, 5, 6, 1, "person", "Zarkov"),
    ...       Mention(0, 9, 10, 2, "place", "Zarkov"), Mention(0, 12, 13, 3, "person", "Lind")]
    >>> [m.kind for m in one_kind_per_name(doc, ms)]
    ['org', 'org', 'org', 'person']
    """
    firms = {name for name, entry in firm_names(doc, mentions).items() if entry is None}
    firms |= _which_names(doc, mentions)
    firms |= fronts_before_posts(doc, mentions)  # "Kellan chairman X" after "Kellan Dairies"
    surnames = _surnames(mentions)
    return [
        replace(m, kind="org", locative=False)
        if m.kind in _RETYPED and m.entry is None and m.text in firms and not m.metonym
        else replace(m, kind="person", entry=None)
        if _a_surname(doc, m, surnames) or _a_country_surname(doc, m, mentions, surnames)
        else m
        for m in mentions
    ]


def _surnames(mentions: Sequence[Mention]) -> set[str]:
    """The last words of the people named in full ("Kanye West": "West")."""
    return {m.text.split()[-1] for m in mentions if m.kind == "person" and m.entry is None
            and len(m.text.split()) >= 2 and m.text.split()[-2].lower() != "of"}  # fmt: skip


def _a_surname(doc: Doc, m: Mention, surnames: set[str]) -> bool:
    """A body or group the gazetteer knows by one bare word that is the surname of a
    person the article names: "Kanye West ... West said" is the person, not "the
    West" (which keeps its article: "the West said")."""
    return (
        m.kind in {"org", "group"}
        and m.entry is not None
        and m.text in surnames
        and not (m.start > 0 and doc[m.start - 1].lower_ == "the")
    )


def _a_country_surname(
    doc: Doc, m: Mention, mentions: Sequence[Mention], surnames: set[str]
) -> bool:
    """A country's bare name, after the first full mention of a person the article
    names by it, in an article that names the country no other way, nowhere as a
    place and no place in it: "Defence Minister Tomas Jordan ... accused Jordan of
    misleading parliament" is the minister; not "Jordan rejected the plan. Its envoy,
    Tom Jordan, ...", and not with "Jordanian", "Amman", "in Jordan", "flew to
    Jordan" or a town of Jordan in the story."""
    if m.kind != "country" or m.entry is None or m.text not in surnames or m.locative:
        return False
    first = min(
        (o.start for o in mentions if o.kind == "person" and o.text.endswith(" " + m.text)),
        default=len(doc),
    )
    if m.start < first:
        return False
    key, iso3 = m.entry.key, m.entry.iso3
    if any(_lies_in(o.text) == iso3 for o in mentions if o.kind in {"place", "country"}):
        return False
    return all(
        o.text == m.text and not o.locative and doc[o.start : o.end].root.dep_ != "pobj"
        for o in mentions
        if o.entry is not None and (o.entry.key == key or o.entry.country == iso3)
    )


def _lies_in(name: str) -> str | None:
    """The country (ISO alpha-3) of the town or region called ``name``, if kg knows it."""
    place = places().lookup(name)
    return place.country if place is not None else None


def _which_names(doc: Doc, mentions: Sequence[Mention]) -> set[str]:
    """Names the model took for people that the article continues with "which"
    ("Greta Holm, which floated in 1995, ..."): a firm named after its founder."""
    found = set()
    for m in mentions:
        if m.kind != "person" or m.entry is not None:
            continue
        root = doc[m.start : m.end].root
        for clause in root.children:
            if clause.dep_ == "relcl" and clause.i > root.i:
                subject = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if subject and subject[0].lower_ == "which" and subject[0].i == m.end + 1:
                    found.add(m.text)  # "X, which ...": right after the name and its comma
    return found
