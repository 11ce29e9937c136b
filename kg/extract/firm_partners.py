"""A partner of a firm named right before the partner's name: "Harmon Group partner
Lena Fiske said", "Ruiz & Vale partner Tom Hart". A law firm's, an accountancy's
or a fund's partner holds a post in it (as "a partner at Harmon Group" does); it is
no ally of the firm. Only a body's name right before a bare "partner" counts:
"coalition partner X", "Labour's junior partner X", "Germany's partner X" keep
their reading (a party or a state beside another), and so does a party's or a
national body's name ("Likud partner X": a body the gazetteer places in a country, or
one the article calls a party).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.base import Context
from kg.language.mentions import Mention

_PARTNERS = frozenset({"partner", "partners"})


def firm_of_partner(ctx: Context, noun: Token) -> tuple[str, str] | None:
    """(person, firm) when ``noun`` is a bare "partner" between a firm's name and
    its holder's name: "Harmon Group partner Lena Fiske"."""
    if noun.lower_ not in _PARTNERS or not noun.is_lower or noun.i == 0:
        return None
    person = ctx.actors.mention_at(noun.i + 1) if noun.i + 1 < len(ctx.doc) else None
    body = ctx.actors.mention_at(noun.i - 1)
    if person is None or body is None or person.start != noun.i + 1 or body.end != noun.i:
        return None
    if any(not body.start <= c.i < body.end for c in noun.children):
        return None  # "coalition partner X", "its partner X": another reading
    if _a_party(ctx, body):
        return None  # "Likud partner X": a party's ally, not a firm's partner
    person_key = ctx.actors.by_mention.get(person.id) or ""
    body_key = ctx.actors.by_mention.get(body.id) or ""
    if person_key.startswith("person/") and body_key.startswith("org/"):
        return person_key, body_key
    return None


def firm_partners(ctx: Context) -> Iterator[tuple[str, str, list[Token], str | None, bool]]:
    """(person, firm, evidence tokens, title, current) for each firm's partner named
    after the firm's name (for :mod:`kg.extract.roles`)."""
    for t in ctx.doc:
        if (found := firm_of_partner(ctx, t)) is not None:
            yield found[0], found[1], [t, ctx.doc[t.i + 1]], t.lower_, True
        elif (run := _firms_managing_partner(ctx, t)) is not None:
            person, firm, last = run
            yield (
                person,
                firm,
                [ctx.doc[t.i - 1], last],
                f"{ctx.doc[t.i - 1].lower_} {t.lower_}",
                True,
            )


def _firms_managing_partner(ctx: Context, noun: Token) -> tuple[str, str, Token] | None:
    """(person, firm, the name's last word) for a firm's "managing" or "founding"
    partner, a post no party or state has, before its holder's name or in apposition
    set off by commas: "Ashcombe's managing partner, Tomas Reyes,", "Ashcombe managing partner
    Tomas Reyes", "Ashcombe's founding partner Tomas Reyes"."""
    if noun.lower_ not in _PARTNERS or noun.i < 2 or ctx.doc[noun.i - 1].lower_ not in _FIRM_POSTS:
        return None
    before = ctx.doc[noun.i - 1]
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    body = ctx.actors.mention_at(owner.i if owner is not None else before.i - 1)
    if body is None or (owner is None and body.end != before.i):
        return None
    names = [noun.i + 1, *(c.i for c in noun.children if c.dep_ == "appos")]
    if noun.i + 1 < len(ctx.doc) and ctx.doc[noun.i + 1].text == ",":
        names.append(noun.i + 2)  # "partner, Tomas Reyes,"
    person = next((m for k in names if k < len(ctx.doc) and (m := ctx.actors.mention_at(k))
                   and m.kind == "person"), None)  # fmt: skip
    if person is None or (person.start == noun.i + 2 and not _set_off(ctx, person)):
        return None  # "X is Ashcombe's founding partner, Tomas Reyes said": the speaker
    person_key = ctx.actors.by_mention.get(person.id) or ""
    body_key = ctx.actors.by_mention.get(body.id) or ""
    if person_key.startswith("person/") and body_key.startswith("org/") and not _a_party(ctx, body):
        return person_key, body_key, ctx.doc[person.end - 1]
    return None


def _set_off(ctx: Context, person: Mention) -> bool:
    """Whether a name after "partner," is closed off as an apposition ("partner, Tomas
    Reyes, said"; "partner, Tomas Reyes said" makes him the speaker)."""
    after = ctx.doc[person.end] if person.end < len(ctx.doc) else None
    return after is None or after.text in {",", ")", ";"} or after.is_sent_end is True


# what makes a "partner" a firm's post ("managing partner"), not a party's or a state's
_FIRM_POSTS = frozenset({"managing", "founding"})


def _a_party(ctx: Context, body: Mention) -> bool:
    """A national body (the gazetteer gives it a country) or one the article calls a
    party ("the Likud party")."""
    if body.entry is not None and body.entry.country is not None:
        return True
    name = body.text.lower()
    return f"{name} party" in ctx.doc.text.lower()
