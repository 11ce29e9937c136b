"""A war both sides fight: "A and B fought a war over X", "A fought a border war
with B", "A's war with B", "the war between A and B".

A war "on" or "against" someone has one side that wages it (the owner frame); a
war "with" someone, or one two named sides fought, is mutual: each side against
the other. Allies fighting together ("A and B fought a war against C", "A and B
fought side by side") are no sides of one war, nor are the many of a world war.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.extract.clash_sides import clause_side
from kg.extract.directed import targets_of
from kg.language.event_words import FIGURATIVE_WARS, TOGETHER_WORDS
from kg.language.lexicon import HYPHENS

# Verbs by which sides fight a war: "fought a war", "waged a border war".
_FIGHTING = frozenset({"fight", "wage"})
# The owner frame's prepositions that name a target, one side against the other.
_AGAINST = frozenset({"on", "against", "of", "in"})


def warring_pairs(
    ctx: Context, noun: Token, verb: Token | None, agents: list[str]
) -> list[tuple[str, str]]:
    """(agent, target) pairs of a mutual war, each side against the other, or none
    when the war is waged on someone or the sides are not two."""
    # "the war of words between A and B": the parser may hang "between" on "words"
    hung = [t for o in g.prep_objects(noun, {"of"}) for t in g.prep_objects(o, {"between"})]
    between = list(dict.fromkeys(k for t in [*g.prep_objects(noun, {"between"}),
                                             *g.sides_on_verb(noun), *hung]
                                 for k in g.actors_of(ctx, t)))  # fmt: skip
    if len(between) == 2:  # "the war between A and B"
        return [(between[0], between[1]), (between[1], between[0])]
    if figurative(noun):
        return []  # "a trade war", "a war of words": no armed sides
    dashed = dashed_sides(ctx, noun)
    if len(dashed) == 2:  # "the Iran-Iraq war", "the Indo-Pakistani war"
        return [(dashed[0], dashed[1]), (dashed[1], dashed[0])]
    heads = [noun] if verb is None else [noun, verb]
    if any(k for h in heads for t in g.prep_objects(h, _AGAINST) for k in targets_of(ctx, t)):
        return []  # "a war on X", "fought a war against X": one side wages it
    if any(c.dep_ in {"amod", "compound"} and c.lower_ == "world" for c in noun.children):
        return []  # "A and B fought two world wars": many sides, allies among them
    if verb is not None and any(t.lower_ in TOGETHER_WORDS for t in verb.subtree if t.head == verb
                                or t.head.head == verb):  # fmt: skip
        return []  # "A and B fought a war together", "side by side"
    partners = [k for h in heads for t in g.prep_objects(h, {"with"}) for k in g.actors_of(ctx, t)]
    agents = agents or clause_side(ctx, noun)  # "X lost soldiers in the war with Y"
    partners = [k for k in dict.fromkeys(partners) if k not in agents]
    if partners:  # "A fought a border war with B", "A's war with B"
        return [p for a in agents for b in partners for p in ((a, b), (b, a))]
    sides = list(dict.fromkeys(agents))
    if verb is not None and verb.lemma_ in _FIGHTING and len(sides) == 2:
        return [(sides[0], sides[1]), (sides[1], sides[0])]  # "A and B fought a war"
    return []


def figurative(noun: Token) -> bool:
    """A war of trade or words rather than arms: "a trade war", "the price war",
    "a war of words"."""
    qualifiers = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
    qualifiers += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return any(q.lower_ in FIGURATIVE_WARS or q.lemma_.lower() in FIGURATIVE_WARS
               for q in qualifiers)  # fmt: skip


def dashed_sides(ctx: Context, noun: Token) -> list[str]:
    """The actors of two names or country adjectives joined by a dash before ``noun``
    ("the Iran-Iraq war", "the Russo-Japanese war"); none when a participle is among
    the words ("the US-led war": one side leads it)."""
    words = [t for c in noun.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < noun.i
             for t in c.subtree if t.i < noun.i and t.dep_ != "poss"]  # fmt: skip
    if not any(t.text in HYPHENS for t in words) or any(t.tag_ == "VBN" for t in words):
        return []
    return list(dict.fromkeys(k for t in words if (k := g.actor_of(ctx, t))))
