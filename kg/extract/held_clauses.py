"""A meeting noun with a partner whose holder is named in a relative clause on it:
"the talks with X, which Y held in Oslo", "the summit with X, which Y attended" (for
:mod:`kg.extract.meeting_nouns`): the clause's verb governs the noun as "Y held talks
with X" would."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.grammar import RELATIVE_TAGS

# Verbs that hold a meeting, said of it in a relative clause.
# (Not "host" or "chair": one hosts a guest and chairs a body, which the clause may be
# about: "talks with envoys from a bloc, which Peru has chaired since May".)
_HOLDING = frozenset("hold attend conduct".split())


def held_in_clause(noun: Token) -> Token | None:
    """The active verb of a relative clause on ``noun`` whose object is the relative
    word and whose lemma holds a meeting; or on the partner after "with", where the
    parser may hang it, when that clause cannot be about a person ("which": "the
    talks with X, which Y held")."""
    withs = [p for p in noun.rights if p.dep_ == "prep" and p.lower_ == "with"]
    if not withs:
        return None  # "the summit of a body that X hosted": no partner to meet
    clauses = [(c, True) for c in noun.rights if c.dep_ == "relcl"]
    clauses += [(c, False) for p in withs for o in p.children if o.dep_ == "pobj"
                for c in o.rights if c.dep_ == "relcl"]  # fmt: skip
    for c, own in clauses:
        if c.lemma_ not in _HOLDING:
            continue
        kids = list(c.children)
        relative = [k for k in kids if k.dep_ == "dobj" and k.tag_ in RELATIVE_TAGS]
        if not relative or not any(k.dep_ == "nsubj" for k in kids):
            continue
        if own or relative[0].lower_ == "which":
            return c
    return None
