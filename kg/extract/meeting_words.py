"""The nouns of meeting whose partners are its sides ("talks with X", "a meeting
between A and B"): the trigger table's contact nouns of the mutual frame, as data.
Read by the meeting nouns' extractor and by the rules on meetings a group closes."""

from __future__ import annotations

from kg.extract import triggers
from kg.extract.contact import CONTACT

NOUNS = {w: t for (w, _), t in triggers.words(kind=CONTACT, pos="noun").items()
         if t.frame == "mutual"}  # fmt: skip
