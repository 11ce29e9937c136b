"""Titles set off by dashes: "Rosa Pinto - ECOWAS commissioner for trade - said",
"the talks were led by Ivo Brandt — head of the Harbour Union."

The parser reads a title between spaced dashes as anything but an apposition (a
verb's object, a clause, one long name), so the phrase is found by its dashes: it
begins right after a spaced dash that follows the name and ends at the next one or
at the end of the sentence; its head, a title word, comes before any preposition
("Pinto - a rival of the ECOWAS commissioner -" holds no post) and no verb is in it
("Pinto - the commissioner said - ..." is a remark, not a title).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from kg.language.lexicon import DASHES, TITLE_WORDS
from kg.language.title_columns import TitleColumns, ids
from kg.language.titles import Descriptor, describe

_DASH_IDS = ids(DASHES)
_LONGEST = 16  # tokens a dashed title may run to


def dashed_title(
    doc: Doc, m: Any, by_token: dict[int, Any], cols: TitleColumns
) -> Descriptor | None:
    """The title between dashes right after the name ``m``, if any (the words
    read from the document's columns, ``cols``)."""
    if m.end + 2 >= len(doc) or cols.orth[m.end] not in _DASH_IDS or not _spaced_dash(doc[m.end]):
        return None
    sent_end = cols.sent_end[m.start]
    end = None
    for t in doc[m.end + 1 : min(sent_end, m.end + 1 + _LONGEST)]:
        if _spaced_dash(t) or (t.i == sent_end - 1 and t.is_punct):
            end = t.i
            break
    if end is None:
        return None
    phrase = doc[m.end + 1 : end]
    head = next((t for t in phrase if t.lower_ in TITLE_WORDS), None)
    if head is None or any(t.pos_ in {"ADP", "CCONJ", "SCONJ"} for t in phrase if t.i < head.i):
        return None  # "Vale - and the union leader -", "Vale - a rival of the leader -"
    if any(t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBN", "VBG"} for t in phrase):
        return None
    if any(t.i in by_token and by_token[t.i].kind == "person" for t in phrase):
        return None  # "Vale - Ann Lee's chief of staff -": another person's post
    return describe(doc, phrase.start, end, by_token, m)


def _spaced_dash(t: Token) -> bool:
    """A dash between words, not a hyphen inside one ("vice-chairman")."""
    spaced = bool(t.whitespace_) or (t.i > 0 and bool(t.doc[t.i - 1].whitespace_))
    return t.text in DASHES and spaced
