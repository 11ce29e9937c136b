"""Who a meeting's guests meet: each other only when the text says they sat together.

"X received A and B together", "X held a trilateral meeting with A and B", "X
joined A and B for talks": one meeting of all three ("X received A, then B" and
"X met A and B" stay one meeting each). A city that hosts talks is where they
were held, not a party ("Vienna hosted talks between A and B"; "the Kremlin
hosted" is the state), and leaders both at a summit were there, not told to meet
("A and B were both at the summit").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.modifier_owners import owning_words
from kg.extract.noun_parties import hosted_by
from kg.language.contact_phrases import HOSTING_VERBS

_AUSPICES = frozenset({"auspices", "auspice", "aegis"})
_TOGETHER = frozenset({"together", "jointly"})
# "a trilateral summit with A and B", "joint talks with A and B"
_MANY_SIDED = frozenset({"trilateral", "tripartite", "quadrilateral", "joint"})
# "a three-way meeting", "four-party talks": a count of the sides
_SIDES = frozenset({"way", "party", "nation", "sided"})
# What guests a host takes "for" sit with each other
_SITTINGS = frozenset({"talks", "meeting", "summit", "negotiations", "discussions",
                       "consultations", "dinner", "lunch", "breakfast"})  # fmt: skip
# Gatherings of many, where being present is no meeting with each one there
_GATHERINGS = frozenset({"summit", "summits"})


def together(verb: Token, trigger: Token) -> bool:
    """Whether the partners of one party meet it together, not each on their own."""
    lemma = verb.lemma_
    if verb is not trigger and lemma == "join" and trigger.head.lower_ in {"for", "at"}:
        return True  # "joined A and B for talks", "was joined by A and B at the talks"
    if lemma in HOSTING_VERBS and any(
        p.dep_ == "prep" and p.lower_ == "for" and any(t.lower_ in _SITTINGS for t in p.subtree)
        for p in verb.children
    ):
        return True  # "welcomed A and B to Camp David for talks"
    for word in (verb, trigger):
        for c in word.children:
            lower = c.lower_
            if lower in _TOGETHER and c.dep_ == "advmod":
                return True  # "received A and B together"
            if (
                word is trigger
                and c.dep_ in {"amod", "compound", "nmod"}
                and (
                    lower in _MANY_SIDED
                    or (lower in _SIDES and any(n.dep_ == "nummod" for n in c.children))
                )
            ):
                return True
    return False


def sponsors(ctx: Context, verb: Token, trigger: Token) -> list[str]:
    """Who a meeting is held under the auspices of: "A and B held talks under the
    auspices of X", "talks held under the aegis of X", "met under EU auspices"; or
    hosted by: "met for talks hosted by X", "held talks chaired by X"
    (:func:`kg.extract.noun_parties.hosted_by`; not "talks hosted in Doha")."""
    talks = [
        trigger,
        *(o for o in g.prep_objects(verb, {"for", "at", "in"}) if o.lower_ in _SITTINGS),
    ]
    found = [k for t in talks for k in hosted_by(ctx, t)]
    if not ctx.has_any(_AUSPICES):
        return found  # (no need to read the phrase)
    for head in (verb, trigger, *(c for c in trigger.children if c.dep_ == "acl")):
        for p in head.children:
            if p.dep_ != "prep" or p.lower_ != "under":
                continue
            for a in p.children:
                if a.dep_ == "pobj" and a.lower_ in _AUSPICES:
                    found += [k for t in [*g.prep_objects(a, {"of"}), *owning_words(a)]
                              for k in g.actors_of(ctx, t)]  # fmt: skip
    return list(dict.fromkeys(found))


def holders(ctx: Context, noun: Token, governor: Token) -> list[Token]:
    """Who holds the talks a noun names (the governing verb's subjects), less a city
    that hosts them and leaders who were only present at a summit."""
    subjects = g.subjects(governor)
    if not subjects:
        return subjects
    if _passive_bearer(ctx, noun, governor, subjects):
        return g.agents(governor)  # "the note was delivered by X in a meeting with Y"
    lemma = governor.lemma_
    if lemma == "be" and noun.lower_ in _GATHERINGS and noun.head.lower_ == "at":
        return []  # "A and B were both at the summit"
    if lemma == "host" or (
        lemma == "play" and any(c.lower_ == "host" for c in governor.children)
    ):  # "Vienna hosted talks", "Nairobi played host to talks"
        return [s for s in subjects if not _city(ctx, s)]
    return subjects


def _passive_bearer(ctx: Context, noun: Token, governor: Token, subjects: list[Token]) -> bool:
    """ "The protest was delivered by X in a meeting with Y", "the plan was put to Y by
    X during talks": a passive whose subject is a thing, not an actor, set in a
    meeting: the agent holds the meeting."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in {"in", "during", "at", "after", "following"}
        and noun.head.head.i == governor.i
        and g.is_passive(governor)
        and not any(g.actors_of(ctx, s) for s in subjects)
        and bool(g.agents(governor))
    )


# Words of a seat of power, which acts for its state ("the White House hosted talks"),
# unlike the city it is in
_SEATS = frozenset({"house", "street", "palace", "kremlin", "whitehall", "westminster",
                    "elysee", "élysée", "zhongnanhai", "orsay", "10", "ten"})  # fmt: skip


def _city(ctx: Context, token: Token) -> bool:
    """A capital named as a place ("Vienna"), not a seat of power ("the Kremlin")."""
    mention = ctx.actors.mention_at(token.i)
    return (
        mention is not None
        and mention.metonym
        and token.ent_type_ == "GPE"
        and not _SEATS & set(mention.text.lower().split())
    )
