"""Putting someone on a sanctions list by designating or listing them (CAMEO 163).

"The Treasury designated six firms for helping X ship oil", "designated Y under its
Magnitsky sanctions programme", "Y was designated by the Treasury", "designating Y as a
sanctioned entity", "the UN sanctions committee listed Y", "designated Y in full", "listed
the whole of Y as a terrorist group": a sanction on Y. A listing
is one only when the sentence marks it so: by a list of the punished ("as a sanctioned
entity"), a sanctions law ("under its sanctions programme"), a listing of the whole ("in
full"), a wrong it punishes ("for
helping X", "for corruption") or a body that sanctions ("the Treasury", "the sanctions
committee"). Naming someone to a post ("designated Y as its envoy", "listed Y as a
contact") is none.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.directed import targets_of
from kg.extract.directed_events import make_events
from kg.extract.sanction_lists import PUNISHING
from kg.extract.senses import sense
from kg.records import Event, EventKind

# Verbs of listing; "designate" and "list" also name (kg.extract.labels), "declare" only
# bans ("declared Y an unlawful association": CAMEO 172, marked as the others are), so
# "declared X's arrest unlawful" names no one.
DESIGNATING = frozenset({"designate", "list", "declare"})
DECLARING = frozenset({"declare"})

# Words of a sanctions law a listing is made "under" ("under its Magnitsky sanctions programme").
_SANCTION_LAWS = frozenset(
    "sanction sanctions magnitsky embargo counterterrorism counter-terrorism terrorism".split()
)
# What a listing punishes, "for" which it is made ("designated Y for corruption").
_WRONGS = frozenset(
    """corruption role involvement abuse abuses links ties support participation complicity
    smuggling trafficking""".split()
)
# Words of a listing made whole: "designated Y in full", "in its entirety", a sanction
# (a post or a contact is never listed so), and of the whole listed ("the whole of Y").
_IN_FULL = frozenset({"full", "entirety"})
_WHOLES = frozenset({"whole", "entirety"})
# Bodies whose listings are sanctions ("the Treasury designated Y", "the sanctions committee").
_SANCTIONING = frozenset({"treasury", "ofac", "sanctions"})


def designated(ctx: Context, verb: Token, extractor: str) -> Iterator[Event]:
    """ "the Treasury designated Y for helping X", "Y was designated by the Treasury
    under its sanctions programme": the designating body sanctions Y."""
    passive = g.is_passive(verb)
    agent_tokens = g.agents(verb) if passive else g.subjects(verb)
    if not (_marked(verb) or _sanctioning(agent_tokens)):
        return
    # "the UN sanctions committee listed Y": the body it belongs to when it is no actor
    agents = [k for t in agent_tokens for k in g.actors_of(ctx, t) or [
        k for c in t.children if c.dep_ == "compound" for k in g.actors_of(ctx, c)]]  # fmt: skip
    listed = [w for t in (g.subjects(verb) if passive else g.direct_objects(verb))
              for w in (g.prep_objects(t, {"of"}) if t.lemma_.lower() in _WHOLES else [t])
              if w not in _labels(verb)]  # fmt: skip
    # "declared Y an unlawful association": the parser makes Y the label's subject
    listed += [s for n in _labels(verb) if n.dep_ == "ccomp" for s in n.children
               if s.dep_ == "nsubj"]  # fmt: skip
    targets = [k for t in listed for k in targets_of(ctx, t) if k not in agents
               and not (t.tag_ == "PRP" and k.startswith("country/") and _as_a_body(verb))]  # fmt: skip
    code = "172" if verb.lemma_ in DECLARING else "163"  # a ban, or a sanctions listing
    yield from make_events(ctx, verb, verb, EventKind.CONFLICT, sense("sanction", code), agents,
                           targets, [verb, *listed], extractor, 0.7)  # fmt: skip


def _labels(verb: Token) -> list[Token]:
    """The body a listing names its object, read by the parser as a second object, a
    clause or the object's apposition: "designated Y a terrorist organisation", "declared
    Y an unlawful association"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    apposed = [a for o in objects for a in o.children if a.dep_ == "appos"]
    return [n for n in [*objects[1:], *(c for c in verb.children if c.dep_ == "ccomp"), *apposed]
            if n.pos_ in {"NOUN", "PROPN"} and n.lemma_.lower() in _BODIES]  # fmt: skip


# Nouns of a body listed, never a state: "designated it as a terrorist organisation"
_BODIES = frozenset(
    "organisation organization group movement outfit network entity association".split()
)


def _as_a_body(verb: Token) -> bool:
    """Whether the verb lists what it lists as a body, or in full: "designated it as a
    terrorist group", "listed it in full" (an "it" so listed is no country named before;
    "designated it a state sponsor of terrorism" may be)."""
    words = {t.lemma_.lower() for p in verb.children if p.dep_ in {"prep", "oprd"}
             for t in p.subtree}  # fmt: skip
    return not words.isdisjoint(_BODIES | _IN_FULL)


def punished_listing(noun: Token) -> bool:
    """Whether a noun of listing is marked a sanction by its phrases or by its "of"
    object's ("X's designation of Y as a terrorist group", the parser hanging "as" on
    either); "the listing of Y's shares" is none."""
    return _marked(noun) or any(_marked(o) for o in g.prep_objects(noun, {"of"}))


def _marked(verb: Token) -> bool:
    """Whether the verb's phrases mark the listing a sanction: "as a sanctioned entity",
    "under its sanctions programme", "for helping X", "for corruption"."""
    for p in dict.fromkeys([*verb.children, *_labels(verb)]):
        words = {t.lower_ for t in p.subtree}
        if p.dep_ == "prep" and p.lower_ == "as" and not words.isdisjoint(PUNISHING):
            return True
        if p.dep_ == "oprd" and not words.isdisjoint(PUNISHING):
            return True  # "designated Y a terrorist group"
        if p in _labels(verb) and not words.isdisjoint(PUNISHING):
            return True  # the same, read as a second object or a clause
        if p.dep_ == "prep" and p.lower_ == "under" and not words.isdisjoint(_SANCTION_LAWS):
            return True
        if p.dep_ == "prep" and p.lower_ == "in" and not words.isdisjoint(_IN_FULL):
            return True  # "designated Y in full"
        if (
            p.dep_ == "prep"
            and p.lower_ == "for"
            and any(
                (o.dep_ == "pcomp" and o.tag_ == "VBG")
                or (o.dep_ == "pobj" and o.lower_ in _WRONGS)
                for o in p.children
            )
        ):
            return True
    return False


def _sanctioning(agent_tokens: list[Token]) -> bool:
    """Whether the designating body is one that sanctions: "the Treasury", "the US
    Treasury Department", "the UN sanctions committee"."""
    return any(
        w.lower_ in _SANCTIONING
        for t in agent_tokens
        for w in t.subtree
        if w.dep_ in {"compound", "nsubj", "nsubjpass", "pobj"} or w.i == t.i
    )
