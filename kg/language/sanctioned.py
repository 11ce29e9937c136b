"""Firms struck by a punitive measure: "froze the assets of two Iranian banks",
"imposed sanctions on Russian lenders", "blacklisted five Chinese companies", "cut off Syrian banks from the payment system".

A firm a nationality qualifies is no party to what it does ("a US firm said":
:func:`kg.language.actor_context.nationality_of_a_firm`), and counted banks or firms
are separate bodies, no one actor. But a state that sanctions or freezes a country's
banks and firms acts against that country, as the guidelines read "Ukrainian
negotiators" as Ukraine: the nationality is the target.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg.language.lexicon import listed_words

_ON = frozenset({"on", "against"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    kinds = listed_words("thing-words.txt")
    return kinds["measure"], kinds["holding"]


def sanctioned(tok: Token) -> bool:
    """Whether the noun ``tok`` is what a punitive measure strikes: the object of
    "sanctioned", "froze" or "blacklisted" (or its passive subject), the "on"/"against"
    object of "sanctions" or "an embargo", or the owner of the assets or accounts so
    struck ("the assets of two Iranian banks were frozen")."""
    measures, holdings = _words()
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:  # "on Iranian banks and firms"
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in holdings:
        t = t.head.head  # "the assets of X": what is frozen is X's
    gov = t.head
    if t.dep_ in {"dobj", "nsubjpass"} and gov.pos_ in {"VERB", "AUX"}:
        # "cut off X's banks (from a payment system)": the verb with its particle
        particles = [f"{gov.lemma_.lower()}+{c.lower_}" for c in gov.children if c.dep_ == "prt"]
        return gov.lemma_.lower() in measures or any(p in measures for p in particles)
    return t.dep_ == "pobj" and gov.lower_ in _ON and gov.head.lemma_.lower() in measures
