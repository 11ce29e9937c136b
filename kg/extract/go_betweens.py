"""Go-betweens: who mediates between two sides meets each of them.

Constructions: ``X mediated between A and B``; ``X shuttled between A and B`` (or
between their capitals: "between Kigali and Kinshasa", each capital standing for its
government); ``X acted as a middle-man / go-between between (for) A and B``; ``X is
the mediator between A and B``; ``X carried a message from A to B`` (X met B). The
go-between meets each side on its own: the sides themselves did not meet. Offers,
requests and refusals to mediate are kept but marked (the verb's modality and
negation). Talks a third party hosts or mediates ("talks mediated by X between A
and B") are meetings of A and B, in :mod:`kg.extract.meeting_nouns`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.contact import PARTIES, can_host, contact_events, is_audience
from kg.extract.modifier_owners import owning_words
from kg.language.contact_words import (
    ACTING_AS,
    CARRYING_VERBS,
    GO_BETWEEN_NOUNS,
    MEDIATING_VERBS,
    MESSAGE_NOUNS,
)
from kg.language.gazetteer import gazetteer
from kg.records import Event, EventKind

_SIDES = {"between", "for", "among"}


def go_between_events(ctx: Context, start: int = 0, end: int | None = None) -> Iterator[Event]:
    """Meetings of a go-between with each side it goes between."""
    for token, lemma, lower, pos in ctx.scan(start, end):
        if lower == "mediation":
            yield from _credited(ctx, token)
        if pos != "VERB" and not (pos == "AUX" and lemma == "be"):
            continue
        if lemma in MEDIATING_VERBS:
            yield from _meets_each(ctx, token, token, g.prep_objects(token, {"between", "among"}))
        elif lemma in ACTING_AS:
            for part in _parts(token):
                sides = g.prep_objects(part, _SIDES) or g.prep_objects(token, {"between"})
                yield from _meets_each(ctx, token, part, sides)
        elif lemma in CARRYING_VERBS and any(
            o.lemma_.lower() in MESSAGE_NOUNS for o in g.direct_objects(token)
        ):
            to = [*g.prep_objects(token, {"to"}),
                  *(t for o in g.direct_objects(token) for t in g.prep_objects(o, {"to"}))]  # fmt: skip
            yield from _meets_each(ctx, token, token, [t for t in to if not is_audience(ctx, t)])
        elif lemma in CARRYING_VERBS and _message_passive(token):
            # "the note was handed to X by Y": who hands it over meets whom it is handed to
            bearers = [
                k for t in g.agents(token) for k in g.actors_of(ctx, t) if k.startswith(PARTIES)
            ]
            to = [t for t in g.prep_objects(token, {"to"}) if not is_audience(ctx, t)]
            yield from _met_each(ctx, token, token, bearers, to)


# Prepositions by which a clause credits its outcome to mediation: "thanks to Qatari
# mediation, A and B ended their war", "through / after / under Egyptian mediation".
_CREDITING = frozenset({"to", "through", "after", "following", "under", "via"})


def _credited(ctx: Context, noun: Token) -> list[Event]:
    """The mediator of "thanks to Qatari mediation, A and B ended their war" (its
    demonym, owner or "by" phrase) met each side: the subjects of the clause (and whom
    they dealt "with"), or the sides named "between". The clause's mood is the
    mediation's: "thanks to Qatari mediation, A and B may sign" is not yet done."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _CREDITING:
        return []
    verb = prep.head
    mediators = owning_words(noun)
    mediators += g.prep_objects(noun, {"by", "of"})
    if prep.lower_ == "to":  # "thanks to"
        if verb.lower_ != "thanks":
            return []
        mediators += g.prep_objects(verb, {"by"})  # the parser may hang "by Qatar" on "thanks"
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    go_between = [k for t in mediators for k in g.actors_of(ctx, t) if k.startswith(PARTIES)]
    sides = g.prep_objects(noun, {"between", "among"})
    if not sides:
        dealt = [verb, *g.direct_objects(verb)]
        sides = [*g.subjects(verb), *(t for d in dealt for t in g.prep_objects(d, {"with"}))]
    return _met_each(ctx, verb, noun, go_between, sides)


def _message_passive(verb: Token) -> bool:
    """ "The letter was delivered to X by Y": a passive of carrying whose subject is
    a message."""
    return g.is_passive(verb) and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in MESSAGE_NOUNS for c in verb.children
    )


def _parts(verb: Token) -> list[Token]:
    """The go-between's part: "acted as a middle-man", "is the mediator"."""
    nouns = g.prep_objects(verb, {"as"}) if verb.lemma_ != "be" else []
    nouns += [c for c in verb.children if c.dep_ == "attr"] if verb.lemma_ == "be" else []
    return [n for n in nouns if _go_between(n)]


def _go_between(noun: Token) -> bool:
    """ "mediator", "middleman", "middle-man", "go-between" (the parser splits the
    hyphenated ones into a modifier and a head)."""
    doc = noun.doc
    lo = noun.i
    while lo >= 2 and doc[lo - 1].tag_ == "HYPH":
        lo -= 2
    word = "".join(t.lower_ for t in doc[lo : noun.i + 1])
    return word in GO_BETWEEN_NOUNS or word.replace("-", "") in GO_BETWEEN_NOUNS


def _meets_each(ctx: Context, verb: Token, trigger: Token, sides: list[Token]) -> list[Event]:
    go_between = [k for t in g.subjects(verb) for k in g.actors_of(ctx, g.antecedent(t))
                  if k.startswith(PARTIES)]  # fmt: skip
    return _met_each(ctx, verb, trigger, go_between, sides)


def _met_each(
    ctx: Context, verb: Token, trigger: Token, go_between: list[str], sides: list[Token]
) -> list[Event]:
    """The go-between's meeting with each side it stands between (CAMEO 045)."""
    keys = [k for t in sides for k in _sides_of(ctx, t)]
    keys = [k for k in dict.fromkeys(keys) if k not in go_between]
    if not go_between or not keys:
        return []
    # "A and B mediated between C and D": each go-between meets each side, and the
    # co-mediators are not told to meet each other
    return [e for one in dict.fromkeys(go_between)
            for e in contact_events(ctx, verb, trigger, EventKind.MEETING, "consult", [one], keys,
                                    "participant", "participant", True, [*sides], cameo="045",
                                    confidence=0.6)]  # fmt: skip


def _sides_of(ctx: Context, token: Token) -> list[str]:
    """The actors a side names; a capital stands for its government ("shuttled
    between Kigali and Kinshasa")."""
    found: list[str] = []
    gz = gazetteer()
    for t in g.conjuncts(token):
        keys = [k for k in g.actors_of(ctx, t) if k.startswith(PARTIES)]
        mention = ctx.actors.named_at(t.i)
        if not keys and mention is not None and mention.kind == "place":
            capital = gz.metonym(mention.text)
            if capital is not None and capital.type == "Country" and can_host(ctx, capital.key):
                keys = [capital.key]
        found.extend(keys)
    return found
