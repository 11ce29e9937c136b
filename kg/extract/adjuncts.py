"""When and where an event happened: the date and place phrases of its verb or
noun ("met in Vienna on Saturday")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.base import Context


def date_of(verb: Token) -> str | None:
    """The date phrase attached to a verb or noun ("on Saturday", "last October")."""
    for child in verb.children:
        if child.ent_type_ in {"DATE"} and child.dep_ in {"npadvmod", "tmod", "nmod"}:
            return " ".join(t.text for t in child.subtree if t.ent_type_ == "DATE")
        if child.dep_ == "prep" and child.lower_ in {"on", "in", "at", "during"}:
            for obj in child.children:
                if obj.ent_type_ == "DATE":
                    return " ".join(t.text for t in obj.subtree if t.ent_type_ == "DATE")
    return None


def place_of(ctx: Context, verb: Token) -> str | None:
    """The place of an event ("met in Vienna")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "at"}:
            for obj in child.children:
                mention = ctx.actors.mention_at(obj.i)
                if mention is not None and mention.kind in {"place", "country"}:
                    return mention.text
                if obj.ent_type_ in {"GPE", "LOC", "FAC"}:
                    ent = entity_of(obj)
                    return ent.text if ent is not None else obj.text
    return None


def entity_of(token: Token) -> Span | None:
    """The named entity ``token`` is part of, read from the IOB tags around it
    (the span ``doc.ents`` holds, without building all of them)."""
    doc = token.doc
    start = token.i
    if token.ent_iob_ == "I":
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
    first = doc[start]
    if first.ent_iob_ != "B" or not first.ent_type:
        return None
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]
