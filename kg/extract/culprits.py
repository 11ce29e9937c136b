"""A side named as the author of a harm in what a speaker says.

"Peru said Chile was responsible for the attack", "Chile is to blame for the deaths",
"Kenya says Somalia is behind the border raids", "Pakistan claimed India was behind
the bombing": the speaker accuses the side (CAMEO 112, read by
``conflict._said_against``). The words of blame, the preposition "behind" and the
nouns of harm beside the trigger table's conflict nouns are data
(``data/culprits.tsv``). A harm must be named: "responsible for the recovery", "behind
the peace plan", "behind in the polls" and "behind her all the way" blame no one.
A claim is the speaker's own charge ("claimed", "insisted", "charged that"), unless
the clause passes on hearsay of its own ("allegedly").
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Token

from kg.extract import triggers
from kg.extract.modality import HEARSAY_ADVERBS
from kg.language.event_words import NEGATIVE_WORDS
from kg.records import EventKind

# Telling verbs that leave what they tell a claim (modality ALLEGED) yet make it the
# speaker's own charge.
_CLAIMING = frozenset({"claim", "insist", "contend", "charge"})


@cache
def _table() -> dict[str, frozenset[str]]:
    text = resources.files("kg.extract").joinpath("data", "culprits.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    kinds: dict[str, set[str]] = {}
    for kind, word in rows:
        kinds.setdefault(kind, set()).add(word.strip())
    return {kind: frozenset(words) for kind, words in kinds.items()}


@cache
def conflict_nouns() -> frozenset[str]:
    """The trigger table's nouns of conflict ("attack", "bombing", "raid")."""
    return frozenset(w for (w, pos), t in triggers.table().items()
                     if pos == "noun" and t.kind is EventKind.CONFLICT)  # fmt: skip


@cache
def harms() -> frozenset[str]:
    """Nouns of harm: the conflict nouns of the trigger table and the table's own."""
    return conflict_nouns() | _table()["harm"]


def names_culprit(verb: Token, words: set[str]) -> bool:
    """Whether the clause of ``verb``, whose predicate words are ``words``, lays a harm
    at its subject's door: a word of blame with a harm or a wrong among ``words``, or
    "be behind" a harm ("was behind the bombing")."""
    bad = NEGATIVE_WORDS | harms()
    if words & _table()["blame"] and words & bad:
        return True
    if verb.lemma_ != "be":
        return False
    return any(
        p.dep_ == "prep" and p.lower_ in _table()["behind"] and o.dep_ == "pobj"
        and o.lower_ in bad
        for p in verb.children for o in p.children
    )  # fmt: skip


def own_claim(speech: Token, verb: Token) -> bool:
    """``verb`` is only alleged because ``speech`` claims it ("claimed", "insisted",
    "charged that"), not because the clause passes on hearsay ("allegedly")."""
    return speech.lemma_ in _CLAIMING and not any(
        c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS for c in verb.children
    )
