"""Ground taken from a side: "recaptured the port of Mokha from the Houthis", "retook
Tal Afar from Islamic State", "regained control of the district from Armenian forces".

The one it is taken from is the target, but only when what is taken is ground (a
place, a town, a base, control of one): "regained market share from rivals" or
"retook the lead from Arsenal" take nothing from an enemy. Trigger rows say so with
the ``ground-from`` flag (see data/triggers.tsv)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.addressed import addressee_kept
from kg.extract.base import Context
from kg.extract.giving import is_captive
from kg.extract.on_air import on_air
from kg.extract.passives import acted_on
from kg.extract.senses import Sense
from kg.extract.when import is_when
from kg.language.actor_context import PLACE_NOUNS
from kg.language.places import places

# Nouns of ground that is fought over: "the town of X", "a rebel stronghold" (the
# nouns of places a name may follow, and more).
GROUND_NOUNS = PLACE_NOUNS | frozenset(
    {"territory", "base", "airbase", "airfield", "airport", "garrison", "stronghold", "bastion",
     "enclave", "hill", "hilltop", "border", "crossing", "area", "areas", "position",
     "positions", "front", "peninsula", "valley", "oilfield", "refinery", "harbour", "zone"}
)  # fmt: skip
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# A state's ground that what is fired "near" or "over" is fired at: "near a Greek
# island", "over Japanese territory" (not "near the border", often the shooter's own side).
_NEAR_GROUND = frozenset({"island", "islands", "territory", "waters", "airspace",
                          "warship", "warships", "vessel", "vessels"})  # fmt: skip


def is_ground(thing: Token) -> bool:
    """A place by name ("Mosul", tagged or not), a noun of ground ("the port of Mokha", "towns"), or
    control of one ("control of the district"; not "control of the company")."""
    if thing.ent_type_ in _PLACE_TYPES or thing.lemma_.lower() in GROUND_NOUNS:
        return True
    if not thing.ent_type_ and thing.pos_ == "PROPN" and places().is_place(thing.text):
        return True  # a town the model left untagged: "recaptured Raqqa from X fighters"
    if thing.lemma_.lower() != "control":
        return False
    of = g.prep_objects(thing, {"of"})
    return not of or any(is_ground(o) for o in of)


_NEAR = {"near", "over"}
_SEAS = {"waters", "sea"}
_OFF = {"near", "off"}


def prep_targets(verb: Token, s: Sense, passive: bool) -> list[Token]:
    """The objects of the sense's prepositions on ``verb``; with ``ground-from``, its
    "from" phrase (on the verb or on what is taken) counts only when ground is taken."""
    # (a date or a time is no target: "demanded on Monday that X ...")
    # (nor the broadcaster one speaks on: "insisted on BBC Radio 4")
    found = [t for t in g.prep_objects(verb, s.target_preps) if not is_when(t) and not on_air(s, t)]
    if "addressee-to" in s.flags:  # "complained to X about the boats", not "about Y's tests"
        found = addressee_kept(verb, found)
    if "near-ground" in s.flags:  # "fired shells near a Greek island": on the verb or the shells
        near = [o for h in [verb, *g.direct_objects(verb)] for o in g.prep_objects(h, _NEAR)]
        found += [t for t in near if t.lower_ in _NEAR_GROUND]
        # "fired missiles into waters near Taiwan", "into the sea off Japan": whose they are
        found += [o for t in found if t.lower_ in _SEAS for o in g.prep_objects(t, _OFF)]
    if "ground-from" not in s.flags:
        return found
    taken = acted_on(verb, passive)
    if not any(is_ground(t) for t in taken):
        return [t for t in found if t.head.lower_ != "from"]
    # "retook the town of Tal Afar from X": the phrase may hang on the named place
    held = [*taken, *(o for t in taken for o in g.prep_objects(t, {"of"}))]
    return found + [o for t in held for o in g.prep_objects(t, {"from"}) if o not in found]


def taken_captive(ctx: Context, noun: Token) -> bool:
    """Whether what a noun of capture takes is people or ground: "the capture of 20
    soldiers", "of the town", "of Mosul" (not "the capture of the Chinese market")."""
    return any(is_ground(t) or is_captive(ctx, t) for t in g.prep_objects(noun, {"of"}))
