"""Bodies of the state in the plural, which stand for the countries that qualify them.

"Officials of the Greek and Turkish trade ministries", "the central banks of Chile and
Peru", "the Indian and French space agencies agreed": a plural noun for one kind of
body every state has one of, qualified by two or more countries (by their
nationalities, or after "of"), names those countries. A bank is such a body only when
a word makes it the state's own ("central banks"; not "the Chilean and Peruvian
banks", which are some firms); an agency only when the kind of work it does for the
state is named ("space agencies", "intelligence agencies"; not "aid agencies" or
"news agencies", which are no state's).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.body_words import STATE_BANK_WORDS

# Plural bodies each state has one of, whatever qualifies them.
_ORGANS = frozenset({"ministry", "parliament", "embassy", "legislature", "cabinet"})
# What a state's own agency does: "space agencies", "the nuclear agencies of".
_STATE_WORK = frozenset(
    """
    space intelligence spy nuclear atomic security border customs tax revenue statistics
    statistical defence defense maritime aviation meteorological weather disaster
    counter-terrorism counterterrorism drug drugs medicines environment environmental
    """.split()
)


def state_plural(token: Token) -> bool:
    """Whether a plural noun names bodies of the state of the countries that qualify
    it ("trade ministries", "central banks", "space agencies")."""
    if token.tag_ != "NNS":
        return False
    lemma = token.lemma_.lower()
    if lemma in _ORGANS:
        return True
    kinds = {c.lower_ for c in token.lefts if c.dep_ in {"amod", "compound"}}
    if lemma == "bank":
        return bool(kinds & STATE_BANK_WORDS)  # "central banks", "the national banks of"
    return lemma == "agency" and bool(kinds & _STATE_WORK)
