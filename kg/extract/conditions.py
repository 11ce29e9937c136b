"""Conditions: an event told only as what must hold for something else ("if A met B",
"provided that A and B agree", "provided that the parts are the product of A-B
cooperation") is no fact."""

from __future__ import annotations

from spacy.tokens import Token

# Words that open a condition on an act: "if A meets B", "unless B agrees". "whether"
# opens one for an event told only as a question ("whether A met B"), but not for a
# threat, which stands either way ("it will strike whether or not talks go ahead").
IF_MARKS = frozenset({"if", "unless"})
CONDITION_MARKS = IF_MARKS | {"whether"}
# Participles that open a condition: "provided (that) A and B agree", "providing that".
_CONDITION_VERBS = frozenset({"provided", "providing"})


def on_condition(verb: Token, mark: str) -> bool:
    """True when ``verb``'s clause, opened by the word ``mark``, is a condition: "if A
    met B", "unless B agrees", "provided that A and B cooperate"."""
    if mark in CONDITION_MARKS:
        return True
    return (
        mark == "that"
        and verb.dep_ in {"pcomp", "ccomp", "advcl"}
        and (verb.head.lower_ in _CONDITION_VERBS)
    )


def condition_marked(verb: Token, marks: frozenset[str] = CONDITION_MARKS) -> bool:
    """Whether ``verb``'s clause is opened by one of ``marks``: "if we let it go"."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def in_condition(noun: Token) -> bool:
    """An event noun in a "provided that" clause: "provided that the parts are the
    product of A-B cooperation" (not "if the talks fail": the talks are held)."""
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return any(
        c.dep_ == "mark" and c.lower_ == "that" and on_condition(verb, "that")
        for c in verb.children
    )
