"""The record of one mention: where a name, description or pronoun stands in a
document, what kind of actor it names and the titles around it (found by
:mod:`kg.language.mentions`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from kg.language.gazetteer import Entry
from kg.language.titles import Descriptor


@dataclass(frozen=True)
class Mention:
    id: int
    start: int  # token span of the name
    end: int
    sent: int  # sentence index within the document
    kind: str  # person|country|org|group|agreement|place|demonym|people|pronoun|description
    text: str
    entry: Entry | None = None
    phrase_start: int = -1  # span including title phrases, -1 = same as start
    phrase_end: int = -1
    descriptors: tuple[Descriptor, ...] = ()
    locative: bool = False  # a place named as a location ("in Vienna")
    metonym: bool = False  # a capital or seat of power standing for its country

    @cached_property  # read for every mention at every token lookup
    def span(self) -> tuple[int, int]:
        lo = self.start if self.phrase_start < 0 else min(self.start, self.phrase_start)
        hi = self.end if self.phrase_end < 0 else max(self.end, self.phrase_end)
        return lo, hi
