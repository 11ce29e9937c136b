"""A body named with its country is that country's (a membership, for the
memberships extractor, and the state a body speaks for, for the roles and chambers
extractors): "Iran's Supreme National Security Council", "the U.S. State
Department", "the Brazilian central bank", "the Kazakh foreign ministry", "the
parliament of Hungary", "the Japan Anti-Doping Agency"; not "Brazil's advisory
committee", "Japan's Honda", "China Lotus Bank", "Myanmar's Arakan Army", "the
Russian-backed government", nor "the British-Irish Council" (two countries joined in
a name: :mod:`kg.language.joint_bodies`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.base import Context
from kg.language.body_words import STATE_BANK_WORDS, STATE_ORGANS
from kg.language.commands import command_owner
from kg.language.gazetteer import Entry, gazetteer
from kg.language.joint_bodies import joint_name
from kg.language.names import clean_name
from kg.language.state_bodies import (
    country_opening,
    demonym_owner,
    named_before,
    named_by_kind,
    named_force_of_its_own,
)


def bodies_of_countries(ctx: Context) -> Iterator[tuple[str, str, list[Token], float]]:
    """A body named with its country: "Iran's Supreme National Security Council",
    "the U.S. State Department", "the Brazilian central bank"."""
    mentions = ctx.actors.mentions
    for m in mentions:
        body = ctx.actors.by_mention.get(m.id)
        entry = m.entry
        if body is not None and entry is not None and entry.country and m.kind == "org":
            if _head_word(entry.name) in _FORCE_HEADS:  # a state's own force the list names
                yield body, f"country/{entry.country}", [ctx.doc[m.start], ctx.doc[m.end - 1]], 0.7
            continue
        if body is None or not body.startswith("org/") or m.kind != "org" or m.entry is not None:
            continue
        if joint_name(ctx.doc, mentions, ctx.actors.by_mention, m):
            continue  # "the British-Irish Council": of neither country
        owned = command_owner(m.text.split())
        if owned is not None:  # "US Central Command", "Russia's Northern Fleet"
            yield body, owned[0].key, [ctx.doc[m.start], ctx.doc[m.end - 1]], 0.7
            continue
        if not m.text.split() or m.text.split()[-1].lower() in {"committee", "panel", "group",
                                                               "forum"}:  # fmt: skip
            continue  # "Brazil's advisory committee" is about Brazil, not Brazil's
        head = _head_word(m.text)
        if head not in STATE_ORGANS:
            continue  # "Japan's Honda", "the UK's biggest union": not a body of the state
        if head in _FORCE_HEADS and named_force_of_its_own(gazetteer(), m.text.split()):
            continue  # "Myanmar's Arakan Army": an armed group there, no force of the state's
        words = m.text.lower().split()
        if head == "bank" and not (STATE_BANK_WORDS & set(words) or words[:2] == ["bank", "of"]):
            continue  # "China Lotus Bank", "the UK's Royal Wessex Bank": a lender
        owner = demonym_owner(gazetteer(), m.text) if head in _MINISTRIES else None
        if owner is not None and not any(
            o.kind == "demonym" for o in mentions if o.start == m.start
        ):
            yield body, owner.key, [ctx.doc[m.start], ctx.doc[m.end - 1]], 0.7
            continue
        opener = country_opening(gazetteer(), m.text)
        if opener is not None and not _subject_matter(
            ctx, m.start + _words_of(opener, m.text), m.end
        ):
            yield body, opener.key, [ctx.doc[m.start], ctx.doc[m.end - 1]], 0.7
            continue  # "the Japan Anti-Doping Agency": Japan's
        for other in mentions:
            country = ctx.actors.by_mention.get(other.id)
            if not country or not country.startswith("country/") or other.id == m.id:
                continue
            inside = m.start <= other.start < m.end
            before = named_before(ctx.doc, other, m)
            after = ctx.doc[other.end : other.end + 2]
            if len(after) == 2 and after[0].text == "-" and after[1].tag_ == "VBN":
                continue  # "the Russian-backed government": backed by, not of, Russia
            following = (  # "the parliament of Hungary", not a shop "House of <place>"
                m.end + 1 == other.start
                and ctx.doc[m.end].lower_ in {"of", "in"}
                and other.entry is not None
                and named_by_kind(clean_name(m.text).split())  # not "the Farmers Council of X"
            )
            if (inside or before) and _subject_matter(ctx, other.end, m.end):
                continue  # "the Gibraltar Affairs Office" deals with Gibraltar
            if inside or before or following:
                yield body, country, [ctx.doc[other.start], ctx.doc[m.end - 1]], 0.7


# a government's departments and its legislature, named with its country's demonym in
# one name the model tags whole ("the Kazakh foreign ministry", "South Korean National
# Assembly"; not "the Palestinian National Authority", nor a "National Council" or
# "Congress", which opposition movements are named too)
_MINISTRIES = frozenset({"ministry", "department", "bank", "parliament", "assembly", "senate"})


# heads of the names of armed forces
_FORCE_HEADS = frozenset({"army", "forces", "force", "guard", "guards", "militia", "navy"})


def _head_word(name: str) -> str:
    """The noun a name is built on: "Department for International Development" ->
    department, "the British intelligence service" -> service."""
    words = name.replace("'s", "").replace("’s", "").split()
    for k, w in enumerate(words):
        if w.lower() in {"of", "for", "on"} and k:
            return words[k - 1].lower()
    return words[-1].lower() if words else ""


def _subject_matter(ctx: Context, after: int, end: int) -> bool:
    """Whether the place named inside a body's name, or opening it, is what the body
    deals with, not whose it is: "the Gibraltar Affairs Office", "the Hong Kong and
    Macao Affairs Office" (of another state, or of none the name tells); ``after`` is
    the first token after the place."""
    while after < end and (
        ctx.doc[after].lower_ in {"and", ",", "&"} or ctx.doc[after].ent_type_ == "GPE"
    ):
        after += 1
    return after < end and ctx.doc[after].lower_ == "affairs"


def _words_of(opener: Entry, name: str) -> int:
    """How many words of ``name`` the country that opens it takes ("Hong Kong Affairs
    Office": two), as :func:`kg.language.state_bodies.country_opening` found it."""
    words = name.split()
    return next((k for k in (2, 1) if gazetteer().lookup(" ".join(words[:k])) == opener), 1)
