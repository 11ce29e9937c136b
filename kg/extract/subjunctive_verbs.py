"""A verb of freeing in a demand's clause that the parser reads as another word.

"Amnesty demanded that Egypt free detained reporters", "X demanded that the junta
free President Y and return to barracks", "urged that Iran release jailed sailors":
the bare verb after the clause's subject is read as an adverb ("free detained"), a
title's adjective ("free President Y") or a noun ("Egypt release"), so the clause
has no verb, the demand no target and the freeing no doer. :func:`repair_subjunctive_verbs`
makes the word the clause's verb, the noun phrase before it its subject and the
one after it its object; the demand is then on Egypt, the freeing only wanted
(:func:`kg.extract.mood_frames.mandated`), and who is to be freed no target of the
demand (:mod:`kg.extract.freed_ones`). The words are data (``verbs`` in
``data/freeing-words.txt``); "demanded that the vote be free" (a verb before it)
"that Iran stay free of nuclear arms", "that Egypt's free press be protected" (a
possessive before it) and "that the free ports remain open" (a verb after the
noun phrase) are left alone.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from kg.extract.mood_frames import MANDATIVE
from kg.language.auxiliaries import FINITE_OR_MODAL_TAGS
from kg.language.lexicon import listed_words
from kg.language.title_columns import ids
from kg.language.token_table import repair_each

_VERBS = ids(sorted(listed_words("freeing-words.txt", package="kg.extract")["verbs"]))
_SUBJECT_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PRON", "NUM", "PART"})
_OBJECT_POS = _SUBJECT_POS | {"VERB"}  # "free detained reporters" (a participle first)
_HEADS = frozenset({"PROPN", "NOUN", "PRON"})
_NOT_AN_OBJECT = frozenset({"of", "from", "to", "and", "or"})  # "free of", "free to"
_DEPS = ("ccomp", "mark", "nsubj", "dobj")  # the verb, "that", its subject, its object


def repair_subjunctive_verbs(doc: Doc) -> int:
    """Make each such word the verb of its clause; how many were repaired."""
    return repair_each(doc, LOWER, _VERBS, _repair)


def _repair(word: Token) -> bool:
    if word.pos_ in {"VERB", "AUX"}:
        return False
    that = _that_before(word)
    if that is None or (demand := _demand_before(that)) is None:
        return False
    doc = word.doc
    if doc[word.i - 1].tag_ == "POS":
        return False  # "that Egypt's free press be protected": an adjective
    subject = _phrase_head(doc[that.i + 1 : word.i], _SUBJECT_POS)
    end = _object_end(word)
    if word.i + 1 >= len(doc) or doc[word.i + 1].lower_ in _NOT_AN_OBJECT:
        return False  # (nothing after it: "demanded that Egypt free")
    if end < len(doc) and (doc[end].pos_ == "AUX" or doc[end].tag_ in FINITE_OR_MODAL_TAGS):
        return False  # "that Mexico's free trade zones remain open": the clause's verb
    obj = _phrase_head(doc[word.i + 1 : end], _OBJECT_POS)
    if subject is None or obj is None:
        return False
    keys = {word.i: demand.i, that.i: word.i, subject.i: word.i, obj.i: word.i}
    heads = dict(keys)
    for t in doc[that.i + 1 : end]:  # the rest of each phrase hangs inside it
        lo, hi, head = (that.i + 1, word.i, subject) if t.i < word.i else (word.i + 1, end, obj)
        if t.i not in keys:
            heads[t.i] = t.head.i if lo <= t.head.i < hi else head.i
    acts = [
        t for t in doc[end:] if t.dep_ == "conj" and t.pos_ == "VERB" and word.i < t.head.i < end
    ]
    moved = acts + [doc[t.i - 1] for t in acts if doc[t.i - 1].dep_ == "cc"]  # "and return"
    if _cycle(doc, heads):
        return False
    for i in heads:  # each to the demand first, so no step makes a loop
        doc[i].head = demand
    for i in sorted(heads, key=lambda i: (i not in keys, i != word.i)):
        tok = doc[i]
        tok.head = doc[heads[i]]
        if i in keys:
            tok.dep_ = _DEPS[[word.i, that.i, subject.i, obj.i].index(i)]
        elif tok.pos_ == "VERB" and heads[i] == obj.i:
            tok.dep_ = "amod"  # "detained reporters", once the clause's verb
    for t in moved:  # "... free X and return to barracks"
        t.head = word
    word.pos_, word.tag_, word.lemma_ = "VERB", "VB", word.lower_
    return True


def _object_end(word: Token) -> int:
    """Where the noun phrase after ``word`` ends: a participle only before its first
    noun ("free detained reporters"), never after it ("free reporters arrested last
    week": a reduced relative), and never a verb of its own."""
    doc, end, noun = word.doc, word.i + 1, False
    while end < len(doc) and doc[end].pos_ in _OBJECT_POS and doc[end].tag_ not in {"VBD", "VB"}:
        if doc[end].pos_ == "VERB" and noun:
            break
        noun = noun or doc[end].pos_ in _HEADS
        end += 1
    return end


def _that_before(word: Token) -> Token | None:
    """The "that" opening the clause ``word`` is in (at most five words back)."""
    doc = word.doc
    for i in range(word.i - 1, max(word.sent.start, word.i - 6) - 1, -1):
        if doc[i].lower_ == "that":
            return doc[i]
        if doc[i].pos_ not in _SUBJECT_POS:
            return None
    return None


def _demand_before(that: Token) -> Token | None:
    """The verb of demand the clause follows: "demanded (on Monday) that"."""
    doc = that.doc
    for i in range(that.i - 1, max(that.sent.start, that.i - 5) - 1, -1):
        t = doc[i]
        if t.pos_ == "VERB":
            return t if t.lemma_ in MANDATIVE else None
    return None


def _phrase_head(span: Span, allowed: frozenset[str]) -> Token | None:
    """The last noun of a noun phrase made only of ``allowed`` parts of speech."""
    tokens = list(span)
    if not tokens or any(t.pos_ not in allowed for t in tokens):
        return None
    nouns = [t for t in tokens if t.pos_ in _HEADS]
    return nouns[-1] if nouns else None


def _cycle(doc: Doc, heads: dict[int, int]) -> bool:
    """Whether the new heads would make a word its own ancestor."""
    for start in heads:
        seen, i = set(), start
        while i not in seen:
            seen.add(i)
            nxt = heads.get(i, doc[i].head.i)
            if nxt == i:
                break
            i = nxt
        else:
            return True
    return False
