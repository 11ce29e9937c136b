"""Organisation names that hold a country's name, which the model tags apart.

* A country's name right before a body's name that is no organ of its state is
  part of that name: "the Japan Anti-Doping Agency", "the Canada Border Services
  Agency", "the Kenya Wildlife Service" (the model tags "Japan" and "Anti-Doping
  Agency", or takes "Football Federation" after a country for a person's name). Never a ministry, an army or a parliament ("the Japan Foreign Ministry"
  keeps its state apart), never after a possessive ("Japan's anti-doping agency"),
  and never a name the gazetteer knows alone.
* A body named for a field and the country it serves goes on over "in" and that
  country: "the Board of Control for Cricket in Ruritania", "the Centre for Human
  Rights in Iran" (the model stops before "in"); not a body of "of" and a place
  ("the Ministry of Defence in Kenya"), nor a city ("the Institute for Labour
  Studies in Paris": where it sits).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.language.token_table import Story

# The last word of a body's name a country's name may begin: bodies a state sets up
# or its people run, none of them the state's own government, army or parliament.
_NATIONAL_HEADS = frozenset(
    """agency service services bank corporation union authority commission board council
    federation association foundation institute trust fund league society committee
    centre center broadcaster""".split()
)
# Words that make a body one of the state's organs: "the Japan Foreign Ministry"
# is the state's ministry, told by the country, not a name.
_ORGAN_WORDS = frozenset(
    """ministry department office embassy consulate army navy government cabinet parliament
    senate congress assembly police military forces presidency""".split()
)


def national_names(doc: Doc, kept: list[Span], gaz: list[Span], story: Story) -> list[Span]:
    """``kept`` with the country words that belong to a body's name joined to it."""
    countries = {
        s.start: s for s in [*gaz, *kept] if s.label_ == "GPE" and listed_country(story, s)
    }
    ends = {s.end: s for s in countries.values()}
    out = []
    for span in kept:
        before = ends.get(span.start)
        if span.label_ == "PERSON" and before is not None and _national_body(span, story):
            span = Span(doc, before.start, span.end, label="ORG")  # "Football Federation"
        elif span.label_ == "ORG":
            if before is not None and _national_body(span, story):
                span = Span(doc, before.start, span.end, label="ORG")
            elif (place := _served_country(doc, span, countries)) is not None:
                span = Span(doc, span.start, place.end, label="ORG")
        out.append(span)
    return out


def listed_country(story: Story, span: Span) -> bool:
    entry = story.lookup(story.table.span_text(span.start, span.end))
    return entry is not None and entry.type == "Country"


def _national_body(span: Span, story: Story) -> bool:
    """Whether ``span`` is a body's own name a country's name may begin: capitalised
    words ending in a word for a body ("Anti-Doping Agency"), no organ's."""
    words = [t for t in span if not t.is_punct]
    return (
        len(words) >= 2
        and words[-1].lower_ in _NATIONAL_HEADS
        and all(t.text[:1].isupper() for t in words)
        and not any(t.lower_ in _ORGAN_WORDS for t in words)
        and story.lookup(story.table.span_text(span.start, span.end)) is None
    )


def _served_country(doc: Doc, span: Span, countries: dict[int, Span]) -> Span | None:
    """The country after "in" that ends a body's name built on "for" and a field:
    "Board of Control for Cricket" + "in" + "Ruritania"."""
    words = [t.lower_ for t in span]
    if "for" not in words[1:-1] or span.end + 1 >= len(doc) or doc[span.end].lower_ != "in":
        return None
    field = span[words.index("for", 1) + 1 :]
    if not all(t.text[:1].isupper() or t.lower_ == "and" for t in field):
        return None  # "for the Prohibition of Chemical Weapons": no field of one country's
    place = countries.get(span.end + 1)
    if place is None:
        return None
    after = doc[place.end] if place.end < len(doc) else None
    if after is not None and ((after.text[:1].isupper() and after.is_alpha) or after.text == "'s"):
        return None  # "in Kenya Airways", "in India's north": another name goes on
    return place
