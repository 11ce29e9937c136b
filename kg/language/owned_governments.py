"""A government or country a pronoun or a relative "whose" owns: "his government",
"her country", "A, Chile's minister, whose government" act for the country whose post
the story gives the person the pronoun refers to ("President A of Peru ... defended
his government's crackdown": Peru); "Peru, whose government" is Peru. No one when
that person has no country, or posts in two.
"""

from __future__ import annotations

from kg.language.coref_state import CorefState
from kg.language.lexicon import PERSON_POSSESSIVES
from kg.language.mention_record import Mention
from kg.language.ruled_by import whose_owner


def pronoun_government(state: CorefState, m: Mention) -> str | None:
    """The country of the person whose government ``m`` ("his government") names."""
    if m.end - m.start != 2:
        return None
    if state.doc[m.start].lower_ == "whose":
        person = _whose(state, m)
        if person is not None and person.startswith("country/"):
            return person  # "Peru, whose government"
    elif state.doc[m.start].lower_ in PERSON_POSSESSIVES:
        pron = next(
            (p for p in state.mentions[: m.id] if p.kind == "pronoun" and p.start == m.start), None
        )
        person = state.linked.get(pron.id) if pron is not None else None
    else:
        return None
    if person is None or not person.startswith("person/"):
        return None
    own = [o for o in state.mentions if state.linked.get(o.id) == person]
    countries = {state.linked.get(a) for o in own for d in o.descriptors if not d.former
                 for a in d.affiliations}  # fmt: skip
    countries |= {country_after(state, o) for o in own}
    found = [k for k in countries if k and k.startswith("country/")]
    return found[0] if len(found) == 1 else None


def _whose(state: CorefState, m: Mention) -> str | None:
    """Whom a relative "whose" stands for: the person or country its clause is on."""
    owner = whose_owner(state.doc[m.start])
    if owner is None:
        return None
    return next((state.linked.get(o.id) for o in state.mentions
                 if o.start <= owner.i < o.end and o.kind in {"person", "country"}), None)  # fmt: skip


def country_after(state: CorefState, p: Mention) -> str | None:
    """The country named right after a titled person's name: "President A of Peru"."""
    doc, i = state.doc, p.end
    if not p.descriptors or p.descriptors[0].former or i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    key = next((state.linked.get(c.id) for c in state.mentions[p.id + 1 : p.id + 3]
                if c.start == i + 1), None)  # fmt: skip
    return key if key and key.startswith("country/") else None
