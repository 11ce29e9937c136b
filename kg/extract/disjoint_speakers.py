"""A pronoun that speaks is not someone its own words name.

"He said Mr Reed had broken every promise", "He told reporters that Tom Reed should
resign", "He argued it was their right, just as Mr Reed had a right to speak": a
person named after "he" inside what "he" says is someone else (a pronoun never
stands for a name it governs), so when "he" was resolved to that very person, who
speaks is unknown and the statement is left without them. "Tom Reed said he would
stand again", "He said his rival, Ann Vale, had lied" (another person named) and "Mr
Reed's comments had prompted censure - he told ..." (the name before the pronoun)
keep their speaker, as does a body that names itself ('"Velcor believes its claim is
sound," it said').
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context

# Mentions that name no one by name: a pronoun, or a description resolved by guess.
_UNNAMED = frozenset({"pronoun", "description"})


def named_in_words(
    ctx: Context, speakers: Iterable[Token], words: Iterable[Token] | None
) -> set[str]:
    """The actors a pronoun among ``speakers`` was resolved to that a name among
    ``words`` (what is said) also names: not who speaks."""
    if words is None:
        return set()
    pronouns = {
        k
        for t in speakers
        if (m := ctx.actors.mention_at(t.i)) is not None and m.kind == "pronoun"
        for k in g.actors_of(ctx, t)
        if k.startswith("person/")
    }
    first = min((t.i for t in speakers), default=0)
    if not pronouns:
        return set()
    named = set()
    for t in words:
        if t.i < first:
            continue
        mention = ctx.actors.mention_at(t.i)
        key = ctx.actors.at(t.i)
        if mention is not None and mention.kind not in _UNNAMED and key in pronouns:
            named.add(key)
    return named
