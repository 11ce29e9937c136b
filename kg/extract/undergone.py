"""Nouns of what is done to someone, read from where the parties stand:

* the owner who undergoes it when a "by" phrase names who did it: "X's arrest by the
  police", "X's killing by soldiers" (X is the target, as in "the killing of X by ...");
* a noun of a demand that is also the verb's own word, told as done: "Uganda's arrest
  of X", "the arrest of X by the police" (not "called for the arrest of X", a demand);
* whom a coercive noun would have held when it is for an act of custody: "a warrant for
  X's arrest", "a red notice for the extradition of X" (X; never "a warrant for the
  murder of X", whose victim the warrant is not against).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.sought import asking_verb, wanted_not_done
from kg.extract.triggers import Trigger, trigger

# Codes of what befalls a person: arrest, detention, expulsion (17x), killing, abduction (18x).
_BEFALLING = {"17", "18"}


def undergoing_owner(ctx: Context, noun: Token, trig: Trigger) -> tuple[list[str], list[str]]:
    """(who did it, who underwent it) when the owner undergoes what ``noun`` names: "X's
    detention by Ugandan police", "X's killing by soldiers"; else two empty lists."""
    if trig.cameo[:2] not in _BEFALLING or g.prep_objects(noun, {"of"}):
        return [], []
    owners = [k for c in noun.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)]
    doers = [k for t in g.prep_objects(noun, {"by"}) for k in g.actors_of(ctx, t)]
    doers = [k for k in doers if k not in owners]
    return (doers, owners) if owners and doers else ([], [])


def done_deed(noun: Token, trig: Trigger) -> Trigger | None:
    """The act a demanded noun names when no one asks for it and the noun is the verb's
    own word ("the arrest of X by police": the verb row's arrest), as an owner noun;
    None when it is asked for or is no such word."""
    verb = trigger(noun.lemma_.lower(), "verb")
    if verb is None or verb.kind is not trig.kind or verb.frame != "directed":
        return None
    if asking_verb(noun) is not None or wanted_not_done(noun):
        return None  # "urged the arrest of X", "a warrant for the arrest of X"
    return replace(trig, frame="owner", type=verb.type, cameo=verb.cameo)


def held_in_custody(ctx: Context, trig: Trigger, act: Token) -> list[str]:
    """Whom the act of custody a coercive noun is for would hold: "a warrant for X's
    arrest", "a notice for the arrest of X" (rows flagged ``custody-act``)."""
    row = trigger(act.lemma_.lower(), "noun") or trigger(act.lower_, "noun")
    if trig.cameo[:2] != "17" or row is None or "custody-act" not in row.flags:
        return []
    held = [c for c in act.children if c.dep_ == "poss"] + g.prep_objects(act, {"of"})
    return [k for t in held for k in targets_of(ctx, t)]
