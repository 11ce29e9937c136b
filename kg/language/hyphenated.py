"""Country pairs written as one hyphenated adjective: "Israeli-Palestinian talks",
"the Sino-Japanese summit", "Franco-German relations". Each part is a demonym (or
the combining form of one, "Sino-" for Chinese), so each names its country. Also
the first of two country adjectives that share their last word, written once:
"North and South Korean officials" (North Korean and South Korean), or hyphenated:
"North-South Korean talks"."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.language.gazetteer import Entry, gazetteer
from kg.language.org_spans import parts_between
from kg.language.token_table import Story, TokenTable

# Combining forms that stand for a country's adjective before a hyphen (general knowledge).
COMBINING_FORMS = {"Sino": "Chinese", "Franco": "French", "Anglo": "British", "Russo": "Russian",
                   "Indo": "Indian", "Italo": "Italian", "Greco": "Greek", "Turco": "Turkish",
                   "Austro": "Austrian", "Nippo": "Japanese", "Luso": "Portuguese",
                   "Hispano": "Spanish", "Serbo": "Serbian"}  # fmt: skip

# Nouns written with hyphens that the tokenizer keeps whole, to be found as one word
# ("had a tete-a-tete with X"; split, "tete" and "a" parse as modifiers; "Japan's
# write-off of X's debt", split, makes "off" the noun).
ONE_WORD_HYPHENATED = frozenset({"tete-a-tete", "tête-à-tête", "write-off"})

_DASH = get_string_id("-")


def dash_indices(doc: Doc) -> set[int]:
    """The indices of the "-" tokens of ``doc`` (a part of a pair stands next to
    one), read from the document's array of spellings: spaCy makes a new Token
    object at every access."""
    if not len(doc):
        return set()
    return {i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth == _DASH}


def part_country(doc: Doc, i: int) -> Entry | None:
    """The country token ``i`` names as part of a hyphenated pair, if it is one
    ("inter-Korean": "inter" and "Korean" each name one of the two)."""
    for lo in (i, i - 2):
        if lo >= 0 and (inter := dict(inter_pair(doc, lo, lo + 3))):
            return inter.get(i)
    if not _in_pair(doc, i):
        return None
    return _country(doc[i].text)


def dashed(a: Token, b: Token) -> bool:
    """Whether ``a`` is joined to ``b`` after it by a dash ("India-" before "Pakistan"): in
    "the India-Pakistan foreign secretary talks" the parser hangs the first on the second."""
    return a.i + 2 == b.i and a.doc[a.i + 1].text == "-" and not a.whitespace_


def hyphenated_countries(doc: Doc, start: int, end: int) -> list[tuple[int, Entry]]:
    """(token index, country) for every part of ``doc[start:end]`` when the span is
    nothing but a hyphenated pair (or list) of country adjectives; else nothing."""
    if end - start < 3 or (end - start) % 2 == 0:
        return []
    words = [doc[i] for i in range(start, end)]
    if any(t.text != "-" for t in words[1::2]) or any(t.whitespace_ for t in words[:-1]):
        return []
    found = [(t.i, _country(t.text)) for t in words[::2]]
    parts = [(i, e) for i, e in found if e is not None]
    return parts if len(parts) == len(found) and len({e.key for _, e in parts}) > 1 else []


def leading_pair(doc: Doc, start: int, end: int) -> list[tuple[int, Entry]]:
    """(token index, country) for the parts of a hyphenated pair of country adjectives
    that opens a longer name the model tagged: "the Indo-Pakistani war" tagged whole
    (the noun after it is no part of any name); else nothing."""
    for stop in range(end - 1, start + 2, -1):
        if (stop - start) % 2 and (parts := hyphenated_countries(doc, start, stop)):
            return parts if doc[stop].is_lower else []
    return []


def shared_word_pair(doc: Doc, start: int, end: int) -> list[tuple[int, Entry]]:
    """(token index, country) for the two parts of a hyphenated pair of country
    adjectives that share their last word, "North-South Korean talks" (North
    Korean and South Korean), when ``doc[start:end]`` is the pair or its second
    part ("South Korean", the model leaving "North-" out); else nothing."""
    if end - start == 2 and start >= 2:
        start -= 2  # "North-" before the tagged "South Korean"
    if end - start != 4 or doc[start + 1].text != "-":
        return []
    first, _, second, shared = doc[start:end]
    if first.whitespace_ or doc[start + 1].whitespace_ or not first.is_title:
        return []
    gz = gazetteer()
    own, other = (
        gz.demonym(f"{first.text} {shared.text}"),
        gz.demonym(f"{second.text} {shared.text}"),
    )
    if own is None or other is None or own.key == other.key:
        return []
    if own.type != "Country" or other.type != "Country":
        return []
    return [(start, own), (start + 2, other)]


def shared_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int, Entry]]:
    """(start, end, country) of each part of "North-South Korean" (:func:`shared_word_pair`:
    "North" and "South Korean") or "inter-Korean" (:func:`inter_pair`: "inter" and
    "Korean"); else nothing."""
    pair = shared_word_pair(doc, start, end)
    if pair:
        (lo, first), (hi, second) = pair
        return [(lo, lo + 1, first), (hi, hi + 2, second)]
    return [(i, i + 1, e) for i, e in inter_pair(doc, start, end)]


# A people two states share, the pair an "inter-" adjective of it names ("inter-Korean").
_SHARED_PEOPLES = {"korean": ("North Korean", "South Korean")}


def inter_pair(doc: Doc, start: int, end: int) -> list[tuple[int, Entry]]:
    """(token index, country) for "inter-Korean": the two states that share the
    people, on "inter" and on the adjective; else nothing."""
    if end - start != 3 or doc[start].lower_ != "inter" or doc[start + 1].text != "-":
        return []
    pair = _SHARED_PEOPLES.get(doc[start + 2].lower_)
    entries = [gazetteer().demonym(p) for p in pair or ()]
    if len(entries) != 2 or None in entries or doc[start].whitespace_:
        return []
    return [(start, entries[0]), (start + 2, entries[1])]  # type: ignore[list-item]


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


def shortened_demonym(doc: Doc, i: int) -> Entry | None:
    """The country of a one-word ``doc[i]`` that is the first of two adjectives
    sharing their last word: "North" in "North and South Korean" ("North Korean")."""
    if i + 3 >= len(doc) or doc[i + 1].lower_ not in {"and", "or"} or not doc[i].is_title:
        return None
    second, shared = doc[i + 2], doc[i + 3]
    gz = gazetteer()
    if gz.demonym(f"{second.text} {shared.text}") is None:
        return None
    return gz.demonym(f"{doc[i].text} {shared.text}")


def shortened_country(doc: Doc, i: int) -> Entry | None:
    """The country a one-word ``doc[i]`` names as the first of two country names
    sharing their last word: "North" in "North and South Korea" (North Korea)."""
    if i + 3 >= len(doc) or doc[i + 1].lower_ not in {"and", "or"} or not doc[i].is_title:
        return None
    second, shared = doc[i + 2], doc[i + 3]
    gz = gazetteer()
    other, own = (
        gz.lookup(f"{second.text} {shared.text}"),
        gz.lookup(f"{doc[i].text} {shared.text}"),
    )
    if other is None or own is None or other.type != "Country" or own.type != "Country":
        return None
    return own if own.key != other.key else None


def shared_country_spans(doc: Doc, spans: list[Span], story: Story) -> list[Span]:
    """``spans`` with "North and South Korea" read as two countries, "North" and
    "South Korea", whatever the model tagged there ("North and", or the whole)."""
    lowers = story.table.lower  # (a Token only where "and" or "or" follows)
    cuts = [i - 1 for i, word in enumerate(lowers[1 : len(doc) - 2], 1)
            if word in {"and", "or"} and shortened_country(doc, i - 1) is not None]  # fmt: skip
    for i in cuts:
        spans = [s for s in spans if s.end <= i or s.start >= i + 4]
        spans += [Span(doc, i, i + 1, label="GPE"), Span(doc, i + 2, i + 4, label="GPE")]
    return sorted(spans, key=lambda s: s.start) if cuts else spans


def country_chain(w: TokenTable, start: int, end: int) -> list[tuple[int, int]] | None:
    """The country names of words ``start:end`` when they are nothing but names of
    countries joined by hyphens ("South Korea-China" in "the Japan-South Korea-China
    summit", which the model tags as one name); else None. A name that is itself one
    state's stays whole ("Guinea-Bissau")."""
    cuts = [i for i in range(start + 1, end - 1)
            if w.text[i] == "-" and not w.spaced[i - 1] and not w.spaced[i]]  # fmt: skip
    gz = gazetteer()
    if not cuts or gz.lookup(w.span_text(start, end)) is not None:
        return None
    parts = parts_between(start, cuts, end)
    entries = [gz.lookup(w.span_text(lo, hi)) if hi > lo else None for lo, hi in parts]
    return parts if all(e is not None and e.type == "Country" for e in entries) else None
