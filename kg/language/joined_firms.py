"""Firms named after two people joined by "and": "Marks and Spencer" is one firm,
not Marks and Spencer, when the text says so.

The model tags each half ("Marks" and "Spencer", or a person "Shipbuilder Harland"
and "Wolff"); a firm written with "&" ("Procter & Gamble") it already keeps whole.
Two words of the sentence say the pair is one name:

* a singular firm noun right before it: "the retailer Marks and Spencer", "law firm
  Slaughter and May" (two firms take a plural: "retailers Tesco and Asda");
* a singular verb right after it: "Marks and Spencer has said", "... is to close"
  (two actors take "have", "are": "Iran and Iraq have agreed").

Each half must be one capitalised word that names no known actor ("Iran and Iraq",
"Nokia and Siemens" stay two); a verb alone does not join two the model read as
people or places.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.language.body_words import FIRM_NOUNS
from kg.language.gazetteer import gazetteer
from kg.language.token_table import Story

# Verbs that agree with one subject only: "X and Y has said".
_SINGULAR_VERBS = frozenset({"has", "is", "was", "says"})


def joined_firms(doc: Doc, spans: list[Span], story: Story) -> list[Span]:
    """``spans`` with every "A and B" firm the sentence marks as one made one ORG
    span in place of the spans that overlap it."""
    lower = story.table.lower
    ands = [i - 1 for i, word in enumerate(lower) if word == "and" and 0 < i < len(doc) - 1]
    firms = [Span(doc, i, i + 3, label="ORG") for i in ands if _one_firm(doc, i)]
    if not firms:
        return spans
    # (a span that overlaps goes, with a firm noun the model glued to the first half:
    # "Shipbuilder Harland")
    kept = [s for s in spans if not any(f.start < s.end and s.start < f.end for f in firms)]
    return kept + firms


def _one_firm(doc: Doc, i: int) -> bool:
    first, second = doc[i], doc[i + 2]
    if not (_a_name(first) and _a_name(second)):
        return False
    before = doc[i - 1] if i else None
    after = doc[i + 3] if i + 3 < len(doc) else None
    if after is not None and after.is_title and after.i != after.sent.start:
        return False  # "Marks and Spencer Group": a longer name the model reads
    if before is not None and before.lower_ in FIRM_NOUNS and not _plural(before.lower_):
        return True
    if before is not None and before.is_title:
        return False  # "Ironhorse Oil and Gas has": part of a longer name
    # the verb alone: not two people or a place the model saw ("Chirac and Schroeder is
    # the axis of Europe" is rare, but no firm)
    return (
        after is not None
        and after.lower_ in _SINGULAR_VERBS
        and not {first.ent_type_, second.ent_type_} & {"GPE", "NORP", "LOC"}
        and not first.ent_type_ == second.ent_type_ == "PERSON"
    )


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss")  # "firms", not "business"


def _a_name(token: Token) -> bool:
    return token.is_title and token.is_alpha and gazetteer().lookup(token.text) is None
