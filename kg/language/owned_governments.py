"""A government a pronoun owns: "his government", "her administration" act for the
country whose post the story gives the person the pronoun refers to ("President A
of Peru ... defended his government's crackdown": Peru). No one when that person
has no country, or posts in two.
"""

from __future__ import annotations

from kg.language.coref_state import CorefState
from kg.language.lexicon import PERSON_POSSESSIVES
from kg.language.mention_record import Mention


def pronoun_government(state: CorefState, m: Mention) -> str | None:
    """The country of the person whose government ``m`` ("his government") names."""
    if m.end - m.start != 2 or state.doc[m.start].lower_ not in PERSON_POSSESSIVES:
        return None
    pron = next(
        (p for p in state.mentions[: m.id] if p.kind == "pronoun" and p.start == m.start), None
    )
    person = state.linked.get(pron.id) if pron is not None else None
    if person is None or not person.startswith("person/"):
        return None
    own = [o for o in state.mentions if state.linked.get(o.id) == person]
    countries = {state.linked.get(a) for o in own for d in o.descriptors if not d.former
                 for a in d.affiliations}  # fmt: skip
    countries |= {country_after(state, o) for o in own}
    found = [k for k in countries if k and k.startswith("country/")]
    return found[0] if len(found) == 1 else None


def country_after(state: CorefState, p: Mention) -> str | None:
    """The country named right after a titled person's name: "President A of Peru"."""
    doc, i = state.doc, p.end
    if not p.descriptors or p.descriptors[0].former or i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    key = next((state.linked.get(c.id) for c in state.mentions[p.id + 1 : p.id + 3]
                if c.start == i + 1), None)  # fmt: skip
    return key if key and key.startswith("country/") else None
