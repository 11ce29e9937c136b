"""Names set off after a plural post a pair owns with "their": "Greece and Turkey
sent their foreign ministers, A and B, to the summit" (A Greece's, B Turkey's, in
order), "Chile and Peru said their envoys, A and B, had met". The owners are the pair
the "their" stands for (:mod:`kg.language.pair_owners`); with as many owners as names
each name holds the post for one, else none does (whose is whose is unsaid). "The two
countries' (or "both nations'") foreign ministers, A and B" after a sentence naming
India, then China is read the same way: the two states that the plural stands for,
in the order they were named (A India's, B China's); none after three.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.base import Context
from kg.extract.held_posts import Post
from kg.extract.role_owners import states_possessive
from kg.language.shared_titles import singular_post

_OWNER_KINDS = ("country/", "org/")
_PAIR_WORDS = frozenset({"two", "both"})


def their_posts(ctx: Context) -> Iterator[Post]:
    """(person, owner, tokens, role, current) for each name after "their POSTS,"."""
    for tok in ctx.doc:
        if tok.dep_ != "poss" or tok.head.i < tok.i:
            continue
        if tok.lower_ != "their" and not _two_states(tok):
            continue
        post = tok.head
        role = singular_post(post)
        if role is None:
            continue
        names = _listed_names(post)
        owners = ctx.actors.plural_at(tok.i)
        if len(names) < 2 or len(owners) != len(names):
            continue
        if not all(o.startswith(_OWNER_KINDS) for o in owners):
            continue
        words = [c.lower_ for c in post.lefts if c.dep_ in {"amod", "compound"}]
        current = "former" not in words
        title = " ".join([*(w for w in words if w != "former"), role])
        for name, owner in zip(names, owners, strict=True):
            person = ctx.actors.at(name.i)
            if person is not None and person.startswith("person/"):
                yield person, owner, [post, name], title, current


def _two_states(tok: Token) -> bool:
    """ "the two countries'", "both nations'": a counted pair of states owning a post."""
    if not states_possessive(tok):
        return False
    return any(c.lower_ in _PAIR_WORDS for c in tok.lefts if c.dep_ in {"nummod", "det", "predet"})


def _listed_names(post: Token) -> list[Token]:
    """The persons' names in apposition after the post's comma, in order."""
    first = next((c for c in post.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if first is None or post.doc[first.left_edge.i - 1].text != ",":
        return []
    names = [first, *(t for t in first.conjuncts if t.i > first.i)]
    return sorted(names, key=lambda t: t.i) if all(t.ent_type_ == "PERSON" for t in names) else []
