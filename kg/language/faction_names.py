"""Factions' names the model took for a place or a thing, read as bodies' (for
:func:`kg.language.org_spans.misread_bodies`): "her Green Dawn faction", "the G12
political faction", "the M23 movement", "the Flemish Bloc", "the Popular Front"; a
place the gazetteer knows stays one ("the Gaza faction").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.language.token_table import ADJ, Story, TokenTable

# Nouns a faction's name stands before: "her Green Dawn faction"
_FACTION_HEADS = {"faction", "party", "movement", "wing"}


_MISREAD = {"LOC", "FAC", "PRODUCT", "WORK_OF_ART"}  # (a GPE is a place: "the Gaza faction")


# A name that ends in one of these is a body's, whatever the model took it for.
_BODY_ENDS = {"party", "movement", "bloc", "coalition", "alliance", "front", "faction"}


def factions(doc: Doc, spans: list[Span], known: list[Span], story: Story) -> list[Span]:
    """``spans`` with a name the model took for a place or a thing, before a word
    for a faction, read as a body's: "her Green Dawn faction", "the G12 political
    faction" (a place the gazetteer knows stays one: "the Gaza faction")."""
    w = story.table
    # a faction's word follows a name right after it or after one adjective
    heads = {i for i, word in enumerate(w.lower) if word in _FACTION_HEADS}
    before = {i - k for i in heads for k in (1, 2)}
    out = []
    for s in spans:
        last = s.end - 1
        if s.label_ in _MISREAD and len(s) > 1 and w.title[last] and w.lower[last] in _BODY_ENDS:
            text = w.span_text(s.start, s.end)  # "the Flemish Bloc", "the Popular Front"
            out.append(s if _known(story, text) else Span(doc, s.start, s.end, label="ORG"))
            continue
        if s.end - 1 not in before:  # (no word for a faction follows)
            out.append(s)
            continue
        text = w.span_text(s.start, s.end)
        misread = text[:1].isupper() and (  # (a GPE with a figure is none: "the M23 movement")
            s.label_ in _MISREAD or (s.label_ == "GPE" and any(c.isdigit() for c in text))
        )
        if misread and _before_faction(w, s.end) and not _known(story, text):
            s = Span(doc, s.start, s.end, label="ORG")
        out.append(s)
    # a code name the model left out: "her G12 political faction", "the M23 movement"
    taken = {i for s in [*spans, *known] for i in range(s.start, s.end)}
    for i in sorted(before):
        text = w.text[i] if i > 0 else ""
        code = (
            text[:1].isupper()
            and len(text) > 1
            and text.isalnum()
            and (w.upper[i] or any(c.isdigit() for c in text))
            and not doc[i].is_sent_start  # "A party spokesman said"
        )
        if code and i not in taken and _before_faction(w, i + 1) and not _known(story, text):
            out.append(Span(doc, i, i + 1, label="ORG"))
    return out


def _before_faction(w: TokenTable, i: int) -> bool:
    """Does a word for a faction follow ``i``, perhaps after an adjective?"""
    nxt = [k for k in range(i, min(i + 2, len(w.lower))) if w.is_lower[k]]
    heads = [w.lower[k] for k in nxt[:1]] + [w.lower[k] for k in nxt[1:] if w.pos[nxt[0]] == ADJ]
    return bool(_FACTION_HEADS & set(heads))


def _known(story: Story, name: str) -> bool:
    return story.lookup(name) is not None or story.is_place(name)
