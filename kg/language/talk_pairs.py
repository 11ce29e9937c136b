"""Two names joined by a dash before a noun for talks: "the CDU-SPD coalition talks",
"UN-Houthi negotiations", "the Boris-Rishi summit". The model tags the pair as one
name, or one part only; each part is a name of its own, a side of the talks, when
both are known as names apart: a name or demonym the gazetteer holds, an acronym, a
word the story also writes alone as a name ("Veltron said ... the Veltron-Sarada
talks"), or two given names. One firm's double name stays whole ("the Rolls-Royce
talks with unions", "the Coca-Cola talks"): neither part is known alone; so do
routes and spans of years ("the Paris-Berlin train", "the 2019-2020 talks"), which
stand before no talks or are no names.
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.language.acronym_posts import NOT_BODIES
from kg.language.gazetteer import gazetteer
from kg.language.given_names import given_names
from kg.language.hyphenated import dash_indices
from kg.language.lexicon import NAME_LABELS
from kg.language.names import is_role_word
from kg.language.talks import MEETING_NOUNS
from kg.language.token_table import tokens_with

# The few lower-case words that may stand between the pair and the noun for talks
# ("the A-B coalition talks", "the A-B peace summit").
_BETWEEN_WORDS = 2
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_LABELS = {"Country": "GPE", "Person": "PERSON"}


def repair_talk_pairs(doc: Doc) -> int:
    """Split each such pair of ``doc``'s names (after the name repairs, which would
    join a person's name across the dash again); how many were split."""
    spans = list(doc.ents)
    split = talk_pairs(doc, spans)
    if len(split) == len(spans):
        return 0
    doc.ents = filter_spans(split)
    return len(split) - len(spans)


def talk_pairs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each such pair read as two names."""
    dashes = dash_indices(doc)
    for d in sorted(dashes):
        a, b = d - 1, d + 1
        if a < 0 or b >= len(doc) or a - 1 in dashes or b + 1 in dashes:
            continue  # (a chain "A-B-C" is the country chains' or one name)
        if doc[a].whitespace_ or doc[d].whitespace_ or not _before_talks(doc, b):
            continue
        if not (_name_word(doc[a].text) and _name_word(doc[b].text)):
            continue
        if any(s.start == a and s.end == a + 1 for s in spans) and any(
            s.start == b and s.end == b + 1 for s in spans
        ):
            continue  # already two names ("Hamas-Fatah")
        labels = _pair_labels(doc, a, b, spans, dashes)
        if labels is None:
            continue
        spans = [s for s in spans if s.end <= a or s.start > b]
        spans += [Span(doc, a, a + 1, label=labels[0]), Span(doc, b, b + 1, label=labels[1])]
    return spans


def _name_word(text: str) -> bool:
    return text.isalpha() and text[0].isupper()


def _before_talks(doc: Doc, b: int) -> bool:
    """Whether a noun for talks follows ``doc[b]``, past a few lower-case words."""
    for j in range(b + 1, min(len(doc), b + 2 + _BETWEEN_WORDS)):
        t = doc[j]
        if t.lower_ in MEETING_NOUNS:
            return True
        if not (t.is_lower and t.is_alpha and t.pos_ in {"NOUN", "ADJ"}):
            return False
    return False


def _pair_labels(
    doc: Doc, a: int, b: int, spans: list[Span], dashes: set[int]
) -> tuple[str, str] | None:
    """The labels of the two parts when both are known as names apart; else None."""
    first, second = doc[a].text, doc[b].text
    names = given_names()
    pair = f"{first}-{second}".lower()
    if first.lower() in names and second.lower() in names and pair not in names:
        return "PERSON", "PERSON"  # "the Boris-Rishi summit" (not "Jean-Pierre")
    own, other = _known(doc, a, spans, dashes), _known(doc, b, spans, dashes)
    return (own, other) if own and other else None


def _known(doc: Doc, i: int, spans: list[Span], dashes: set[int]) -> str | None:
    """The label of ``doc[i]`` as a name of its own, if the gazetteer or the story
    knows it as one; else None."""
    text = doc[i].text
    gz = gazetteer()
    entry = gz.lookup(text) or gz.demonym(text)
    if entry is not None:
        return _LABELS.get(entry.type, "ORG")
    if _ACRONYM.fullmatch(text) and text not in NOT_BODIES and not is_role_word(text):
        return "ORG"
    for k in tokens_with(doc, ORTH, {doc[i].orth}):
        if k in {i - 2, i, i + 2} or k - 1 in dashes or k + 1 in dashes:
            continue
        label = next((s.label_ for s in spans if s.start <= k < s.end), None)
        if label in NAME_LABELS:
            return "ORG" if label == "NORP" else label  # written alone elsewhere, as a name
    return None
