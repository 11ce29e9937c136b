"""A quote standing alone, whose speaker the next sentence names: "'We will not
retreat.' The words came from the defence minister, Tomas Lind." (also "The remarks
came from X", "The words were those of X", "That was the verdict of X", "The comments
were made by X"). The one named speaks the quote before; what the quote names is what
the statement is about. A quote with words outside its marks is not alone (its own
sentence says who speaks), and a source that is no actor ("the words came from a
song") speaks no statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.labelled import quote_mark
from kg.extract.modality import modality, negated
from kg.records import Event, EventKind, Participant

NAME = "quote_sources"
# What a quote is called in the sentence naming its speaker.
_SAYINGS = frozenset({"word", "words", "remark", "remarks", "comment", "comments", "warning",
                      "message", "plea", "verdict", "view", "assessment", "quote", "response",
                      "reply", "answer"})  # fmt: skip
# Words that point back at the quote: "That was the verdict of X".
_POINTERS = frozenset({"that", "this", "such", "those", "these"})


def extract(ctx: Context) -> Iterator[Event]:
    for token, lemma, _, pos in ctx.scan():
        if pos not in {"VERB", "AUX"} or token.dep_ != "ROOT":
            continue
        sources = _sources(token, lemma)
        if not sources:
            continue
        sent = ctx.sentence(token)
        quote = _quote_before(ctx, sent)
        if quote is None:
            continue
        speakers = [k for s in sources for k in g.actors_of(ctx, s) if not k.startswith("place/")]
        if not speakers:
            continue
        topics = [k for t in quote if (k := ctx.actors.at(t.i)) and k not in speakers
                  and not k.startswith("place/")]  # fmt: skip
        participants = [Participant(k, "speaker") for k in dict.fromkeys(speakers)]
        participants += [Participant(k, "topic") for k in dict.fromkeys(topics)]
        yield Event(
            kind=EventKind.STATEMENT,
            type="statement",
            participants=tuple(participants),
            evidence=ctx.evidence([token, *sources], f"{NAME}/v1", 0.7),
            trigger=token.text,
            modality=modality(ctx, token),
            negated=negated(token),
            quote=re.sub(r"\s+", " ", "".join(t.text_with_ws for t in quote)).strip(" ,.\"'"),
        )


def _saying(token: Token) -> bool:
    return token.lower_ in _SAYINGS and (
        token.pos_ == "NOUN"
        and any(c.lower_ in _POINTERS or c.lower_ == "the" for c in token.children)
    )


def _sources(verb: Token, lemma: str) -> list[Token]:
    """Who the sentence says the quote came from, when its subject is the quote."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1:
        return []
    subject = subjects[0]
    if lemma == "come" and _saying(subject):  # "The words came from X"
        return g.prep_objects(verb, {"from"})
    if lemma == "make" and subject.dep_ == "nsubjpass" and _saying(subject):
        return g.agents(verb)  # "The remarks were made by X"
    if lemma != "be":
        return []
    if not (_saying(subject) or subject.lower_ in _POINTERS):
        return []
    for attr in verb.children:  # "were those of X", "was the verdict of X"
        if attr.dep_ != "attr":
            continue
        if (attr.lower_ in {"those", "that"} and _saying(subject)) or _saying(attr):
            return g.prep_objects(attr, {"of"})
    return []


def _quote_before(ctx: Context, sent: Span) -> list[Token] | None:
    """The words of the sentence before ``sent`` when it is a quote and nothing else."""
    if sent.start == 0:
        return None
    before = ctx.sentence(ctx.doc[sent.start - 1])
    tokens = ctx.tokens(before.start, before.end)
    if not tokens or not quote_mark(tokens[0]):
        return None
    inside, words = False, []
    for t in tokens:
        if quote_mark(t):
            inside = not inside
        elif inside:
            words.append(t)
        elif not t.is_punct:
            return None  # words outside the marks: the sentence says who speaks
    return words or None
