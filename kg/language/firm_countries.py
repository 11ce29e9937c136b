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

from kg.language.body_words import COMPANY_WORDS
from kg.language.legal_forms import legal_form
from kg.language.lexicon import TITLE_WORDS
from kg.language.national_names import listed_country, national_names
from kg.language.org_spans import join_country_names
from kg.language.places import places
from kg.language.post_fields import field_of_post
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
    or after it (:func:`country_in_names`), and a body's own name a country's begins or
    ends ("the Japan Anti-Doping Agency", :func:`national_names`)."""
    kept = national_names(doc, join_country_names(doc, kept, gaz, story.lookup), gaz, story)
    return country_in_names(doc, kept, gaz, story)


def country_in_names(doc: Doc, kept: list[Span], gaz: list[Span], story: Story) -> list[Span]:
    """``kept`` with a body's name that holds a country word (which the model tagged
    alone) as one organisation: the longer name covers the country."""
    countries = [s for s in [*gaz, *kept] if s.label_ == "GPE" and listed_country(story, s)]
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
        if hi > c.end and legal_form(doc[hi - 1].text):
            out.append(Span(doc, _untagged_start(doc, c.start, taken), hi, label="ORG"))
        elif hi > c.end and doc[hi - 1].lower_ in _OWN_BODIES and not _a_field(story, c, hi):
            out.append(Span(doc, c.start, hi, label="ORG"))  # "UK Open College"
        elif (lo := _named_before(doc, c, taken, story)) < c.start and _name_ends(doc, c.end):
            out.append(Span(doc, lo, c.end, label="ORG"))  # "Reform UK", "Air France"
    return out


def _a_field(story: Story, country: Span, hi: int) -> bool:
    """The words after the country to ``hi`` are the field of the minister's or
    secretary's title after them: "UK" + "Energy" + "Secretary X" (a post, no firm)."""
    return field_of_post(story.table, country.start, hi, story.lookup) == country.end


# Words that say which part or age of a country is meant, not whose name it is:
# "mainland China", "Soviet Russia", "Greater Manchester".
_QUALIFIERS = frozenset(
    """north south east west northern southern eastern western central greater upper lower
    mainland communist imperial nazi soviet free modern ancient rural urban global new old
    independent occupied united republican democratic post pre""".split()
)


def _named_before(doc: Doc, country: Span, taken: set[int], story: Story) -> int:
    """Where a body's name begins that the model left untagged before a country it
    tagged, the country its last word: "Reform UK", "Vodafone UK", "Air France"
    (up to two capitalised proper nouns right before it, inside the sentence, none
    a title, a place, a people or a known name, nor a word that qualifies the
    country; the parser may hang them anywhere: "of Reform UK met")."""
    lo = country.start
    while lo > 0 and country.start - lo < 2:
        t = doc[lo - 1]
        if not (
            t.pos_ == "PROPN"
            and t.is_title
            and t.is_alpha
            and t.whitespace_
            and not t.is_sent_start
            and t.i not in taken
            and t.lower_ not in TITLE_WORDS
            and t.lower_ not in _QUALIFIERS
            and story.lookup(t.text) is None
            and not story.demonym(t.text)
            and not places().is_place(t.text)
        ):
            break
        lo -= 1
    return lo


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
        legal = legal_form(t.text)  # (also "plc")
        if t.i in taken or not ((t.is_title and t.is_alpha) or legal) or t.lower_ in TITLE_WORDS:
            break
        hi += 1
    return hi
