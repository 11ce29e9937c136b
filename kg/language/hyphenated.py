"""Country pairs written as one hyphenated adjective: "Israeli-Palestinian talks",
"the Sino-Japanese summit", "Franco-German relations". Each part is a demonym (or
the combining form of one, "Sino-" for Chinese), so each names its country."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.language.gazetteer import Entry, gazetteer

# Combining forms that stand for a country's adjective before a hyphen (general knowledge).
COMBINING_FORMS = {"Sino": "Chinese", "Franco": "French", "Anglo": "British", "Russo": "Russian",
                   "Indo": "Indian", "Italo": "Italian", "Greco": "Greek", "Turco": "Turkish",
                   "Austro": "Austrian", "Nippo": "Japanese", "Luso": "Portuguese",
                   "Hispano": "Spanish", "Serbo": "Serbian"}  # fmt: skip


def part_country(doc: Doc, i: int) -> Entry | None:
    """The country token ``i`` names as part of a hyphenated pair, if it is one."""
    if not _in_pair(doc, i):
        return None
    return _country(doc[i].text)


def hyphenated_countries(doc: Doc, start: int, end: int) -> list[tuple[int, Entry]]:
    """(token index, country) for every part of ``doc[start:end]`` when the span is
    nothing but a hyphenated pair (or list) of country adjectives; else nothing."""
    words = [doc[i] for i in range(start, end)]
    if len(words) < 3 or len(words) % 2 == 0:
        return []
    if any(t.text != "-" for t in words[1::2]) or any(t.whitespace_ for t in words[:-1]):
        return []
    found = [(t.i, _country(t.text)) for t in words[::2]]
    parts = [(i, e) for i, e in found if e is not None]
    return parts if len(parts) == len(found) and len({e.key for _, e in parts}) > 1 else []


def _in_pair(doc: Doc, i: int) -> bool:
    before = (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 2].whitespace_
        and not doc[i - 1].whitespace_
    )
    after = (i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
             and not doc[i + 1].whitespace_)  # fmt: skip
    if not (before or after):
        return False
    other = doc[i - 2] if before else doc[i + 2]
    return _country(other.text) is not None


def _country(word: str) -> Entry | None:
    entry = gazetteer().demonym(COMBINING_FORMS.get(word, word))
    return entry if entry is not None and entry.type == "Country" else None
