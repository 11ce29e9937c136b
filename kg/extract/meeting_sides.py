"""The sides of a meeting noun told in other ways than "with" or "between A and B":
one party against a listed group ("between A and B's ministers - C, D and E"), and
the owners a "their", "his" or "her" before the noun stands for ("A and B played down
their meeting", "Mexico's president defended his meeting with X") (for
:mod:`kg.extract.meeting_nouns`)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.base import Context
from kg.language.lexicon import PERSON_POSSESSIVES, TITLE_WORDS


def two_sides(ctx: Context, partners: list[Token]) -> tuple[list[str], list[str]] | None:
    """ "between A and B's ministers - C, D and E": one party on one side, a listed
    group on the other; the listed members meet A, not each other."""
    for p in partners:
        if p.head.lower_ != "between":
            continue
        groups = [_side(ctx, c) for c in [p, *p.conjuncts]]
        groups = [grp for grp in groups if grp]
        if (
            len(groups) == 2
            and sorted(len(grp) for grp in groups)[0] == 1
            and max(len(grp) for grp in groups) >= 2
        ):
            one, many = sorted(groups, key=len)
            return one, [k for k in many if k not in one]
    return None


def _side(ctx: Context, token: Token) -> list[str]:
    """One side of "between": a party, or a group with its members listed after it
    ("Asia's consumers - China, India and Japan")."""
    listed = [k for ap in token.children if ap.dep_ == "appos"
              for x in [ap, *ap.conjuncts] for k in g.actors_of_token(ctx, x)]  # fmt: skip
    return listed or g.actors_of_token(ctx, token)


def own_subjects(ctx: Context, owner: Token, noun: Token) -> list[str]:
    """ "A and B played down their meeting": a "their" no antecedent resolves, on the
    object of a verb whose subject names two or more actors, is those actors - unless
    the sentence before names two or more actors "their" could be ("A met B on
    Monday. C and D condemned their meeting"); a "his" or "her", the post holder's."""
    if owner.lower_ in PERSON_POSSESSIVES:
        return _post_holders(ctx, noun)
    verb = noun.head
    if owner.lower_ != "their" or noun.dep_ != "dobj" or verb.pos_ not in {"VERB", "AUX"}:
        return []
    keys = list(dict.fromkeys(k for s in g.subjects(verb) for k in g.actors_of(ctx, s)))
    start = noun.sent.start
    before = {ctx.actors.at(t.i) for t in ctx.doc[start - 1].sent} - {None} if start else set()
    return keys if len(keys) >= 2 and len(before) < 2 else []


def _post_holders(ctx: Context, noun: Token) -> list[str]:
    """ "Mexico's president defended his meeting with U.S. officials", "the Danish
    prime minister praised her talks with X": a "his" or "her" no name resolves, in
    the clause of an unnamed holder of a post, is that post's country or body (who
    "Mexico's president" stands for as a subject)."""
    # the first clause above with a subject of its own ("said his meeting went well")
    subjects = next((found for v in noun.ancestors if v.pos_ in {"VERB", "AUX"}
                     if (found := [s for s in g.subjects(v) if noun not in s.subtree])), [])  # fmt: skip
    subjects = [s for s in subjects if s.tag_ == "NN" and s.lower_ in TITLE_WORDS]
    if any((m := ctx.actors.mention_at(s.i)) is not None and m.kind == "person" for s in subjects):
        return []  # "the minister, Ana Ruiz,": a named person, whom coreference finds
    return [k for s in subjects for k in g.actors_of(ctx, s) if not k.startswith("person/")]
