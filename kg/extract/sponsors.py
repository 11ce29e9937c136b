"""The sponsor of unnamed attackers acts through them: "hackers backed by Iran attacked
Saudi banks", "Iranian-backed hackers attacked ...", "a militia armed by X shelled Y's
positions", "X's proxies attacked Y" are force by Iran and X as well as by whoever did
it. Only a group of doers ("hackers", "a militia", "rebels") is someone's instrument,
and only when the backing is told as a fact: "hackers allegedly backed by Iran",
"hackers linked to Iran" and "hackers who may be backed by Iran" name no sponsor.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.modifier_owners import modifier_owners
from kg.extract.noun_parties import hyphen_agents

# Acts of force and coercion (CAMEO 17-20), what one fields armed groups for.
_FORCE = frozenset({"17", "18", "19", "20"})
# Groups of doers another may field: the plural and the singular of each.
_DOERS = frozenset(
    """hacker hackers militia militias militiaman militiamen rebel rebels gunman gunmen
    militant militants fighter fighters insurgent insurgents proxy proxies mercenary
    mercenaries paramilitary paramilitaries guerrilla guerrillas group groups faction
    factions force forces unit units attacker attackers operative operatives saboteur
    saboteurs separatist separatists squad squads gang gangs surrogate surrogates""".split()
)
# Backing an armed group: "backed by", "sponsored by", "armed by", "funded by".
_SPONSORING = frozenset(
    """back sponsor fund finance bankroll arm train equip support supply direct control
    run command""".split()
)
# Words that make the backing a claim, not a fact.
_DOUBTING = frozenset(
    """allegedly reportedly purportedly suspected alleged possibly apparently
    supposedly probably likely thought believed said""".split()
)
# Nouns for a state's own machinery: "backed by the Chinese state".
_STATE_NOUNS = frozenset({"state", "government", "regime", "military", "army", "authorities"})
# Nouns that are themselves someone's instrument: "X's proxies".
_PROXIES = frozenset({"proxy", "proxies", "surrogate", "surrogates"})


def sponsored_by(ctx: Context, cameo: str, doer: Token) -> list[str]:
    """The sponsors of ``doer``, a common noun of a group that used force (``cameo``): the
    by-phrase of a backing participle after it ("rebels funded by Rwanda"), the name
    before the hyphen of one before it ("Iranian-backed hackers"), or the owner of
    a proxy ("Turkey's proxies"); none for a doubted backing ("allegedly backed")."""
    if cameo[:2] not in _FORCE or doer.pos_ != "NOUN":
        return []
    if doer.lower_ not in _DOERS or _doubted(doer):
        return []
    own = set(g.actors_of(ctx, doer))
    named = [k for o in g.prep_objects(doer, {"of"}) for k in g.actors_of(ctx, o)]
    if named or any(k.startswith("country/") for k in own):
        return []  # "Iran-backed rebels of the X Front", "UN-backed Malian units": their own
    found: list[Token] = []
    for c in doer.children:
        if c.tag_ != "VBN" or c.lemma_.lower() not in _SPONSORING or _doubted(c):
            continue
        if c.dep_ == "acl" and c.i > doer.i:  # "hackers backed by Iran"
            found += g.agents(c)
        elif c.dep_ == "amod" and c.i < doer.i:  # "Iran-backed hackers"
            found += hyphen_agents(c)
    if doer.lower_ in _PROXIES:  # "Turkey's proxies"
        found += [c for c in doer.children if c.dep_ == "poss"]
    # "backed by the Chinese state": the state the words before the noun name
    return [k for t in found for k in g.actors_of(ctx, t) or _state_of(ctx, t)
            if not k.startswith("place/") and k not in own]  # fmt: skip


def _state_of(ctx: Context, noun: Token) -> list[str]:
    if noun.lower_ not in _STATE_NOUNS:
        return []
    return [k for k in modifier_owners(ctx, noun) if k.startswith("country/")]


def _doubted(word: Token) -> bool:
    return g.negated(word) or any(
        c.dep_ in {"advmod", "amod"} and c.lower_ in _DOUBTING for c in word.children
    )
