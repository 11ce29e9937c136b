"""A people named as a nation at war is its country: "the Japanese were driven from the
city by Chinese troops", "Chinese troops drove back the Japanese", "the city was taken
by the Germans". Elsewhere a people is some of its members ("the French love cheese",
"many Japanese voted"), as :mod:`kg.language.mentions` reads it.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of war one side wages on another, by lemma.
_WAR_VERBS = frozenset(
    """drive push throw beat repulse repel rout attack invade bomb shell bombard defeat
    expel occupy capture overrun encircle surround besiege ambush counterattack
    counter-attack dislodge crush""".split()
)
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def nation_at_arms(word: Token) -> bool:
    """Whether ``word``, a plural people after a bare "the" ("the Japanese"), is a side
    of a verb of war: its subject, its object, or the agent of its passive ("by the
    Germans"); not "the Japanese voted", "some Japanese", "the young Japanese"."""
    lefts = list(word.lefts)
    if [t.lower_ for t in lefts] != ["the"] or word.tag_ not in {"NNPS", "NNS"}:
        return False
    verb = word.head
    if word.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    elif word.dep_ not in _ROLES:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _WAR_VERBS
