"""Envoys summoned or called in, as a protest to the state that sent them: "Peru
summoned Chile's ambassador", "called in the Chilean envoy", "Chile's envoy was
summoned by Peru". Summoning one's own envoy home ("Iraq summoned its ambassador
from Turkey for consultations") protests to no one, nor does summoning anyone
else ("summoned the board")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.passives import acted_on
from kg.language.titles import DIPLOMATS

# Possessives that make the envoy the summoner's own ("its ambassador").
_OWN = frozenset({"its", "their", "our", "his", "her"})


def summoned_envoy(verb: Token, passive: bool, found: list[Token]) -> bool:
    """Whether ``verb`` summons another state's envoy: its object (a passive's
    subject) or one of ``found``, the targets a row's prepositions give ("called
    in the ambassador")."""
    return any(
        o.lemma_.lower() in DIPLOMATS
        and not any(c.dep_ == "poss" and c.lower_ in _OWN for c in o.children)
        for o in [*acted_on(verb, passive), *found]
    )
