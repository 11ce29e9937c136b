"""What an appeal asks of whom it is made to: "urged X to ...", "called on X to ...".

Asking another to stop, withdraw, release or resign is a demand on them (CAMEO 10,
a conflict); asking them to talk, settle, show restraint or return to the table is
an appeal (CAMEO 02), which opposes no one. The words are data
(:mod:`kg.language.demand_words`); this module reads the act asked for.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.freed_ones import freed_ones
from kg.extract.when import says_when
from kg.language.auxiliaries import DUTY_AUX
from kg.language.demand_words import (
    CONCILIATORY_ACTIONS,
    CONCILIATORY_THINGS,
    DEMANDED_ACTIONS,
    PERSISTING_ACTIONS,
    REFUSING_ACTIONS,
    URGED_CONCILIATION,
)

_THING_DEPS = {"dobj", "acomp", "attr", "oprd", "npadvmod"}
# Modals that ask for an act in a "that" clause ("insisted that X should withdraw");
# "would", "could", "will" tell what is so or what will be.
_BIDDING_MODALS = DUTY_AUX | {"shall"}


def asks_conciliation(verb: Token) -> bool:
    """Whether every act an appeal verb asks for is conciliatory ("urged A and B to
    settle their dispute", "called on X to resume talks and show restraint"); one
    act that is not ("to stop the shelling and return to talks"), a negated one
    ("urged X not to join") or none at all keeps it a demand. With no act, a
    conciliatory thing urged as the verb's own object is one too ("urging restraint",
    "urged calm and dialogue")."""
    acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]
    if not acts:
        things = [t for o in g.direct_objects(verb) for t in g.conjuncts(o)]
        return bool(things) and all(t.lemma_.lower() in URGED_CONCILIATION for t in things)
    return conciliatory(acts)


def conciliatory(acts: list[Token]) -> bool:
    """Whether every act asked for (with its conjuncts) is conciliatory and none is
    negated; no act at all is none."""
    acts = [a for c in acts for a in g.conjuncts(c)]
    return bool(acts) and all(_conciliatory(a) and not g.negated(a) for a in acts)


def _conciliatory(act: Token) -> bool:
    """ "settle", "work together" (the act itself); "show restraint", "open a
    dialogue", "return to the negotiating table", "remain calm" (what it is done
    to or with), unless the act ends or refuses it ("quit the talks")."""
    key = act.lemma_.lower()
    for c in act.children:
        if (
            c.dep_ in {"prt", "advmod"}
            and f"{key} {c.lower_}" in CONCILIATORY_ACTIONS | REFUSING_ACTIONS
        ):
            key = f"{key} {c.lower_}"
    if key in CONCILIATORY_ACTIONS:
        return True
    if key in REFUSING_ACTIONS:
        return False
    things = [t for c in act.children if c.dep_ in _THING_DEPS for t in g.conjuncts(c)]
    things += [o for p in act.children if p.dep_ == "prep"
               for c in p.children if c.dep_ == "pobj" for o in g.conjuncts(c)]  # fmt: skip
    words = {w for t in things for w in (t.lemma_.lower(), t.lower_)}
    words |= {c.lower_ for t in things for c in t.children if c.dep_ in {"compound", "amod"}}
    return bool(words & CONCILIATORY_THINGS)


def doers_of_demanded(ctx: Context, verb: Token) -> set[str]:
    """Bodies that name who is to do what is demanded ("demanded a Senate
    inquiry", "a UN investigation"): a modifier of the demanded thing, not the
    one the demand is made of (a possessor still is: "demanded Japan's apology")."""
    return {
        k
        for o in g.direct_objects(verb)
        if ctx.actors.at(o.i) is None
        for c in o.children
        if c.dep_ == "compound"
        for k in g.actors_of(ctx, c)
    }


def demand_targets(ctx: Context, verb: Token, targets: list[str]) -> list[str]:
    """Whom a demand verb is made of: its targets less the doers of what is demanded
    ("demanded a Senate inquiry") and those it asks to be freed ("his release"), with
    the one whose bare verb the small parser read as a noun beside the object
    ("demanded Sudan halt construction": Sudan, where "Sudan" and "halt" came out as
    modifiers of "construction")."""
    bidden = _bare_verb_doers(ctx, verb)
    doers = (doers_of_demanded(ctx, verb) | freed_ones(ctx, verb)) - bidden  # "his release"
    return [k for k in targets if k not in doers] + [k for k in bidden if k not in targets]


def _bare_verb_doers(ctx: Context, verb: Token) -> set[str]:
    found: set[str] = set()
    for o in g.direct_objects(verb):
        for act in o.lefts:
            if act.dep_ == "compound" and act.lower_ in DEMANDED_ACTIONS and act.i - 1 > verb.i:
                key = ctx.actors.at(act.i - 1)  # the actor right before the bare verb
                if key is not None:
                    found.add(key)
    return found


def bids(clause: Token) -> bool:
    """Whether a "that" clause asks for an act against the will of whom it names, in
    the subjunctive or with "should" ("insisted that X withdraw", "that X should
    withdraw", "that X be punished"), rather than tells what is so ("insisted that he
    was innocent", "that X would withdraw") or encourages ("that X should keep to
    his plan and not back down", "that X return to talks")."""
    acts = [a for a in g.conjuncts(clause) if not g.negated(a)]
    return _mandative(clause) and any(
        a.lemma_ not in PERSISTING_ACTIONS and not _conciliatory(a) for a in acts
    )


def _mandative(clause: Token) -> bool:
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "MD" for c in auxes):
        return all(c.lower_ in _BIDDING_MODALS for c in auxes if c.tag_ == "MD")
    if auxes:
        return all(c.tag_ == "VB" for c in auxes)  # "be punished", not "has withdrawn"
    if clause.tag_ == "VB":
        return True
    # "insisted that the rebels withdraw": the present after a past verb is no report
    return (
        clause.tag_ == "VBP"
        and clause.lemma_ not in {"be", "have", "do"}
        and clause.head.tag_ == "VBD"
    )


def appeal_prep(verb: Token) -> Token | None:
    """The preposition of an appeal with "call": "called on X to ...", "called for
    talks" (not "called X on Monday", which says when)."""
    for child in verb.children:
        if (
            child.dep_ in {"prep", "prt"}
            and child.lower_ in {"on", "for", "upon"}
            and not says_when(child)
        ):
            return child
    return None
