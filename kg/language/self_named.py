"""A body that names itself: "a group calling itself the Free Coast Front", "a
militia that calls itself X", "an outfit known as X", "a cell called X". The noun
("group", "outfit") stands for the body so named: "A group calling itself X claimed
the attack" is X's claim. Only a noun of a body or of armed men (not "a man calling
himself X", "a ceasefire known as X"), and only "as" after "known" ("a group known
for its raids" names no one). The words are data (``data/self-names.txt``).
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from kg.language.lexicon import listed_words
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_WORDS = listed_words("self-names.txt")
_NOUN_IDS = ids(_WORDS["nouns"])
_NAME_DEPS = frozenset({"oprd", "attr", "dobj", "xcomp", "npadvmod"})


def self_name(noun: Token) -> Token | None:
    """The head word of the name ``noun`` is said to call itself or be known as
    ("Front" of "a group calling itself the Free Coast Front"), else None."""
    if noun.lower_ not in _WORDS["nouns"] or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    for verb in noun.children:
        if verb.dep_ not in {"acl", "relcl"} or verb.i < noun.i:
            continue
        lemma = verb.lemma_.lower()
        selves = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _WORDS["selves"]]
        if selves and lemma in _WORDS["reflexive"]:  # "calling itself X"
            return _name_after(verb, selves[0].i)
        if verb.tag_ == "VBN" and lemma in _WORDS["passive"]:  # "known as X", "called X"
            objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                       for o in p.children if o.dep_ == "pobj"]  # fmt: skip
            if lemma == "know":
                return objects[0] if objects and _a_name(objects[0]) else None
            return _name_after(verb, verb.i)
    return None


def _name_after(verb: Token, after: int) -> Token | None:
    """The capitalised name the verb gives, after position ``after``."""
    for c in verb.children:
        if c.dep_ in _NAME_DEPS and c.i > after and _a_name(c):
            return c
    return None


def _a_name(t: Token) -> bool:
    """A proper name's word: "Front", "Lynx", "Sons" (not "a movement for peace")."""
    return t.pos_ == "PROPN" or bool(t.ent_type_) or (t.is_title and not t.is_sent_start)


def self_named_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each body's name after "calling itself" or "known as" an
    organisation, which the model may have left untagged or read as a place ("a
    militia calling itself the Sons of the Delta": "Delta" a place)."""
    out = list(spans)
    for noun in map(doc.__getitem__, tokens_with(doc, LOWER, _NOUN_IDS)):  # (no Token per word)
        name = self_name(noun) if noun.lower_ in _WORDS["nouns"] else None
        if name is None or any(s.start <= name.i < s.end and s.label_ == "ORG" for s in out):
            continue
        start = name.left_edge.i + (name.left_edge.lower_ == "the")
        end = name.right_edge.i + 1
        words = doc[start:end]
        if start > name.i or not all(t.is_title or t.lower_ in _INNER for t in words):
            continue  # "the Lions of Kivu and others": no name alone
        if not (words[0].is_title and words[-1].is_title):
            continue
        out = [s for s in out if s.end <= start or end <= s.start]
        out.append(Span(doc, start, end, label="ORG"))
    return out


_INNER = frozenset({"of", "the", "for", "and", "-"})  # words inside a name: "Sons of the Delta"
