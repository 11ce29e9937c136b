"""What two parties' joint text says they will do together: "A joint communique
issued after talks between A and B said both sides would expand rail links", "In a
joint statement, A and B said they would build a bridge", "a joint statement said A
and B would ...". Issuing the text is each side speaking; its saying that both will
act is their stated intent to cooperate (CAMEO 030), between its issuers, for
:func:`kg.extract.cooperation._joint`. Not when the clause is negated, not future,
or has someone else for its subject ("said A would ...")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed_events import make_events
from kg.extract.modality import negated
from kg.extract.senses import sense
from kg.language.event_words import SPEECH_VERBS
from kg.language.talks import MEETING_NOUNS
from kg.records import Event, EventKind

_PLEDGING = {"will", "would", "'ll"}
# "both sides", "the two countries", "the two governments", "they": the issuers again
_BOTH = {"sides", "countries", "governments", "nations", "parties", "states", "leaders"}


def joint_pledges(ctx: Context, paper: Token, extractor: str) -> Iterator[Event]:
    """The issuers of a joint text that says both will do something, as cooperating."""
    verb = paper.head
    inside = paper.dep_ == "pobj" and verb.lower_ == "in"  # "In a joint statement, A and B said"
    if inside:
        verb = verb.head
    elif paper.dep_ != "nsubj":
        return
    if verb.lemma_ not in SPEECH_VERBS or negated(verb):
        return
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or negated(clause):
        return
    if not any(c.dep_ == "aux" and c.lower_ in _PLEDGING for c in clause.children):
        return
    doers = g.subjects(clause)
    issuers = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s)] if inside else []
    issuers = issuers or _after_talks(ctx, paper)
    named = list(dict.fromkeys(k for s in doers for k in g.actors_of(ctx, s)))
    issuers = list(dict.fromkeys(issuers or named))
    if len(issuers) < 2 or not all(_the_issuers(s, named, issuers) for s in doers):
        return
    yield from make_events(ctx, verb, paper, EventKind.COOPERATION,
                           sense("agree", "030", symmetric=True), issuers[:1], issuers[1:],
                           [paper], extractor, 0.6)  # fmt: skip


def _after_talks(ctx: Context, paper: Token) -> list[str]:
    """ "issued after talks between A and B": the sides of the talks."""
    return [k for t in paper.subtree if t.lower_ in MEETING_NOUNS
            for s in g.prep_objects(t, {"between"}) for k in g.actors_of(ctx, s)]  # fmt: skip


def _the_issuers(subject: Token, named: list[str], issuers: list[str]) -> bool:
    """A subject that is the issuers: "they", "both sides", "the two countries", or
    the issuers named."""
    if subject.lower_ in {"they", "we"}:
        return True
    if subject.lower_ in _BOTH and any(c.lower_ in {"both", "two"} for c in subject.children):
        return True
    return bool(named) and set(named) == set(issuers)
