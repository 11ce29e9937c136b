""" "Held X responsible for Y" as the parser may read it: with "responsible" a
modifier of X ("held [Croatia responsible] for"), or a clause of its own with X for
subject ("holds [Croatia responsible]"). Either way X is what "hold" acts on and
"responsible" what it is held to be, as in the parse the "hold+responsible" row of
the trigger table is found by."""

from __future__ import annotations

from spacy.tokens import Token

# what someone is held to be when blamed
LIABLE = frozenset({"responsible", "accountable", "culpable", "liable"})


def held_liable(word: Token) -> None:
    """Make ``word`` ("responsible") the complement of "hold" and its noun the object."""
    head = word.head
    if word.dep_ == "amod" and head.dep_ == "dobj" and word.i == head.i + 1 + _adverbs(word):
        verb = head.head
        if verb.lemma_ == "hold" and verb.pos_ == "VERB":
            word.head, word.dep_ = verb, "oprd"
    elif word.dep_ in {"advcl", "xcomp"} and head.lemma_ == "hold" and head.pos_ == "VERB":
        if any(c.dep_ == "dobj" and c.i < word.i for c in head.children):
            word.dep_ = "oprd"  # "held [Croatia] [accountable]": read as an adverbial
    elif word.dep_ == "ccomp" and head.lemma_ == "hold" and head.pos_ == "VERB":
        held = [c for c in word.children if c.dep_ == "nsubj" and c.i < word.i]
        if len(held) == 1 and not any(c.dep_ == "dobj" for c in head.children):
            held[0].head, held[0].dep_ = head, "dobj"
            word.dep_ = "oprd"
    if word.dep_ == "oprd" and word.head.lemma_ == "hold":
        # "was held responsible by Serbia": who holds it, hung on the adjective
        for by in [c for c in word.children if c.dep_ == "prep" and c.lower_ == "by"]:
            by.head, by.dep_ = word.head, "agent"


def _adverbs(word: Token) -> int:
    """How many adverbs come right before ``word`` ("fully responsible")."""
    return sum(1 for c in word.children if c.dep_ == "advmod" and c.i < word.i)
