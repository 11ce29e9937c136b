"""A body named by its owner and its field before a post: "UN refugee chief Ann
Vale", "UN nuclear chief", "the UN human rights chief, Ann Vale,".

The gazetteer knows such bodies by their descriptions ("UN refugee agency", "UN
nuclear watchdog"); news copy drops the kind ("agency", "watchdog") when a post
follows, and the model tags the owner alone ("UN"), so the post went to the owner.
When the owner's name, one to three lower-case words of a field, and a post follow
one another and the owner with the field describes a body the gazetteer lists,
the owner and the field are one body's name: the post is the described body's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.language.gazetteer import gazetteer
from kg.language.lexicon import TITLE_WORDS

_MAX_FIELD = 3  # tokens of the field: "human rights", "children 's"


def described_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """ORG spans over each owner of ``spans`` and the field after it, before a post
    (the longer span wins over the owner's when the entities are set)."""
    gz = gazetteer()
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for span in spans:
        if span.label_ not in {"ORG", "GPE"}:
            continue
        for end in range(min(span.end + _MAX_FIELD, len(doc) - 1), span.end, -1):
            field = doc[span.end : end]
            if any(
                t.i in taken or not (t.is_lower and (t.is_alpha or t.text == "'s")) for t in field
            ):
                continue
            if doc[end].lower_ in TITLE_WORDS and gz.described(doc[span.start : end].text):
                found.append(Span(doc, span.start, end, label="ORG"))
                break
    return found
