"""Places the model runs into a name, split off again, and place names that run
on past a gazetteer match (for :mod:`kg.language.entity_repair`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.language.body_words import ORG_HEAD_WORDS, UNIQUE_BODIES
from kg.language.gazetteer import Gazetteer, gazetteer
from kg.language.glued_groups import glued_cut
from kg.language.lexicon import HONORIFICS, TITLE_WORDS
from kg.language.places import places


def split_possessive_place(
    gz: Gazetteer, doc: Doc, start: int, end: int, label: str
) -> list[Span] | None:
    """ "Norway's parliament", "Oslo's mayor Ana Soto": the place, then the body or person."""
    if label not in {"ORG", "FAC", "PERSON", "LAW"}:
        return None
    for i in range(start + 1, min(end - 1, start + 5)):
        if doc[i].text in {"'s", "’s", "'"} and gz.is_place(doc[start:i].text):
            rest_label = "ORG" if label != "PERSON" else "PERSON"
            return [Span(doc, start, i, label="GPE"), Span(doc, i + 1, end, label=rest_label)]
    return None


def split_place_prefix(
    gz: Gazetteer, doc: Doc, start: int, end: int, label: str
) -> list[Span] | None:
    """ "Oslo Ana Soto": a place the model ran into the name of a person after it, or
    a city into a party's: "London UKIP" (no country: "US Democratic Party" may be
    one name). A people's adjective run into a movement's name ("Kurdish YPG") is
    dropped (:mod:`kg.language.glued_groups`)."""
    glued = glued_cut(gz, doc, start, end, label)
    if glued is not None:
        return glued
    if label == "ORG" and not gz.lookup(doc[start:end].text):
        for cut in range(start + 1, min(end, start + 3)):
            known = gz.lookup(doc[cut:end].text)  # (a country is none: "Pakistan")
            place = gz.is_place(doc[start:cut].text) and not gz.lookup(doc[start:cut].text)
            if place and known is not None and known.type == "Organization":
                # "London UKIP MEP X": a city's branch; the post is the party's
                return [Span(doc, start, cut, label="GPE"), Span(doc, cut, end, label="ORG")]
    if label not in {"FAC", "PERSON", "ORG", "GPE", "LOC"} or end - start < 3:
        return None
    for cut in range(start + 1, min(end - 1, start + 4)):
        head, rest = doc[start:cut], doc[cut:end]
        if not (gz.is_place(head.text) or gz.metonym(head.text)):
            continue
        if gz.lookup(rest.text) or gz.is_place(rest.text):
            return None
        names = [t for t in rest if t.is_alpha]
        if (
            len(rest) >= 2
            and all(t.is_title for t in names)
            and rest[-1].lower_ not in ORG_HEAD_WORDS
            and not any(t.lower_ in TITLE_WORDS for t in rest)
        ):
            # "U.S. Federal Reserve": no person's name begins with "Federal" or
            # "Central"; the country's body
            kind = "ORG" if rest[0].lower_ in UNIQUE_BODIES else "PERSON"
            return [Span(doc, start, cut, label="GPE"), Span(doc, cut, end, label=kind)]
    return None


def longer_place(doc: Doc, start: int, end: int) -> Span | None:
    """A place whose name runs on past a gazetteer match ("the West Bank"), or the
    coast guard named after it ("the Japan Coast Guard": not the shore "Japan Coast")."""
    guard = [t.text for t in doc[end : end + 2]]
    if guard in (["Coast", "Guard"], ["Coast", "Guards"]):
        return Span(doc, start, end + 2, label="ORG")
    for more in (1, 2):
        if end + more <= len(doc) and all(t.is_title for t in doc[end : end + more]):
            span = doc[start : end + more]
            if places().lookup(span.text) is not None:
                return Span(doc, start, end + more, label="LOC")
    return None


def lone_capital(doc: Doc, i: int) -> bool:
    """A one-word capital the model missed or took for a person ("Kyiv said"),
    not a surname ("Mr Washington", "Denzel Washington"); a modifier only as one
    side of a dashed pair of capitals ("the Kyiv-Moscow talks")."""
    t = doc[i]
    before = doc[i - 1] if i else None
    return (
        (
            t.dep_ not in {"compound", "nmod", "amod"} or _paired_capital(doc, i)
        )  # "the Lisbon vision"
        and t.ent_iob_ != "I"
        and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")
        and t.ent_type_ in {"", "PERSON"}  # (one the model tagged a place stays one)
        and (before is None or before.text.rstrip(".") not in HONORIFICS)
        and (before is None or before.lower_ not in TITLE_WORDS)
    )


def _paired_capital(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is joined by a dash, with no space either side, to
    another capital of a different country: "Kyiv-Moscow", "Athens-Ankara"."""
    gz = gazetteer()
    here = gz.metonym(doc[i].text)
    for dash, other in ((i + 1, i + 2), (i - 1, i - 2)):
        if min(dash, other) < 0 or max(dash, other) >= len(doc) or doc[dash].text != "-":
            continue
        first = min(i, other)
        if doc[first].whitespace_ or doc[dash].whitespace_:
            continue
        there = gz.metonym(doc[other].text)
        if here is not None and there is not None and here.key != there.key:
            return True
    return False
