"""Envoys summoned or called in, as a protest to the state that sent them: "Peru
summoned Chile's ambassador", "called in the Chilean envoy", "Chile's envoy was
summoned by Peru". Summoning one's own envoy home ("Iraq summoned its ambassador
from Turkey for consultations") protests to no one, nor does summoning anyone
else ("summoned the board")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.extract.grammar import actor_of, actors_of
from kg.extract.modifier_owners import owning_words
from kg.extract.passives import acted_on
from kg.language.lexicon import OWN_POSSESSIVES
from kg.language.titles import DIPLOMATS

# Possessives that make the envoy the summoner's own ("its ambassador").


def is_envoy_title(token: Token) -> bool:
    """A title of a state's envoy: "ambassador", "chargé d'affaires", "high commissioner"
    (a Commonwealth state's envoy to another; not a plain "commissioner")."""
    low = token.lemma_.lower()
    return low in DIPLOMATS or (
        low == "commissioner" and any(c.lower_ == "high" for c in token.children if c.i < token.i)
    )


def summoned_envoy(verb: Token, passive: bool, found: list[Token]) -> bool:
    """Whether ``verb`` summons another state's envoy: its object (a passive's
    subject) or one of ``found``, the targets a row's prepositions give ("called
    in the ambassador")."""
    objects = [*acted_on(verb, passive), *found]
    # "summoned X, the German ambassador": the title in the name's apposition
    objects += [a for o in objects for a in o.children if a.dep_ == "appos" and a.i > o.i]
    return any(
        is_envoy_title(o)
        and not any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in o.children)
        for o in objects
    )


def served_states(
    ctx: Context, targets: list[Token], agents: list[str]
) -> tuple[list[str], list[str]]:
    """The states whose named envoys ``targets`` are, and those envoys: "summoned
    Norway's ambassador, Eirik Solheim", "expelled the Lithuanian envoy, X": a
    measure on the state he serves, whoever he is (not one's own envoy)."""
    states: list[str] = []
    envoys: list[str] = []
    for t in targets:
        if not is_envoy_title(t):
            # "expelled X, a German diplomat", "X, an attaché at the Russian embassy"
            # (one's own envoy, "Peru summoned X, the Peruvian ambassador", is no one's)
            titles = [a for a in t.children if a.dep_ == "appos" and a.i > t.i]
            owners = [k for a in titles for k in _title_states(ctx, a)]
            if owners and any(k.startswith("person/") for k in actors_of(ctx, t)):
                states += [k for k in owners if k not in agents]
                envoys += actors_of(ctx, t)
            continue
        owners = [k for k in _title_states(ctx, t) if k not in agents]
        if owners:
            states += owners
            envoys += [k for a in t.children if a.dep_ == "appos" for k in actors_of(ctx, a)]
    return states, envoys


_POSTS = frozenset({"embassy", "consulate", "mission", "legation"})


def _title_states(ctx: Context, title: Token) -> list[str]:
    """The states an envoy's title names: by the words before it
    ("Norway's ambassador", "a German diplomat") or the embassy after it ("a diplomat
    at the German embassy")."""
    if not is_envoy_title(title):
        return []
    words = owning_words(title)
    for post in [o for p in title.children if p.dep_ == "prep" and p.lower_ in {"at", "in", "of"}
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in _POSTS]:  # fmt: skip
        words += owning_words(post)
    return list(dict.fromkeys(k for c in words for k in envoys_state(ctx, title, c)))


def envoys_state(ctx: Context, noun: Token, word: Token) -> list[str]:
    """The country ``word``, a word of an envoy's title ``noun``, names: the state he
    serves ("Norway's ambassador, X") or is posted to ("its ambassador to Ireland, X":
    Ireland, not the envoy his title phrase names); none for a noun of no envoy."""
    key = actor_of(ctx, word) if is_envoy_title(noun) else None
    return [key] if key is not None and key.startswith("country/") else []
