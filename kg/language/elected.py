"""Who "the president-elect" is when no one is given that title: the one person
the article says won an election or was elected before it ("Opposition leader
Ann Vale won Sunday's election. X congratulated the president-elect" is Ann Vale),
for :func:`kg.language.descriptions.resolve_description`. Two such people, or an
election only expected or lost, and nobody."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.coref_state import CorefState
from kg.language.mentions import Mention

# What one wins to be "the president-elect": "won the runoff", "won Sunday's poll".
ELECTION_NOUNS = frozenset("election elections vote poll polls runoff run-off ballot".split())
# Verbs whose subject won what they name ("won the runoff", "swept the poll") and
# verbs whose passive subject was elected ("was elected president").
_WINNING_VERBS = frozenset({"win", "sweep"})
_ELECTING_VERBS = frozenset({"elect", "re-elect", "reelect"})
_PAST = frozenset({"VBD", "VBN"})


def elected_one(state: CorefState, m: Mention) -> str | None:
    """The one person named before ``m`` who won an election or was elected."""
    found = set()
    for prev in state.mentions[: m.id]:
        key = state.linked.get(prev.id)
        if key is not None and key.startswith("person/") and _elected(state, prev):
            found.add(key)
    return found.pop() if len(found) == 1 else None


def _elected(state: CorefState, prev: Mention) -> bool:
    """The mention is the subject of a past "won the election" or "was elected"
    that the sentence asserts (not "failed to win", "was not elected"), itself or
    through a relative clause ("Ann Vale, who won the runoff, ...")."""
    root = state.doc[prev.start : prev.end].root
    clauses = [(root.dep_, root.head)] + [
        (s.dep_, c) for c in root.children if c.dep_ == "relcl"
        for s in c.children if s.lower_ in {"who", "that"}
    ]  # fmt: skip
    return any(_won(dep, verb) and _asserted(verb) for dep, verb in clauses)


def _won(subject_dep: str, verb: Token) -> bool:
    if subject_dep == "nsubj" and verb.lemma_ in _WINNING_VERBS:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ELECTION_NOUNS for c in verb.children)
    return subject_dep == "nsubjpass" and verb.lemma_.lower() in _ELECTING_VERBS


def _asserted(verb: Token) -> bool:
    """A past verb, not negated, not the complement of another verb ("hopes to
    win", "failed to win") nor conditional ("if she won")."""
    if verb.tag_ not in _PAST or verb.dep_ in {"xcomp", "csubj"}:
        return False
    return not any(
        c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"})
        or (c.dep_ == "aux" and c.tag_ == "MD")
        for c in verb.children
    )  # fmt: skip
