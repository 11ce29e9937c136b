"""A national party's name that another country's name qualifies names that
country's party, not the one the gazetteer knows: "Israel's Labour party",
"Iranian Conservatives" (not Britain's Labour Party or Conservative Party, even
in a story that names Britain)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.language.gazetteer import Entry, gazetteer
from kg.language.lexicon import PORTFOLIO_TITLES
from kg.language.names import POSSESSIVE_MARKS
from kg.language.peoples import country_of_word


def foreign_party(doc: Doc, ent: Span, kind: str, entry: Entry | None) -> tuple[str, Entry | None]:
    """(kind, entry) of the mention of ``ent``: without the entry when another
    country qualifies the party's name ("Israel's Labour party"), and no actor's
    before a minister's title ("Saudi Labour Minister X": the ministry's field)."""
    if not another_country_s(doc, ent, entry):
        return kind, entry
    if ent.end < len(doc) and doc[ent.end].lower_ in PORTFOLIO_TITLES:
        return "other", None
    return kind, None


def another_country_s(doc: Doc, ent: Span, entry: Entry | None) -> bool:
    """Whether a country or demonym right before ``ent`` ("Israel's", "Iranian")
    names another country than the one ``entry``'s party belongs to."""
    if entry is None or not entry.country or entry.type == "Country":
        return False
    end = ent.start
    if end > 0 and doc[end - 1].text in POSSESSIVE_MARKS:
        end -= 1
    for start in range(max(0, end - 3), end):  # "South Korea's", "Iranian"
        words = doc[start:end]
        if not all(t.is_title or t.is_upper for t in words):
            continue
        country = country_of_word(gazetteer(), words.text)
        if country is not None:
            return country != f"country/{entry.country}"
    return False
