"""Named ships: "the USS Stark", "HMS Sheffield", "the cruiser General Belgrano".

A warship's prefix says whose navy it is in (``data/ship-prefixes.tsv``: "USS" the
United States, "HMS" the United Kingdom), so a ship named with one acts for that
state or is attacked as it ("HMS Sheffield was hit by an Argentine missile": the
United Kingdom is hit). A name after a noun of ships ("the Argentine cruiser General
Belgrano") is the ship's, never a person's with a rank.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span

from kg.language.gazetteer import Entry, gazetteer
from kg.language.lexicon import listed_words
from kg.language.token_table import TokenTable


@cache
def _prefixes() -> dict[str, str]:
    text = resources.files("kg.language").joinpath("data", "ship-prefixes.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {prefix: country.strip() for prefix, country in rows}


def ship_spans(doc: Doc, text: list[str]) -> list[Span]:
    """Ships named with a navy's prefix, which the model tags as anything or misses:
    "the USS Vincennes", "ROKS Cheonan" (``text``: each token's text, read once)."""
    prefixes = _prefixes()
    found = []
    for i in [i for i, word in enumerate(text[:-1]) if word in prefixes]:
        if not doc[i + 1].is_title:
            continue
        end = i + 1
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        if end > i + 1:
            found.append(Span(doc, i, end, label="ORG"))
    return found


def ship_state(name: str) -> Entry | None:
    """The state whose ship ``name`` is: "USS Stark" -> the United States."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    country = _prefixes().get(words[0]) if len(words) > 1 else None
    return gazetteer().lookup(country) if country else None


def after_vessel_noun(w: TokenTable, start: int) -> bool:
    """Whether the name at ``start`` follows a noun of ships, over capitalised words
    between: "the cruiser General Belgrano", "the frigate Almirante Soto"."""
    i = start - 1
    while i >= 0 and w.is_title[i]:
        i -= 1
    return i >= 0 and w.lower[i] in listed_words("thing-words.txt")["vessel"]
