"""A name coordinated with another only to be set aside: "met A instead of B",
"signed with A rather than B", "received A and not B", "met not A but B" (the set-aside
name takes no part in what the verb tells, though the parser joins it to the other
as a conjunct, or as a second object); and a noun set beside a name only to sum up
the clause it ends ("freed X, a move welcomed by Y": the move is welcomed, not X).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.doc_memo import per_word

# The words just before the set-aside name: "instead of B", "rather than B".
_SETTING_ASIDE = (("instead", "of"), ("rather", "than"))


@per_word
def set_aside(arg: Token) -> bool:
    """Whether the argument ``arg`` is named only to be excluded ("instead of B",
    "and not B"); a verb's own negation ("did not meet B") is read elsewhere."""
    dep = arg.dep_
    if dep not in {"conj", "dobj", "pobj"}:
        return False
    start, doc = arg.left_edge.i, arg.doc  # (indexing, not a slice: no Span to make)
    before = tuple(doc[i].lower_ for i in range(max(start - 2, 0), start))
    if before in _SETTING_ASIDE or (before and before[-1] == "not"):
        return True
    return dep != "pobj" and any(c.dep_ == "neg" and c.i < arg.i for c in arg.children)


# Nouns that sum up the act a clause tells: "a move", "a step", "a gesture".
_SUMMING = frozenset({"move", "step", "decision", "action", "act", "measure", "gesture"})


def sums_up(noun: Token) -> bool:
    """Whether ``noun`` names the act of the clause it stands beside, not a person
    or thing: "X freed Y, a move welcomed by Z"."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _SUMMING
