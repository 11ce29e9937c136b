"""The state whose project a state or an international body pays for: "the World
Bank pledged to fund Nepal's new dam", "Qatar agreed to invest in Egypt's port", "a
Qatar-funded programme in Egypt" aid (or invest in) Nepal and Egypt, for :func:`kg.extract.directed.verb_events`; aid sent
to a city or region ("Cuba sent doctors to Lombardy") is aid to the country it lies in.

Only money, arms and training (CAMEO 061, 071, 072) and only a thing, not a group
of people ("funded Ukraine's separatists" aids no Ukraine); a firm's investment
("Holm Mining invested in Chile's mines") is business, not cooperation. Only as a
verb with its payer as subject: "Japan's investment in Laos's grid" is as often its
firms' money as its state's.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.arrived import arrived_at
from kg.extract.base import Context
from kg.extract.given_users import receivers
from kg.extract.struck import country_of_place
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import listed_words

_PAID = {"061", "071", "072"}
# Work done on a thing, which is its owner's: "the repair of X's grid" (data/thing-words.txt)
_WORKS = listed_words("thing-words.txt")["work"]


def funded_owners(
    ctx: Context, cameo: str, things: list[Token], payers: list[str], found: list[str]
) -> list[str]:
    """The targets ``found`` so far, or, with none but the payers themselves ("vaccines
    donated by X": X's vaccines), the countries that own what a state or a listed body
    pays for or where it arrives (none for other senses, payers or things)."""
    if any(k not in payers for k in found) or (found and cameo[:2] != "07"):
        return found
    return _owners(ctx, cameo, things, payers)


def _owners(ctx: Context, cameo: str, things: list[Token], payers: list[str]) -> list[str]:
    if not payers or not all(public_payer(ctx, k) for k in payers):
        return []
    # "sent doctors to Lombardy": aid to the country the city or region lies in
    aided = [country_of_place(ctx, t) for t in things] if cameo[:2] == "07" else []
    found = [k for k in aided if k is not None and k not in payers]
    if cameo[:2] == "07":  # "vaccines donated by X reached Y": Y gets them
        found += [k for k in arrived_at(ctx, things) if k not in payers]
        # "Russian-supplied missiles fired by X", "an EU-funded project run by X"
        found += [k for k in receivers(ctx, things) if k not in payers and k not in found]
    if cameo not in _PAID:
        return found
    for t in _worked_on(things):
        if t.pos_ != "NOUN" or ctx.actors.at(t.i) is not None:
            continue  # "funded Ukraine's separatists": a group, named for itself
        # "Nepal's dam"; "a dam in Nepal", "a Qatar-funded programme in Egypt"; not
        # "its embassy in Nepal" (the payer's own)
        owners = [c for c in t.children if c.dep_ == "poss"] or g.prep_objects(t, {"in"})
        found += [k for c in owners for k in g.actors_of(ctx, c, include_places=True)
                  if k.startswith("country/") and k not in payers]  # fmt: skip
    return found


def _worked_on(things: list[Token]) -> list[Token]:
    """What is paid for, and what a work paid for is done on: "the repair of Kenya's
    power grid" (the grid, whose owner is aided), "the rebuilding of bridges in Nepal"."""
    return [*things, *(o for t in things if t.lemma_.lower() in _WORKS
                       for o in g.prep_objects(t, {"of"}))]  # fmt: skip


def public_payer(ctx: Context, key: str) -> bool:
    """A state, or a body the gazetteer lists ("the World Bank"); not a firm."""
    if key.startswith("country/"):
        return True
    actor = ctx.actors.actors.get(key) if key.startswith("org/") else None
    return actor is not None and gazetteer().lookup(actor.name) is not None
