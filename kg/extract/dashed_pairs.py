"""The two sides of a dashed pair before a noun, when a name runs on after the pair: "the
Japan-Palau Kizuna Partnership treaty", "the Chile-Peru Andes Union accord". The
recogniser may take the second country and the words after it for one body ("Palau
Kizuna Partnership"); a word just before or after the dash that names a country is that
country, and the body it was read into no side.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.noun_parties import named_key
from kg.extract.owner_parties import compound_actors
from kg.language.lexicon import NAME_JOINTS


def dashed_sides(ctx: Context, noun: Token) -> list[str]:
    """The actors compounded before ``noun``, each country next to a dash read alone."""
    keys = compound_actors(ctx, noun)
    doc = noun.doc
    for dash in [t for t in doc[noun.left_edge.i : noun.i] if t.text in NAME_JOINTS]:
        for word in (doc[dash.i - 1], doc[dash.i + 1]) if 0 < dash.i < noun.i - 1 else ():
            country = named_key(word.text)
            read = g.actor_of(ctx, word)
            if country and country.startswith("country/") and read != country:
                keys = [country if k == read else k for k in keys]
                keys += [] if country in keys else [country]
    return list(dict.fromkeys(keys))
