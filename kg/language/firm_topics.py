"""Which of two firms of a kind "the <kind>" names, when the grammar decides, for
:mod:`kg.language.kind_firms`: the description as its clause's subject continues
the subject of the sentence before ("Aerovant Airways sued Brisair Airlines. The
airline said ..." is Aerovant Airways; "Brisair Airlines was sued by Aerovant
Airways. The airline said ..." Brisair Airlines), or the firm that owns it
("Aerovant's pilots struck against Brisair, a rival airline. The airline said ...":
Aerovant). Two firms listed as that subject ("A and B cut fares"), a subject of
neither firm ("Analysts said ..."), or a description that is no subject: no one.
And a firm is told to be of the kind by its peer: "Brisair, a rival airline" makes
the sentence's subject an airline too (the peer words as data,
``peer`` in ``data/firm-words.txt``)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from kg.language.coref_state import CorefState
from kg.language.lexicon import SUBJECT_DEPS, listed_words
from kg.language.mentions import Mention

_PEERS = listed_words("firm-words.txt")["peer"]


def topic_firm(state: CorefState, m: Mention, keys: Iterable[str], reach: int = 2) -> str | None:
    """Of ``keys`` (firms of the kind named near ``m``), the one the sentence before
    ``m`` is about, when ``m`` is its own clause's subject and no other of them was
    a subject within ``reach`` sentences before; else None."""
    if m.sent == 0 or state.doc[m.start : m.end].root.dep_ not in SUBJECT_DEPS:
        return None
    sentences = state.sentences()
    wanted = set(keys)
    topic = _topic(state, sentences[m.sent - 1], wanted)
    if topic is None:
        return None
    for sentence in sentences[max(0, m.sent - reach) : m.sent - 1]:
        if _topic(state, sentence, wanted) not in {None, topic}:
            return None  # "Orvane Bank posted a profit. Halvard Bank a loss. The bank"
    return topic


def _topic(state: CorefState, sentence: Span, wanted: set[str]) -> str | None:
    """The firm of ``wanted`` the sentence's subject is or belongs to, alone."""
    subject = _main_subject(sentence)
    if subject is None:
        return None
    inside = {_key_at(state, t.i) for t in subject.subtree} & wanted
    if len(inside) > 1:
        return None  # "Aerovant and Brisair cut fares": either
    for token in (subject, *_possessors(subject)):
        key = _key_at(state, token.i)
        if key is not None:
            return key if key in wanted else None
    return None


def told_by_peer(state: CorefState, p: Mention, nouns: frozenset[str]) -> bool:
    """``p`` is its sentence's subject (or owns it) and another firm there is called
    "a rival <kind>", "another <kind>" ("Aerovant sued Brisair, a rival airline"):
    ``p`` is of the kind as well."""
    own = range(p.start, p.end)
    sentence = state.doc[p.start].sent
    subject = _main_subject(sentence)
    if subject is None or not any(t.i in own for t in (subject, *_possessors(subject))):
        return False
    for t in sentence:
        if t.lower_ not in nouns or t.dep_ != "appos" or t.head.i in own:
            continue
        if any(c.lower_ in _PEERS for c in t.children if c.dep_ in {"amod", "det"}):
            return _key_at(state, t.head.i) not in {None, _key_at(state, p.start)}
    return False


def _main_subject(sentence: Span) -> Token | None:
    root = sentence.root
    return next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)


def _possessors(subject: Token) -> list[Token]:
    """The owners named before the subject's head ("Aerovant's pilots")."""
    return [t for t in subject.subtree if t.dep_ == "poss" and t.i < subject.i]


def _key_at(state: CorefState, i: int) -> str | None:
    """The actor key of the org mention at token ``i``."""
    p = state.org_at(i)
    return state.linked.get(p.id) if p is not None else None
