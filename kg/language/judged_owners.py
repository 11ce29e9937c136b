"""Whose plan a critic attacks, for :func:`kg.language.coref.resolve_pronoun`: in
"Mark Trell criticised his handling of the crisis" or "France attacked its trade
policy" the owner is someone named before, not the critic (who would say "his own":
one attacks another's policy). Only for verbs of blame and a noun of words, plans,
decisions or hostile deeds ("criticised his handling", "rejected her plan", "condemned
its invasion of X"); praise ("praised his
budget") and defence ("defended his record") are as often of one's own."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.agreement import clause_subject
from kg.language.event_words import IDEA_NOUNS
from kg.language.mentions import Mention

# Verbs of blame said of another's words, plans or deeds.
BLAMING_VERBS = frozenset(
    """
    criticise criticize condemn denounce attack slam blast lambast lambaste deride ridicule
    mock rebuke fault reject question
    """.split()
)


# Hostile deeds one blames another for, not oneself: "the UN condemned its occupation
# of X" (the occupier's, named before), "Peru denounced its blockade of the port".
BLAMED_DEEDS = frozenset(
    """
    invasion occupation annexation blockade bombardment bombing shelling incursion
    aggression attack attacks raid raids crackdown embargo siege
    """.split()
)


def judged_by(pron: Token, prev: Mention) -> bool:
    """Whether ``prev`` is the subject of the blaming verb whose object ``pron``
    owns ("Trell criticised his handling": Trell), so not what ``pron`` stands for."""
    if pron.dep_ != "poss" or pron.lower_ not in {"his", "her", "its"}:
        return False
    thing = pron.head
    judged = thing.lemma_.lower() in IDEA_NOUNS or thing.lower_ in BLAMED_DEEDS
    if not judged or any(c.lower_ == "own" for c in thing.children):
        return False
    verb = thing.head if thing.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in BLAMING_VERBS:
        return False
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "A spoke and attacked his plan": A's verb
    subjects = [s for c in verb.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts)]
    return any(prev.start <= s.i < prev.end for s in subjects)


def not_owner(pron: Token, prev: Mention) -> bool:
    """Whether ``prev`` cannot be whose thing ``pron`` names: the critic of it (see
    :func:`judged_by`) or a name that only modifies the plural subject of the
    pronoun's own clause ("Kenya said Somali militants had attacked its troops": the
    militants' would be "their", Somalia's own "its own")."""
    return judged_by(pron, prev) or _in_plural_subject(pron, prev)


def _in_plural_subject(pron: Token, prev: Mention) -> bool:
    if pron.dep_ != "poss" or pron.lower_ != "its":
        return False
    if any(c.lower_ == "own" for c in pron.head.children):
        return False
    subject = clause_subject(pron)
    if subject is None or subject.tag_ != "NNS":
        return False
    return subject.left_edge.i <= prev.start and prev.end <= subject.i
