"""Posts at a body the model did not tag: "the Swedish chief executive of Nordvik, X"
holds a post at Nordvik, and "Swedish" only says where X is from."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.language.body_words import UNIT_WORDS
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import PORTFOLIO_WORDS, TITLE_WORDS
from kg.language.titles import Descriptor

# Posts held for a country at another body: "the Iraqi ambassador at the UN".
ENVOYS = {"ambassador", "envoy", "representative", "delegate", "consul", "minister", "diplomat"}


def of_an_untagged_body(ctx: Context, d: Descriptor) -> bool:
    """A title that names its employer by a name the model did not tag: "the
    Swedish chief executive of Nordvik, X" holds a post at Nordvik, and the adjective
    only says where X is from (not "the Swedish Minister of Defence": a portfolio;
    nor an envoy's post, held for the country)."""
    words = (d.title or "").lower().split()
    if set(words) & ENVOYS:
        return False
    for t in ctx.doc[d.start : d.end - 1]:
        if t.lower_ not in {"of", "at"}:
            continue
        k = t.i + 1 + (ctx.doc[t.i + 1].lower_ == "the")
        if k >= d.end:
            continue
        n = ctx.doc[k]
        if (
            n.pos_ == "PROPN"
            and n.lower_ not in PORTFOLIO_WORDS | TITLE_WORDS | UNIT_WORDS
            and no_known_actor(ctx, n)
        ):
            return True
    return False


def no_known_actor(ctx: Context, t: Token) -> bool:
    """A name no known country or place has, which the model tagged as nothing, as
    part of the post's holder, or as a place it does not know ("Nordvik's
    chairman")."""
    key = ctx.actors.at(t.i) or "person/"
    unknown = key.startswith("person/") or (
        key.startswith("country/") and key not in gazetteer().entries
    )
    return unknown and gazetteer().lookup(t.text) is None and not gazetteer().is_place(t.text)
