"""Names of monarchs and princes the small model misses after their title.

"King Aldo of Sweden met ...", "Grand Duke Henrik of Luxembourg", "Spain's King
Carlos IV", "Crown Prince Omar": the title is a role, the words after it a name,
with its regnal numeral ("IV"). A title before "of" and a country is still the
person's (a generic title before "of" is often a longer title: "Head of State").
A title before a word that is no name is no person: "the King's Speech",
"Burger King said". A place or a body the gazetteer knows is no name ("Prince
Edward Island").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from kg.language.person_spans import name_run
from kg.language.token_table import Story

# (and a pope, named as a monarch is: "Pope Benedikt", "Pope Leo XIV")
ROYAL_TITLES = frozenset("king queen prince princess emperor empress sultan emir pope".split())
# titles that are royal only after "Grand": "Grand Duke", "Grand Duchess"
_GRAND_TITLES = frozenset({"duke", "duchess"})
_REGNAL = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")


def regnal_numeral(word: str) -> bool:
    """ "II", "VI", "XIV": a monarch's numeral (not "I" alone, a pronoun)."""
    return len(word) >= 2 and _REGNAL.fullmatch(word) is not None


def royal_people(doc: Doc, spans: list[Span], story: Story) -> Iterable[Span]:
    """PERSON spans for the names right after a royal title that no span covers."""
    w, n = story.table, len(story.table.text)
    yield from _numbered_bodies(spans)
    yield from _realm_cut(doc, spans, story)
    covered = {i for s in spans for i in range(s.start, s.end)}
    for i in range(n - 1):
        if not w.title[i] or i in covered:
            continue
        royal = w.lower[i] in ROYAL_TITLES or (
            w.lower[i] in _GRAND_TITLES and i > 0 and w.text[i - 1] == "Grand"
        )
        if not royal:
            continue
        end = name_run(w, i + 1, covered)
        if end == i + 1:
            continue
        if end < n and end not in covered and regnal_numeral(w.text[end]):
            end += 1
        if end < n and (w.title[end] or w.upper[end]) and w.alpha[end]:
            continue  # a longer name than it seems: "Prince Edward Island"
        if end < n and w.lower[end] == "of" and not _country_follows(end + 1, story):
            continue  # "Queen Mary of Scots"-like titles and bodies: not read here
        name = w.span_text(i + 1, end)
        if story.lookup(name) or story.is_place(name) or story.is_place(w.span_text(i, end)):
            continue
        yield Span(doc, i + 1, end, label="PERSON")


def _country_follows(start: int, story: Story) -> bool:
    """Whether a country the gazetteer knows opens at token ``start``: "of Sweden",
    "of the Netherlands"."""
    return bool(_country_ends(start, story))


def _country_ends(start: int, story: Story) -> set[int]:
    """Where a country the gazetteer knows, opening at token ``start``, ends."""
    table = story.table
    n = len(table.text)
    if start < n and table.lower[start] == "the":
        start += 1
    ends = set()
    for end in range(min(n, start + 3), start, -1):
        entry = story.lookup(table.span_text(start, end))
        if entry is not None and entry.type == "Country":
            ends.add(end)
    return ends


def _realm_cut(doc: Doc, spans: list[Span], story: Story) -> Iterable[Span]:
    """A name the model ran into the country after it ("Crown Prince X of Jordan" as
    one PERSON "X of Jordan"): the name alone, the country its own; a person is named
    "of" a country only as its ruler or its national, never by it."""
    lower = story.table.lower
    for span in spans:
        if span.label_ != "PERSON" or span.end - span.start < 3:
            continue
        of = next((k for k in range(span.start + 1, span.end - 1) if lower[k] == "of"), None)
        if of is not None and span.end in _country_ends(of + 1, story):
            yield Span(doc, span.start, of, label="PERSON")


def _numbered_bodies(spans: list[Span]) -> Iterable[Span]:
    """A monarch's name the model took for a body for its numeral, beside a royal
    title: "the Spanish king, Carlos IV," -> PERSON "Carlos IV"."""
    for span in spans:
        if span.label_ not in {"ORG", "PRODUCT", "WORK_OF_ART"} or not 2 <= len(span) <= 4:
            continue
        if not regnal_numeral(span[-1].text) or not all(t.is_title for t in span[:-1]):
            continue
        root, doc = span.root, span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        titled = (before is not None and before.lower_ in ROYAL_TITLES) or (
            root.dep_ == "appos" and root.head.lower_ in ROYAL_TITLES
        )
        if titled:
            yield Span(doc, span.start, span.end, label="PERSON")
    for span in spans:  # "King Carlos IV" with "Carlos" alone a person: the numeral too
        doc = span.doc
        if span.label_ == "PERSON" and span.start > 0 and span.end < len(doc):
            royal = doc[span.start - 1].lower_ in ROYAL_TITLES
            if royal and regnal_numeral(doc[span.end].text):
                yield Span(doc, span.start, span.end + 1, label="PERSON")
