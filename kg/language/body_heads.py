"""A body named once, then by its head noun alone: "the Ruritanian National Assembly
... the assembly", "the International Court of Justice ... the court", "the Central
Bank of X ... the bank", for :func:`kg.language.named_bodies.named_body`.

"the HEAD" (nothing else before the noun but words of the body's own name: "the
supreme court" after "the X Supreme Court") is the nearest body named before whose
name (or full name) holds the noun, when it is the only such body within reach (the
same paragraph or the two sentences before) and no other body by that word is named
between: "the Senate and the House ... the chamber", two assemblies before "the
assembly", or an assembly with none named before name no one. After a preposition of
place ("outside the court", "in the chamber") the noun is a place, not the body. The
nouns are data (``data/body-heads.txt``)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.language.body_kinds import name_words
from kg.language.coref_state import CorefState
from kg.language.gazetteer import gazetteer
from kg.language.head_nouns import WORDS
from kg.language.mention_record import Mention

_LONE = WORDS["lone"]
NEAREST_HEADS = WORDS["nearest"]
_PLACE_PREPS = WORDS["place-preps"]
_REACH = 2  # sentences before the description


def head_body(state: CorefState, m: Mention, earlier: list[tuple[Mention, str]]) -> str | None:
    """The one body within reach named by the description's head noun, else None."""
    doc = state.doc
    words = m.text.lower().replace("'s ", " ").split()
    # (where it sits is no part of its name: "the Hague-based court")
    head, modifiers = words[-1], [w for w in words[:-1] if not w.endswith("-based")]
    if m.start == 0 or doc[m.start - 1].lower_ != "the":
        return None  # "its court", "this assembly": not a reference back
    root = doc[m.end - 1]
    if root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS:
        return None  # "outside the court": a place
    found: dict[str, Mention] = {}
    for prev, key in earlier:  # nearest first
        if not _in_reach(doc, prev, m):
            break
        if key.startswith("person/") or prev.kind not in {"org", "group", "description"}:
            continue
        name = _name_words(prev)  # (or the body's own description: "the court ... the court")
        if head in name and all(w in name for w in modifiers):
            found.setdefault(key, prev)
    if len(found) != 1:
        return None
    key, prev = next(iter(found.items()))
    same = [p for p, k in earlier if k == key]
    if _another_by_name(doc, prev, m, head, same):
        return None
    if head in _LONE and any(
        p.start >= prev.end and p.end <= m.start and k != key and not k.startswith("person/")
        for p, k in earlier
        if p.kind in {"org", "group"}
    ):
        return None  # "the Bank of X ... Velcor ... the bank": either
    return key


def _in_reach(doc: Doc, prev: Mention, m: Mention) -> bool:
    """In the two sentences before ``m`` or in its paragraph."""
    if prev.sent >= m.sent - _REACH:
        return True
    return "\n" not in doc.text[doc[prev.start].idx : doc[m.start].idx]


def _name_words(prev: Mention) -> set[str]:
    """The words of a body's name as written and as the gazetteer knows it in full
    ("UNSC": the United Nations Security Council); a description's own words."""
    words = set(prev.text.lower().replace("'s", "").split())
    if prev.kind == "description":
        return words
    entry = prev.entry or gazetteer().lookup(prev.text)
    if entry is not None:
        words |= set(entry.name.lower().split()) | name_words(entry.key)  # "UN court"
    return words


def _another_by_name(doc: Doc, prev: Mention, m: Mention, head: str, same: list[Mention]) -> bool:
    """Another body called by the word between the one found and the description, or
    before it in reach, that no actor names ("the Senate and the House" keep "House"
    a name of its own; "Bordurian Assembly" the model did not tag)."""
    lo = doc[prev.start].sent.start
    for t in doc[lo : m.start]:
        if t.lower_ == head and t.is_title and not any(p.start <= t.i < p.end for p in same):
            return True
    return False
