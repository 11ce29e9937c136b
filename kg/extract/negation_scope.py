"""How far a negation reaches: not to a joined clause with a tense of its own ("has
not met X but has spoken to Y"), and not at all when it is undone ("did not hesitate
to criticise X", "never stopped attacking X": two negations), moves the event in time
("did not meet X until Monday": met on Monday) or only says there was more ("did not
just criticise X").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.auxiliaries import FINITE_TAGS, FUTURE_AUX, HYPOTHETICAL_AUX

# Verbs whose negation says the act was done: "did not hesitate / fail to criticise X".
_NOT_HOLDING_BACK = {"hesitate", "fail", "stop", "cease", "refrain", "neglect", "forget"}
_NEGATORS = {"not", "n't", "never"}
_UNTIL = {"until", "till", "til"}
_NOT_YET = {"now", "today", "notice"}  # "not until now", "until further notice"
_MORE_THAN = {"just", "only", "merely", "simply"}  # "did not just criticise X; it ..."


def own_tense(conj: Token) -> bool:
    """A joined verb with its own tense or auxiliary ("refused to comment and accused
    X", "has not met X but has spoken to Y") is not in the first verb's negation,
    unless joined by "nor"."""
    if _by_nor(conj):
        return False
    return (conj.tag_ in FINITE_TAGS and conj.head.tag_ == "VB") or own_auxiliary(conj)


def own_auxiliary(conj: Token) -> bool:
    """A joined verb with an auxiliary of its own ("will not travel to X but has met
    Y") has its own tense and mood (not "nor": "nor has she met Y")."""
    if _by_nor(conj):
        return False
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in conj.children)


def _by_nor(conj: Token) -> bool:
    """Joined by "nor", which carries the negation on: "did not meet X, nor has he met Y"."""
    return any(c.dep_ == "cc" and c.lower_ == "nor" for c in (*conj.head.children, *conj.children))


def undone(verb: Token, hops: int, *, refusal: bool = False) -> bool:
    """The negation found on ``verb`` (``hops`` links above the event's own verb)
    does not deny the event (a ``refusal`` verb: only when it is itself negated, "did
    not fail to meet X"; "refused to meet X until ..." may never have met X)."""
    children = list(verb.children)
    negators = [c for c in children if c.dep_ in {"neg", "advmod"} and c.lower_ in _NEGATORS]
    if hops and verb.lemma_ in _NOT_HOLDING_BACK and negators:
        return True  # "did not hesitate to criticise X", "never stopped attacking X"
    if refusal:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _MORE_THAN and c.i == n.i + 1
           for c in children for n in negators):  # fmt: skip
        return True  # "did not just criticise X", "did not merely meet Y"
    for c in children:
        if c.dep_ == "prep" and c.lower_ in _UNTIL:
            return not any(o.lower_ in _NOT_YET for o in c.children)  # "until Monday"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _UNTIL for m in c.children):
            return True  # "did not meet X until the war ended"
    return False


# Verbs of ceasing: "stopped supporting X", "ceased selling arms to X" tell that giving
# or trading ended, not that it goes on (kg.extract.stopped_trade reads a stopped trade
# as reduced relations); force stopped was still used ("stopped shelling X").
_CEASING = {"stop", "cease", "quit"}
_GIVING = frozenset(
    """buy import purchase sell export supply ship trade fund finance support back arm aid help
    provide give send cooperate""".split()
)


def ceased(head: Token, verb: Token, hops: int) -> bool:
    """Whether ``head`` is a verb of ceasing whose gerund ``verb`` gives or trades:
    "stopped buying", "ceased funding"."""
    return (
        hops == 1
        and head.lemma_ in _CEASING
        and verb.tag_ == "VBG"
        and verb.dep_ == "xcomp"
        and verb.lemma_ in _GIVING
    )


def told_as_done(relative: Token) -> bool:
    """A relative clause in the past tells what was done, whatever the clause it hangs
    on plans or supposes: "would not talk to X, which he blamed for the siege", "will
    meet Y, whom it accused of spying", "the plan, which was rejected by X, will be
    revised". Not one with a mood of its own ("a deal that would end the war") nor a
    present ("a deal that lifts the sanctions")."""
    if relative.dep_ != "relcl":
        return False
    helpers = [c.lower_ for c in relative.children if c.dep_ in {"aux", "auxpass"}]
    if any(h in FUTURE_AUX or h in HYPOTHETICAL_AUX or h == "to" for h in helpers):
        return False
    return (relative.tag_ == "VBD" and not helpers) or any(  # (also "which was banned by X")
        h in {"has", "have", "had", "was", "were"} for h in helpers
    )
