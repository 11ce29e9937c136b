"""Armed men who go into a country with its own forces do not attack it.

"Uganda sent troops into Congo in a joint operation with the Congolese army",
"Ugandan troops entered Congo alongside Congolese soldiers", "Chad deployed troops
into Mali at the invitation of the Malian government": the country entered is a
partner (whose cooperation the sentence's own words give), not a target. Going in
with a third side ("sent troops into Congo alongside Rwandan forces") or against the
country's army is force as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.modifier_owners import modifier_owners

# Nouns of a joint undertaking whose "with" names a partner ("in a joint operation with X").
_JOINT = frozenset("operation operations offensive campaign mission exercise exercises".split())
# Nouns whose "of" names who asked the forces in ("at the invitation of X").
_ASKED = frozenset({"invitation", "request", "behest"})
_ENTERED = frozenset({"into", "in", "to"})


def entered_with_consent(ctx: Context, verb: Token) -> bool:
    """Whether the country ``verb`` moves armed men into is the partner it moves them
    in with: the owner of the forces "with" or "alongside" which they go, or the one
    at whose invitation they go."""
    partners = {k for t in _partners(verb) for k in _owners(ctx, t)}
    if not partners:
        return False
    entered = [o for o in g.prep_objects(verb, _ENTERED) if o.lemma_.lower() not in _ASKED | _JOINT]
    entered += g.direct_objects(verb) if verb.lemma_ == "enter" else []
    keys = {k for t in entered for k in _named(ctx, t)}
    return bool(keys) and keys <= partners


def _partners(verb: Token) -> list[Token]:
    """ "with the Congolese army" (on the verb, or on a joint undertaking it is done
    in), "alongside Congolese soldiers", "at the invitation of the Malian government"."""
    held = [verb, *(o for o in g.prep_objects(verb, {"in", "as"}) if o.lemma_.lower() in _JOINT)]
    found = [o for h in held for o in g.prep_objects(h, {"with", "alongside"})]
    found += [o for a in g.prep_objects(verb, {"at", "on"}) if a.lemma_.lower() in _ASKED
              for o in g.prep_objects(a, {"of"})]  # fmt: skip
    return found


def _named(ctx: Context, token: Token) -> list[str]:
    """The country a place phrase names."""
    return g.actors_of(ctx, token, include_places=True)


def _owners(ctx: Context, token: Token) -> list[str]:
    """Whose forces or government a phrase names: "the Congolese army", "Congo's
    army", "Congolese soldiers", or the country itself."""
    return [
        *g.actors_of(ctx, token, include_places=True),
        *modifier_owners(ctx, token, include_places=True),
    ]
