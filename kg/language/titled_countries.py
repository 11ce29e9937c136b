"""A ruler's title before "of" and a country the model tags as one name: "met the
King of Jordan", "the Sultan of Oman received X" (tagged as a place, or a person
"King Jordan"). The title is the ruler's post, a word of its own, and the country
a name apart, so the unnamed ruler stands for the country as "the Jordanian king"
does. Not a person's name with a title before it ("King Aldo of Sweden": a name
stands between the title and "of")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.language.gazetteer import gazetteer

RULER_TITLES = frozenset("king queen emir sultan emperor empress president monarch".split())


def repair_titled_countries(doc: Doc) -> None:
    ents, changed = [], False
    for ent in doc.ents:
        country = _country_after_title(ent)
        if country is not None:
            ents.append(country)
            changed = True
        else:
            ents.append(ent)
    if changed:
        doc.ents = ents


def _country_after_title(ent: Span) -> Span | None:
    """The country of "King of Jordan" (the whole tagged as one name) or of "of
    Jordan" (tagged without the title before it)."""
    doc = ent.doc
    at = next(
        (i for i in range(ent.start, min(ent.start + 2, ent.end)) if doc[i].lower_ == "of"), None
    )
    if at is None or at == 0 or at + 1 >= ent.end or doc[at - 1].lower_ not in RULER_TITLES:
        return None
    entry = gazetteer().lookup(doc[at + 1 : ent.end].text)
    if entry is None or entry.type != "Country":
        return None
    return Span(doc, at + 1, ent.end, label="GPE")
