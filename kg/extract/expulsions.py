"""Diplomats sent away with an order, not the verb "expel": "Kenya ordered Somalia's
ambassador to leave", "Mali gave the French ambassador 72 hours to leave the
country", "Chad told the German envoy to leave", "the Polish diplomats were ordered
out of Russia", "Moscow declared five Polish diplomats persona non grata". Each
expels (CAMEO 166) whoever the envoy serves; telling an envoy to leave is no
consultation, and hours given to leave are no aid. A state's or a government's order
to another's forces or mission is one too: "Niger ordered American troops to leave",
"Chad ordered the UN mission to leave" (a person
ordering troops out orders his own, as a rule: "the general ordered the troops out").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.modifier_owners import WITH_NMOD, modifier_owners
from kg.extract.senses import sense
from kg.extract.struck import nationals_of
from kg.extract.ultimatums import deadline
from kg.language.mission_staff import mission_staff, missions_of
from kg.language.titles import DIPLOMATS
from kg.records import Event, EventKind

# Verbs that send someone away with a clause of leaving: "ordered / told / asked /
# gave X (48 hours) to leave".
ORDERING_VERBS = frozenset("order tell ask instruct give direct".split())
_LEAVING = frozenset({"leave", "quit", "depart", "exit"})
_EXPEL = sense("reduce-relations", "166")
_FORCES = frozenset(
    "troops forces soldiers peacekeepers contingent contingents mission missions".split()
)


def sent_envoys(verb: Token) -> list[Token]:
    """The envoys ``verb`` orders to leave: "ordered the ambassador to leave" (also
    "the ambassador was ordered to leave", "gave the envoys 72 hours to leave",
    "ordered the diplomats out"); none when no leaving is said ("told the ambassador
    that ...", "gave the envoy a letter")."""
    if verb.lemma_ not in ORDERING_VERBS or verb.pos_ not in {"VERB", "AUX"}:
        return []
    leaving = any(
        (c.dep_ in {"xcomp", "advcl", "ccomp"} and c.lemma_ in _LEAVING)
        or (c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == "out")
        for c in verb.children
    ) or any(map(_told_to_leave, g.direct_objects(verb)))
    if not leaving:
        return []
    held = (
        g.subjects(verb)
        if g.is_passive(verb)
        else [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    )
    # its envoys or forces: plain people told to leave are no diplomacy ("gave the troops
    # a day to leave" is an ultimatum, kg.extract.ultimatums)
    forces = _FORCES if verb.lemma_ != "give" else frozenset()
    return [
        t
        for h in held
        for t in g.conjuncts(h)
        if t.lemma_.lower() in DIPLOMATS or mission_staff(t) or t.lower_ in forces
    ]


def _told_to_leave(obj: Token) -> bool:
    """ "ordered the UN mission to leave": the parser may hang the infinitive on the
    object, as if it said which mission."""
    return any(
        c.dep_ in {"relcl", "acl"}
        and c.lemma_ in _LEAVING
        and any(a.lower_ == "to" for a in c.children)
        for c in obj.children
    )


_UNWELCOME = {"persona", "non", "grata"}


def _declared_unwelcome(verb: Token) -> list[Token]:
    """Who "declared X persona non grata" names (the parser makes X the subject of a
    clause headed by "persona"), also put after the phrase ("declared persona non
    grata a Polish diplomat") or told in the passive ("X was declared persona non
    grata")."""
    if verb.lemma_ != "declare" or not any(t.lower_ == "grata" for t in verb.subtree):
        return []
    phrase = [t for t in verb.subtree if t.lower_ in _UNWELCOME]
    sent = [s for c in verb.children if c.lower_ == "persona" for s in g.subjects(c)]
    sent += [o for o in g.direct_objects(verb) if o.lower_ not in _UNWELCOME]
    sent += [
        o for t in phrase for o in t.children if o.dep_ == "dobj" and o.lower_ not in _UNWELCOME
    ]
    # "declared a Russian diplomat persona non grata": the parser makes the one declared a
    # compound of the phrase
    sent += [c for t in phrase for c in t.lefts if c.dep_ in {"compound", "nmod"}
             and c.lower_ not in _UNWELCOME]  # fmt: skip
    if g.is_passive(verb):
        sent += [c for c in verb.children if c.dep_ == "nsubjpass"]
    return sent


def _unwelcome_by(verb: Token) -> list[Token]:
    """ "was declared persona non grata by Poland": the parser hangs the by-phrase on
    the phrase, not on the verb."""
    return [o for t in verb.subtree if t.lower_ in _UNWELCOME for o in g.prep_objects(t, {"by"})]


def _mission_states(ctx: Context, sent: list[Token], agents: list[str]) -> list[str]:
    """ "two officials of the Ugandan embassy": the state whose mission they serve."""
    missions = [m for t in sent for m in missions_of(t)]
    owners = modifier_owners(ctx, missions, WITH_NMOD, before=True)
    return [k for k in owners if k.startswith("country/") and k not in agents]


def expulsion(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """An expulsion said with an order to leave or "persona non grata"; hours given to
    anyone else to do what is demanded are an ultimatum (:mod:`kg.extract.ultimatums`)."""
    sent = sent_envoys(verb) or _declared_unwelcome(verb)
    if not sent:
        yield from deadline(ctx, verb, extractor)
        return
    if g.is_passive(verb):  # "was ordered to leave Kenya (by Kenya)"
        doers = (
            g.agents(verb)
            or _unwelcome_by(verb)
            or [o for c in verb.children if c.lemma_ in _LEAVING for o in g.direct_objects(c)]
        )
    else:
        doers = g.subjects(verb)
    agents = [k for t in doers for k in g.actors_of(ctx, t)]
    if any(t.lower_ in _FORCES for t in sent) and any(k.startswith("person/") for k in agents):
        yield from deadline(ctx, verb, extractor)
        return
    targets = [k for t in sent for k in targets_of(ctx, t) if k not in agents]
    targets = targets or _mission_states(ctx, sent, agents) or nationals_of(ctx, sent, agents)
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, _EXPEL, agents, targets,
                           sent, extractor, 0.7)  # fmt: skip
