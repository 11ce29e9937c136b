"""What a statement says: the reported clause or the quote that goes with a speech
verb, the quoted words near it (not another speaker's), and the quote's text as kept
on the event (for :mod:`kg.extract.statements`)."""

from __future__ import annotations

import itertools
import re
from typing import cast

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import inserted_speakers as ins
from kg.extract import labelled as lb
from kg.extract import speech_scope as sc
from kg.extract import stated_parties as sp
from kg.extract.base import Context

# Verbs whose object is whom they speak to ("Peru will leave, X told Reuters").
_TELLING = {"tell", "inform", "assure", "remind", "warn", "brief", "reassure"}


def said_content(ctx: Context, verb: Token) -> list[Token] | None:
    """The reported clause or the quote that goes with a speech verb."""
    own_object = verb.lemma_ not in _TELLING and any(c.dep_ == "dobj" for c in verb.children)
    for child in verb.children:
        if child.dep_ in {"ccomp", "xcomp", "parataxis"}:
            if (own_object or sc.joined_main_clause(verb, child)) and child.i < verb.i:
                continue  # "A and B want X - the Commission has urged Y": it said Y
            return sp.without_tail(verb, list(child.subtree))
    quoted = quoted_tokens(ctx, verb)
    other = lb.others_verdict(ctx, verb, quoted) if quoted else None  # "..., called '..' by Z"
    if quoted and not any(t.i == verb.i for t in quoted) and _may_quote(verb, quoted) and not other:
        return quoted
    if verdict := lb.verdict_words(verb):  # "described the ban as unfair"
        return verdict
    # what is said of: its object, else a phrase after it ("denied the allegations", "spoke
    # about X", "the plans were announced by X in May"; one before is when or where)
    passive = g.is_passive(verb)
    said_of = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if verb.lemma_ == "tell" and not passive:
        return sp.told_content(verb, said_of)
    said_of += [] if passive else [c for c in verb.rights if c.dep_ in {"prep", "pobj"}]
    # a relative pronoun says nothing: "X, which she described as a front": "as a front"
    said_of = [t for t in said_of if t.tag_ not in {"WDT", "WP"}] or said_of
    if other is not None:  # not Z's verdict, nor Z
        theirs = {t.i for t in other.subtree}  # (read once, not for every token)
        return [t for t in said_of[0].subtree if t.i not in theirs] if said_of else None
    return list(said_of[0].subtree) if said_of else None


def quoted_tokens(ctx: Context, token: Token) -> list[Token]:
    """The words within quotation marks in the sentence of ``token`` (read once
    per sentence: its statements ask for its quote and their content)."""
    key = ("quoted", ctx.sentence_index(token))
    found = ctx.memo.get(key)
    if found is not None:
        return cast("list[Token]", found)
    inside = False
    out = []
    for t in ctx.sentence_tokens(token):
        if lb.quote_mark(t):
            inside = not inside
            continue
        if inside:
            out.append(t)
    ctx.memo[key] = out
    return out


def quote_of(ctx: Context, verb: Token, content: list[Token] | None) -> str | None:
    quoted = quoted_tokens(ctx, verb)
    if (
        quoted
        and not any(t.i == verb.i for t in quoted)
        and not _anothers(ctx, verb, quoted)
        and lb.others_verdict(ctx, verb, quoted) is None
        and _may_quote(verb, quoted)
    ):
        return clean_quote(_joined(quoted))
    if content:
        return clean_quote(ins.spaced(content))
    return None


def _joined(quoted: list[Token]) -> str:
    """Quoted words, with "..." where one quote ends and another begins."""
    gap = {t.i for a, t in itertools.pairwise(quoted) if t.i != a.i + 1}
    return "".join((" ... " if t.i in gap else "") + t.text_with_ws for t in quoted)


def _may_quote(verb: Token, quoted: list[Token]) -> bool:
    """A verb that describes a noun ("the 'full' sum announced by X", "X, who
    denied ...") says only the quoted words inside its own phrase, not a scare quote
    on the noun. (A relative clause without a relative word is often the parser's
    misreading of '"...," X said', whose quote is X's.)"""
    if sc.quote_in_other_phrase(verb, quoted):
        return False  # "X denied ..., and Z told reporters: '...'": Z's words
    for subj in g.subjects(verb):  # "X, whose party calls the plan 'flawed', said ..."
        rel = [c.left_edge.i for c in subj.children if c.dep_ in {"relcl", "acl"}]
        if rel and all(min(rel) <= t.i <= subj.right_edge.i for t in quoted):
            return False  # the words of the clause on the speaker, not what he said
    if verb.dep_ != "acl" and not (
        verb.dep_ == "relcl" and any(c.tag_ in g.RELATIVE_TAGS for c in verb.children)
    ):
        return True
    return any(verb.left_edge.i <= t.i <= verb.right_edge.i for t in quoted)


def _anothers(ctx: Context, verb: Token, quoted: list[Token]) -> bool:
    """Whether the words in quotation marks are another speaker's, said by a
    speech verb below ``verb`` ("A insisted ... while B said he would ignore the
    'gossip'": the quoted word is B's, not A's)."""
    first, last = quoted[0].i, quoted[-1].i
    return any(
        o.i != verb.i
        and o.lemma_ in g.SPEECH_VERBS
        and verb in o.ancestors
        and o.left_edge.i <= first
        and last <= o.right_edge.i
        for o in ctx.sentence_tokens(verb)
    )


def clean_quote(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,.\"'")[:1000]
