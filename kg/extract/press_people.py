"""Who puts the questions for a paper or a programme, never a party to a meeting:
"presenter Dale Kerr", "Dale Kerr, the programme's presenter", "Channel Seven's Dale
Kerr", "Dale Kerr of Radio Norvex" ("in a conversation with presenter Dale Kerr, X
said" is an interview, a statement). The roles are data (``role`` in
``kg/language/data/press-words.txt``)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.base import Context
from kg.language.audiences import PRESS_ROLES, names_media
from kg.language.titles import FORMER_WORDS


def press_person(ctx: Context, token: Token) -> bool:
    """Whether ``token`` is a journalist: a press role as the word itself, before the
    name or in apposition to it, or a name owned by a broadcaster or paper ("Channel
    Seven's Dale Kerr", "Dale Kerr of Channel Seven")."""
    if token.lemma_.lower() in PRESS_ROLES:
        return True
    if any(
        c.dep_ in {"compound", "appos"} and c.lemma_.lower() in PRESS_ROLES and not _former(c)
        for c in token.children
    ):
        return True  # (not "X, a former reporter": a journalist no more)
    if token.dep_ == "appos" and token.head.lemma_.lower() in PRESS_ROLES:
        return True  # "the presenter, Dale Kerr"
    if (mention := ctx.actors.mention_at(token.i)) is None or mention.kind != "person":
        return False
    owners = [c for c in token.children if c.dep_ == "poss"]
    owners += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    return any(media_name(ctx, o) for o in owners)


def media_name(ctx: Context | None, token: Token, also: frozenset[str] = frozenset()) -> bool:
    """A broadcaster, paper or programme by name (or one whose last word is in ``also``),
    read by :func:`name_words`."""
    return names_media(name_words(ctx, token), also)


def name_words(ctx: Context | None, token: Token) -> list[str]:
    """The words of the name at ``token``: its actor mention's ("Channel Seven's" as
    "Channel Seven"), or with no context (a reader of the parse alone: :mod:`on_air`)
    the token with the compound words before it ("Radio Norvex")."""
    if ctx is None:
        return [c.text for c in token.lefts if c.dep_ == "compound"] + [token.text]
    mention = ctx.actors.mention_at(token.i)
    return (mention.text if mention is not None else token.text).replace("'s", "").split()


def _former(role: Token) -> bool:
    """Whether a press role is one held no more ("a former reporter", "an ex-journalist")
    or followed by another post ("a former journalist who now leads X")."""
    return any(c.lower_ in FORMER_WORDS or c.lower_ == "ex" for c in role.lefts) or any(
        c.dep_ == "relcl" for c in role.children
    )
