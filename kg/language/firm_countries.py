"""A country's name inside a firm's or a charity's name is part of that name, not the
country: "Holm Motors UK", "Tarn Polymers India Ltd", "the UK Open College". The
model tags the country alone, and a post held at the body ("managing director of
Holm Motors UK") went to the country.

* a body the model tagged, then a country right after it: "Holm Motors" + "UK"
  (never before a plain noun it qualifies: "the EU Iran talks");
* a country before a company's legal form, with the capitalised words the model
  left untagged before it: "Tarn Polymers" + "India" + "Ltd";
* a country before untagged capitalised words that end in a word for a firm or a
  school: "UK" + "Open College" (never a state's organ: "the UK Parliament").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.language.lexicon import COMPANY_WORDS, TITLE_WORDS
from kg.language.org_spans import LEGAL_FORMS as _LEGAL_FORMS
from kg.language.org_spans import join_country_names
from kg.language.token_table import Story

# The last word of a body's name that no state owns: "the UK Open College",
# "the Japan Arts Foundation" (not "the US Army", "the UK Parliament").
_OWN_BODIES = COMPANY_WORDS | {
    "university", "college", "school", "institute", "foundation", "trust", "society",
    "association", "federation", "watch", "charity", "group", "company", "bank",
}  # fmt: skip


def country_names(doc: Doc, kept: list[Span], gaz: list[Span], story: Story) -> list[Span]:
    """``kept`` with the country words that are part of a body's name joined to it,
    before the name ("Pakistan People's Party", :func:`join_country_names`) or inside
    or after it (:func:`country_in_names`)."""
    return country_in_names(doc, join_country_names(doc, kept, gaz, story.lookup), gaz, story)


def country_in_names(doc: Doc, kept: list[Span], gaz: list[Span], story: Story) -> list[Span]:
    """``kept`` with a body's name that holds a country word (which the model tagged
    alone) as one organisation: the longer name covers the country."""
    countries = [s for s in [*gaz, *kept] if s.label_ == "GPE" and _a_country(story, s)]
    text = story.table.span_text  # (a Span's text is joined anew at every access)
    bodies = {
        s.end: s for s in kept if s.label_ == "ORG" and story.lookup(text(s.start, s.end)) is None
    }
    taken = {i for s in kept for i in range(s.start, s.end)}
    out = list(kept)
    for c in countries:
        body = bodies.get(c.start)
        if body is not None and doc[c.start - 1].whitespace_ and _name_ends(doc, c.end):
            out.append(Span(doc, body.start, c.end, label="ORG"))  # "Holm Motors UK"
            continue
        hi = _untagged_run(doc, c.end, taken)
        if hi > c.end and doc[hi - 1].lower_.rstrip(".") in _LEGAL_FORMS:
            out.append(Span(doc, _untagged_start(doc, c.start, taken), hi, label="ORG"))
        elif hi > c.end and doc[hi - 1].lower_ in _OWN_BODIES:
            out.append(Span(doc, c.start, hi, label="ORG"))  # "UK Open College"
    return out


def _a_country(story: Story, span: Span) -> bool:
    entry = story.lookup(story.table.span_text(span.start, span.end))
    return entry is not None and entry.type == "Country"


def _name_ends(doc: Doc, i: int) -> bool:
    """Whether a name may end before ``i``: not before a plain noun the country
    qualifies ("the EU Iran talks"), but before a title ("Holm Motors UK chairman")."""
    if i >= len(doc):
        return True
    t = doc[i]
    return not (t.is_lower and t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in TITLE_WORDS)


def _untagged_start(doc: Doc, i: int, taken: set[int]) -> int:
    """Where the capitalised words no other name holds before ``i`` begin."""
    lo = i
    while lo > 0 and i - lo < 4:
        t = doc[lo - 1]
        if t.i in taken or not (t.is_title and t.is_alpha) or t.lower_ in TITLE_WORDS:
            break
        lo -= 1
    return lo


def _untagged_run(doc: Doc, i: int, taken: set[int]) -> int:
    """Where the capitalised words no other name holds from ``i`` end (at most
    three)."""
    hi = i
    while hi < len(doc) and hi - i < 3:
        t = doc[hi]
        legal = t.lower_.rstrip(".") in _LEGAL_FORMS  # (also "plc")
        if t.i in taken or not ((t.is_title and t.is_alpha) or legal) or t.lower_ in TITLE_WORDS:
            break
        hi += 1
    return hi
