"""A pronoun that speaks is not someone its own words name.

"He said Mr Reed had broken every promise", "He told reporters that Tom Reed should
resign", "He argued it was their right, just as Mr Reed had a right to speak": a
person named after "he" in the clause of what "he" says (what is said, whom it is
told, a clause hung on the verb) is someone else (a pronoun never stands for a name
it governs), so when "he" was resolved to that very person, who speaks is unknown
and the statement is left without them. "Tom Reed said he would
stand again", "He said his rival, Ann Vale, had lied" (another person named) and "Mr
Reed's comments had prompted censure - he told ..." (the name before the pronoun)
keep their speaker, as does a body that names itself ('"Velcor believes its claim is
sound," it said').
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context

# Mentions that name no one by name: a pronoun, or a description resolved by guess.
_UNNAMED = frozenset({"pronoun", "description"})


def named_in_words(ctx: Context, speakers: list[Token], verb: Token) -> set[str]:
    """The actors a pronoun among ``speakers`` of ``verb`` was resolved to that a
    name after it in the verb's clause (what is said, whom it is told, a clause
    hung on it: "just as Mr Reed had a right") also names: not who speaks."""
    pronouns = {
        k
        for t in speakers
        if (m := ctx.actors.mention_at(t.i)) is not None and m.kind == "pronoun"
        for k in g.actors_of(ctx, t)
        if k.startswith("person/")
    }
    if not pronouns:
        return set()
    first = min(t.i for t in speakers)
    own = {d.i for t in speakers for d in t.subtree}  # "He, Tom Reed, said": his name
    named = set()
    for t in verb.subtree:
        if t.i < first or t.i in own:
            continue
        mention = ctx.actors.mention_at(t.i)
        key = ctx.actors.at(t.i)
        if mention is not None and mention.kind not in _UNNAMED and key in pronouns:
            named.add(key)
    return named
