"""One person described by two titles under one article: "The former UN envoy and
Irish president said", "the Swedish diplomat and former UN envoy". The titles
share the determiner, so they are one person's, not two people's ("the envoy and
the president"), nor a country's ("the Irish president" alone speaks for
Ireland). The person is the one the article has named before; with none, or more
than one, the description names nobody.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.coref_state import CorefState
from kg.language.lexicon import TITLE_WORDS
from kg.language.mention_record import Mention
from kg.language.titles import FORMER_WORDS

_SINGULAR = {"NN", "NNP"}
_PLURAL_VERBS = {"VBP"}  # "the envoy and president say": two people
_STATE_KINDS = {"country", "demonym"}
# Time words that qualify a title on its own: those of a post held before or about to
# be left (titles.FORMER_WORDS: "former", "then", "outgoing") and of one not yet taken
_OF_ITS_TIME = FORMER_WORDS | {"incoming"}
_OWN_DETERMINERS = {"det", "poss"}


def one_holder(state: CorefState, m: Mention) -> tuple[list[int], str | None] | None:
    """The two title words and the one person named before, when the description
    ``m`` is one of two titles of one person (None for the person when no single
    one is named); None when ``m`` is no such title."""
    doc = state.doc
    pair = _pair(doc[m.start : m.end].root)
    if pair is None or not _one_persons(state, pair):
        return None
    begin = pair[0].left_edge.i
    people = {
        state.linked[x.id]
        for x in state.mentions
        if x.end <= begin and x.kind == "person" and state.linked.get(x.id, "").startswith("person/")
    }
    return [t.i for t in pair], people.pop() if len(people) == 1 else None


def _pair(t: Token) -> tuple[Token, Token] | None:
    """Two coordinated singular titles that share one "the", from either of them;
    None when ``t`` is no such title."""
    first = t.head if t.dep_ == "conj" else t
    if first.lower_ not in TITLE_WORDS or first.tag_ not in _SINGULAR:
        return None
    dets = [c for c in first.children if c.dep_ in _OWN_DETERMINERS]
    if len(dets) != 1 or dets[0].lower_ != "the" or dets[0].i > first.i:
        return None
    ands = [c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"]
    second = [c for c in first.children if c.dep_ == "conj" and c.i > first.i]
    if len(ands) != 1 or len(second) != 1:
        return None
    other = second[0]
    if other.lower_ not in TITLE_WORDS or other.tag_ not in _SINGULAR:
        return None
    if any(c.dep_ in _OWN_DETERMINERS or c.dep_ == "conj" for c in other.children):
        return None  # "the envoy and the president": two people; a list of three
    return (first, other) if t.i in (first.i, other.i) else None


def _one_persons(state: CorefState, pair: tuple[Token, Token]) -> bool:
    """Both titles qualified on their own (a body, a people or "former": "the former
    UN envoy and Irish president"), by at most one state, with no plural verb: "the
    French president and German chancellor", "the Kenyan president and prime
    minister" and "the envoy and president say" are two people."""
    verb = pair[0].head
    if pair[0].dep_ in {"nsubj", "nsubjpass"} and verb.tag_ in _PLURAL_VERBS:
        return False
    kinds = {}  # the names of the titles' words (not the descriptions holding them)
    for x in state.mentions:
        if x.kind in {"org", *_STATE_KINDS} and x.start >= pair[0].left_edge.i:
            kinds.update(dict.fromkeys(range(x.start, x.end), x.kind))
    states = 0
    for title in pair:
        words = [c for c in title.lefts if c.dep_ in {"amod", "compound", "nmod"}]
        own = [c for c in words if c.lower_ in _OF_ITS_TIME or kinds.get(c.i) in {"org", *_STATE_KINDS}]
        if not own:
            return False
        states += any(kinds.get(c.i) in _STATE_KINDS for c in own)
    return states <= 1
