"""A state's measure on people, named by a noun: "issued arrest warrants for two
Danish fishermen", "Iran's detention of three British sailors", "a court in Oslo
issued a warrant for the arrest of a Swedish trader". As with the verbs
(:func:`kg.extract.struck.held_nationals`), the act of a state, or of its court, on
another country's nationals is an act on that country; a warrant for one's own
nationals, or one a rebel group issues, is on no country.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.struck import held_nationals
from kg.extract.triggers import Trigger

# Nouns of holding that a warrant may be "for": "a warrant for the arrest of X".
_HOLDING = frozenset({"arrest", "detention", "extradition", "capture"})


def held_by_noun(
    ctx: Context,
    noun: Token,
    trig: Trigger,
    verb: Token | None,
    agents: list[str],
    targets: list[str],
) -> tuple[list[str], list[str]]:
    """Agents and targets of a noun of coercion (CAMEO 17) once no actor is its
    target: the country of the people its "for", "of" or "against" phrase names."""
    if targets or trig.cameo[:2] != "17":
        return agents, targets
    aimed = trig.preps - {"by", "from", "in"}
    doers: list[Token] = []
    phrases = g.prep_objects(noun, aimed)
    if verb is not None:  # "issued warrants for X": the parse may hang "for X" on the verb
        doers = g.agents(verb) if g.is_passive(verb) else g.subjects(verb)
        phrases += g.prep_objects(verb, aimed - {"of"})
    people = [t for p in phrases for t in g.conjuncts(p)]
    people += [o for p in people if p.lemma_.lower() in _HOLDING for o in g.prep_objects(p, {"of"})]
    return held_nationals(ctx, trig.cameo, doers, people, agents, [])
