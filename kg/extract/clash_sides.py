"""The side a fight "with" someone leaves unsaid: "X withdrew after clashes with Y",
"X lost two soldiers in fighting with Y", "amid skirmishes with Y". The noun names
one side; the subject of the clause its phrase hangs on is the other (an active
verb only: "protesters were held after clashes with police" says nothing of who
fought), or, when that subject is no actor, whose it is: "X's death toll rose in the
war with Y", "X's losses mounted in the conflict with Y" (not when it names a
partner of its own: "X's ties with Z improved after the war with Y")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context

# Prepositions that set a fight beside what the clause tells: when or where in it.
_BESIDE = frozenset({"after", "following", "during", "amid", "amidst", "in"})
_ARMED = ("country/", "group/", "org/")


def clause_side(ctx: Context, noun: Token) -> list[str]:
    """The actors of the subject of the active clause a "with" fight hangs on, when
    both sides are countries, groups or bodies, one of them a state or standing group."""
    prep = noun.head
    partners = [k for t in g.prep_objects(noun, {"with"}) for k in g.actors_of(ctx, t)]
    if (
        not all(k.startswith(_ARMED) for k in partners)
        or noun.dep_ != "pobj"
        or prep.lower_ not in _BESIDE
        or prep.dep_ != "prep"
    ):
        return []
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or g.is_passive(verb):
        return []
    found = [k for s in g.subjects(verb) for k in g.actors_of(ctx, s) or _owner_of(ctx, s)]
    # armed sides only, a state or a standing group among them: "Mr Blair spoke after
    # clashes with the Tories" and "Labour's row with the Tories" are no battles
    state = any(k.startswith(("country/", "group/")) for k in [*found, *partners])
    return found if state and all(k.startswith(_ARMED) for k in found) else []


def had_with(noun: Token) -> Token | None:
    """ "X had a row with Y", "X has had a bust-up with Y", "X and Y had a row": the
    subject of "have" is one side of the quarrel its object names when "with" names
    the other or the subject is both ("X has a stake in the row with Y" is no side:
    the quarrel is not its object)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ != "have" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    # "with" the other side, or the two sides its subject ("A and B had a row")
    sides = g.prep_objects(noun, {"with"}) or [c for s in g.subjects(verb) for c in s.conjuncts]
    return verb if sides else None


def _owner_of(ctx: Context, subject: Token) -> list[str]:
    """Whose the subject is when it names no actor: "Armenia's losses", "Chile's
    economy"; none when it has a partner of its own ("Peru's ties with Chile")."""
    if any(c.dep_ == "prep" for c in subject.children):
        return []
    return [k for c in subject.children if c.dep_ == "poss" for k in g.actors_of(ctx, c)]
