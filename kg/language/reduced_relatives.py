"""A verdict on an act told in a relative clause with no "that", where the parser
loses the clause.

"Mali expelled the envoy, a move ECOWAS called absurd", "..., a step the bloc
condemned", "..., a move that the regional bloc called reckless": the small model
reads the clause's subject as the act noun's head or modifier ("a move ECOWAS" as
one name, "the bloc" as an adverbial noun) or as the subject of "that", and hangs
the verb on it as a participle (``acl``), so the verb has no subject and the act
no clause. When an act noun ("move", "step", "decision": the "act" words of
``data/label-words.txt``) is followed by a noun phrase and a past-tense verb that
has no subject and no "by", :func:`repair_reduced_relatives` makes the phrase the
verb's subject and the verb a relative clause of the act ("a move that X called
absurd"), as the parser reads it when "that" is there. A participle of the act
itself ("a move welcomed by X", "a step called for by X") is left alone.
"""

from __future__ import annotations

from spacy.attrs import TAG
from spacy.tokens import Doc, Token

from kg.language.lexicon import listed_words
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_PAST = frozenset({"VBD", "VBN"})
_PAST_IDS = ids(_PAST)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
_RELATIVES = frozenset({"that", "which"})
# How many words an act noun may stand before its torn-off verb (", a move A's B, C D, said").
_MAX_PHRASE = 12


def act_words() -> frozenset[str]:
    """The nouns that name an act a verdict may be put on ("move", "step")."""
    return listed_words("label-words.txt")["act"]


def repair_reduced_relatives(doc: Doc) -> int:
    """Hang each such clause on its act noun, its subject on its verb; how many."""
    repaired = 0
    # (both readings start from a past form; the repair changes no tag)
    for verb in map(doc.__getitem__, tokens_with(doc, TAG, _PAST_IDS)):
        if (stray := _stray_relative(verb)) is not None:
            act, subject = stray
            subject.head, subject.dep_ = verb, "nsubj"
            act.head, act.dep_ = verb.head, "npadvmod"
            verb.head, verb.dep_ = act, "relcl"
            repaired += 1
            continue
        if verb.dep_ != "acl" or verb.tag_ not in _PAST or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in _SUBJECTS for c in verb.children):
            if verb.head.lemma_.lower() in act_words() and _subject_between(verb):
                verb.dep_ = "relcl"  # "a step ECOWAS condemned": only the label was wrong
                repaired += 1
            continue
        found = _act_before(verb.head, verb)
        if found is None:
            continue
        act, relative = found
        subject = verb.head
        if subject.i in {a.i for a in act.ancestors}:  # "a move ECOWAS": the act under it
            act.head, act.dep_ = subject.head, subject.dep_
        verb.head, verb.dep_ = act, "relcl"
        subject.head, subject.dep_ = verb, "nsubj"
        if relative is not None:
            relative.head, relative.dep_ = verb, "dobj"
        repaired += 1
    return repaired


def _subject_between(verb: Token) -> bool:
    """Whether the verb's subject stands between its act noun and it."""
    return any(verb.head.i < c.i < verb.i for c in verb.children if c.dep_ in _SUBJECTS)


def _act_before(subject: Token, verb: Token) -> tuple[Token, Token | None] | None:
    """The act noun the phrase headed by ``subject`` follows, and the "that" between
    them if any: "a move [that] the regional bloc called", where every word from the
    act noun to the verb belongs to the phrase; None if there is none."""
    if subject.pos_ not in {"NOUN", "PROPN"} or not subject.i < verb.i:
        return None
    start = subject.left_edge.i
    for t in subject.lefts:
        start = min(start, t.left_edge.i)
    doc = subject.doc
    before = doc[start - 1] if start > 0 else None
    relative = None
    if before is not None and before.lower_ in _RELATIVES and before.tag_ == "WDT":
        relative, before = before, (doc[start - 2] if start > 1 else None)
    if before is None or before.lemma_.lower() not in act_words() or before.pos_ != "NOUN":
        # "a move ECOWAS called": the act noun read as a part of the name
        inner = [t for t in subject.lefts if t.lemma_.lower() in act_words() and t.pos_ == "NOUN"]
        if len(inner) != 1 or inner[0].i != start + _det_len(inner[0]):
            return None
        before = inner[0]
    if any(t.i > before.i and t.i != subject.i and t.head.i == before.i for t in doc):
        return None  # the act noun has words of its own after it ("a move of X")
    if not all(
        t.i == subject.i or subject in t.ancestors
        for t in doc[before.i + 1 + (relative is not None) : verb.i]
    ):
        return None
    return before, relative


def _det_len(act: Token) -> int:
    """How many words (a determiner) stand before the act noun in its phrase."""
    return sum(1 for c in act.lefts if c.dep_ == "det")


def _stray_relative(verb: Token) -> tuple[Token, Token] | None:
    """The act noun and the subject of a relative clause the parser tore apart: ", a
    move Chile's finance minister, A B, said would ..." read as a phrase "a move
    Chile's finance minister" set beside the sentence, and "said" as a second clause
    of the main verb with no subject. The act noun stands right after a comma and its
    determiner, every word up to the verb is one phrase (the act noun inside it, or it
    an apposition of the act noun), and the verb hangs on a word before the act noun."""
    if verb.tag_ != "VBD" or verb.pos_ != "VERB" or verb.head.i >= verb.i:
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    for j in range(verb.i - 2, max(1, verb.i - _MAX_PHRASE), -1):
        act = doc[j]
        if act.pos_ != "NOUN" or act.lemma_.lower() not in act_words():
            continue
        if doc[j - 1].tag_ != "DT" or j < 2 or doc[j - 2].text != ",":
            return None
        if verb.head.i >= j:
            return None
        inside = range(j + 1, verb.i)
        roots = [doc[i] for i in inside if doc[i].head.i not in inside and not doc[i].is_punct]
        if len(roots) != 1 or roots[0].pos_ not in {"NOUN", "PROPN"}:
            return None
        if act.head.i not in inside and roots[0].head.i != act.i:
            return None  # the phrase holds the act noun, or hangs on it as an apposition
        if doc[j - 1].head.i not in inside and doc[j - 1].head.i != j:
            return None
        if act.is_ancestor(verb.head) or verb.is_ancestor(act):
            return None  # re-hanging would make a loop in the tree
        doc[j - 1].head = act  # "a": the act noun's determiner again
        return act, roots[0]
    return None
