"""A titled name followed by "of" and the body or country it serves: "Prime Minister
Omar Said of the Front", "Rep. Kim Ji-ho of the DP", "Sheikh X of Qatar"; and a
name joined to such a name by "and", with its own "of": "Sir Ian Holt of Britain
and Carl Brant of the United States" (the second has no title of his own, but
stands in the same pattern as the first).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract import role_owners as ro
from kg.extract.base import Context
from kg.language.lexicon import HONORIFICS
from kg.language.mentions import Mention
from kg.language.person_names import PEERS, peerage

# Honorifics that are a rank or a style of rule, so the post of whom they name:
# "Sheikh X of Qatar", "Gen. X of Chad" (not "Mr", "Dr", "Sir").
_RANKS = {"Sheikh": "Sheikh", "Gen": "General", "Gen.": "General", "Adm": "Admiral",
          "Adm.": "Admiral", "Col": "Colonel", "Col.": "Colonel", "Brigadier": "Brigadier",
          "Commodore": "Commodore", "Captain": "Captain", "Capt": "Captain", "Capt.": "Captain",
          "Major": "Major", "Superintendent": "Superintendent", "Inspector": "Inspector",
          "Sergeant": "Sergeant", "Commissioner": "Commissioner"}  # fmt: skip

# Words a rank may follow, which alone are none: "Chief Superintendent", "Deputy Commissioner".
_RANK_PREFIXES = frozenset({"Chief", "Deputy", "Assistant", "Detective", "Acting"})


def of_body(ctx: Context) -> Iterator[tuple[str, str, list[Token], str | None, bool]]:
    """ "Prime Minister Omar Said of the Front", "Rep. Kim Ji-ho of the DP": a
    titled name followed by "of" and the body it serves ("Ex-president X of Peru":
    a former post)."""
    for m in ctx.actors.mentions:
        person = ctx.actors.by_mention.get(m.id)
        if person is None or not person.startswith("person/") or m.kind != "person":
            continue
        titled = _titled(ctx, m) or _after_a_titled_of(ctx, m)
        if not titled or m.end + 1 >= len(ctx.doc) or ctx.doc[m.end].lower_ != "of":
            continue
        if peerage(ctx.doc, m) in PEERS:
            continue  # "Lord Campbell of Alloway": a peer's place in his title, no employer
        of = ctx.doc[m.end]
        if ro.respective(ctx, of):
            continue  # "X and Y of A and B respectively": one each (role_owners)
        for obj in (c for c in of.children if c.dep_ == "pobj"):
            for body in g.actors_of(ctx, obj):
                if body.startswith(("org/", "group/", "country/")):
                    # "Sheikh X of Qatar": a style of rank is the post the name is given
                    style = ctx.doc[m.start - 1].text if m.start > 0 else ""
                    style = ctx.doc[m.start].text if ctx.doc[m.start].text in _RANKS else style
                    title = (m.descriptors[0].title if m.descriptors else None) or _RANKS.get(style)
                    if title in _RANK_PREFIXES and style in _RANKS:
                        title = f"{title} {_RANKS[style]}"  # "Chief Superintendent X of ..."
                    former = bool(m.descriptors) and m.descriptors[0].former
                    yield person, body, [ctx.doc[m.start], obj], title, not former


def _titled(ctx: Context, m: Mention) -> bool:
    return bool(m.descriptors) or (
        m.start > 0
        and (ctx.doc[m.start - 1].text.rstrip(".") in HONORIFICS
             or ctx.doc[m.start - 1].text in _RANKS)
    ) or ctx.doc[m.start].text in _RANKS  # fmt: skip


def _after_a_titled_of(ctx: Context, m: Mention) -> bool:
    """``m`` is joined by "and" to a titled name with its own "of" before it: "Sir
    Ian Holt of Britain and Carl Brant of ..." (not "Sir Ian Holt and Carl Brant of
    ...", where one "of" may be both's)."""
    root = ctx.doc[m.start : m.end].root
    if root.dep_ != "conj" or root.head.i >= m.start:
        return False
    first = next((x for x in ctx.actors.mentions if x.kind == "person"
                  and x.start <= root.head.i < x.end), None)  # fmt: skip
    return (
        first is not None
        and first.end < m.start
        and ctx.doc[first.end].lower_ == "of"
        and _titled(ctx, first)
        and peerage(ctx.doc, first) not in PEERS
    )
