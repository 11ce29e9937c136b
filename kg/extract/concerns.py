"""Disapproval told as a state of mind, not by a verb of saying.

"Japan is concerned about China's troop build-up", "Poland is worried by Belarus's
drills", "Tokyo is unhappy with Moscow's answer": the one in that state opposes whom
the preposition's object names, or the doer of the act it names. "Russia's drills
troubled Seoul", "Ghana's vote disappointed Nigeria": the one affected opposes the
act's doer. The words are data (``data/concerns.tsv``); the grammar lives with the
other predicates of disapproval (``disapproval_targets``, ``conflict``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Token

from kg.extract import grammar as g
from kg.extract.triggers import trigger
from kg.language.event_words import ANGERING_VERBS, IDEA_NOUNS, PROSPECTIVE


@cache
def _table() -> tuple[dict[str, frozenset[str]], dict[str, set[str]]]:
    text = resources.files("kg.extract").joinpath("data", "concerns.tsv").read_text("utf-8")
    states: dict[str, frozenset[str]] = {}
    words: dict[str, set[str]] = {"cause": set(), "act": set(), "welfare": set(), "worry": set()}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, kind, preps = line.split("\t")
            if kind in {"state", "worry"}:
                states[word] = frozenset(preps.split(","))
            if kind != "state":
                words[kind].add(word)
    return states, words


# "concerned" -> the prepositions through which it opposes ("about", "over", ...)
STATE_WORDS: dict[str, frozenset[str]] = _table()[0]
# verbs whose object is left in such a state by the subject's act ("troubled Seoul")
CAUSING_VERBS: frozenset[str] = frozenset(_table()[1]["cause"])
# the verbs that count only with an act as subject or a with/by phrase ("upset" may tell
# a defeat: "Ghana upset Nigeria")
ACT_CAUSED = CAUSING_VERBS | {"upset"}
# every verb that leaves its object angry or troubled ("angered", "troubled Seoul")
ANGERING = ANGERING_VERBS | CAUSING_VERBS
_ACTS = frozenset(_table()[1]["act"])
_WELFARE = frozenset(_table()[1]["welfare"])
_WORRIES = frozenset(_table()[1]["worry"])


def caused_by_act(verb: Token, subject: Token) -> bool:
    """Whether a causing verb's subject names an act ("Y's missile launch troubled X",
    "Y's decision disappointed X"; not "Y's economy worries X")."""
    lemma = subject.lemma_.lower()
    if lemma in IDEA_NOUNS or verb.lemma_ not in CAUSING_VERBS:
        return lemma in IDEA_NOUNS  # "Y's remarks upset X" (not "Y's win upset X")
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in PROSPECTIVE for c in subject.children):
        return False  # "a possible invasion of X by Y worries Z": no act yet
    return lemma in _ACTS or any(trigger(lemma, pos) is not None for pos in ("noun", "verb"))


def aimed_objects(word: Token, objects: list[Token]) -> list[Token]:
    """The objects a state word may aim at: not a bare name after "by" ("Kenya was
    upset by Uganda" may tell a defeat), only an act ("by Uganda's decision"), nor
    after a word of worry ("worried about Pakistan" fears for or of it); and
    not someone's well-being ("worried about X's health" is sympathy for X)."""
    if word.lower_ not in STATE_WORDS:
        return objects
    bare = {"about", "over", "at", "by"} if word.lower_ in _WORRIES else {"by"}
    return [o for o in objects if not (o.head.lower_ in bare and o.pos_ == "PROPN")
            and o.lemma_.lower() not in _WELFARE]  # fmt: skip


def not_welfare(cameo: str, objects: list[Token]) -> list[Token]:
    """A criticism noun's objects, less someone's well-being ("voiced concern over X's
    health": sympathy for X, no criticism of X)."""
    if cameo != "111":
        return objects
    return [o for o in objects if o.lemma_.lower() not in _WELFARE]


def affected(verb: Token) -> list[Token]:
    """Who a verb of angering leaves in that state: its object, or a name just after
    it that the parser took for an adverbial noun ("Y's test disturbed India", read
    like "disturbed Tuesday")."""
    found = g.direct_objects(verb)
    if found:
        return found
    return [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
            and c.i == verb.i + 1]  # fmt: skip
