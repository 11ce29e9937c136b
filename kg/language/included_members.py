"""A post held by one of a group of one country's people, named after "including" or
"among them": "Sweden expelled three Iranian diplomats, including the charge
d'affaires, A" (A is Iran's charge d'affaires), "six Indian diplomats, including High
Commissioner B" (India's), "Chile's two envoys, among them Ambassador C". A post that
names no country of its own takes the one country the group is said to be of; a
group of no country, or of several ("two Iranian and Iraqi diplomats"), gives it
none, nor does a post that names its own ("including Peru's envoy, D").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Token

from kg.language.lexicon import TITLE_WORDS
from kg.language.titles import Descriptor

_OPENERS = frozenset({"including", "among"})
_STATE_KINDS = frozenset({"country", "demonym"})


def with_group_country(doc: Doc, m: Any, descriptors: list[Descriptor],
                       by_token: dict[int, Any]) -> list[Descriptor]:  # fmt: skip
    """``descriptors`` with the group's country given to those that name none,
    when ``m`` is a person named as one of a group of one country's people."""
    if m.kind != "person" or not any(not d.affiliations for d in descriptors):
        return descriptors
    group = _group_of(doc[m.end - 1])
    if group is None:
        return descriptors
    states = _states_of(group, by_token)
    if len(states) != 1:
        return descriptors
    return [d if d.affiliations or d.former else replace(d, affiliations=(states[0],))
            for d in descriptors]  # fmt: skip


def _group_of(name: Token) -> Token | None:
    """The plural noun for people whose "including" (or "among them") phrase names
    ``name``, alone or in apposition to its post ("including the envoy, A")."""
    t = name
    while t.dep_ in {"compound", "flat"} and t.head.i > t.i:
        t = t.head
    if t.dep_ == "appos" and t.head.i < t.i and t.head.lemma_.lower() in TITLE_WORDS:
        t = t.head  # "including the charge d'affaires, A"
    among = _among_them(t)
    if among is not None:
        return _group_before(t, among)
    opener = t.head
    if t.dep_ != "pobj" or opener.lower_ not in _OPENERS or opener.dep_ != "prep":
        return None
    if any(c.dep_ == "conj" for c in t.children):
        return None  # "including A and B": who holds which post is for each to say
    group = opener.head
    if group.tag_ != "NNS" or group.i > opener.i:
        return None
    return group if group.lemma_.lower() in TITLE_WORDS else None


def _among_them(t: Token) -> Token | None:
    """The "among" of "among them" before ``t`` (the parser hangs it on the name or
    the post it brings in)."""
    for c in t.lefts:
        if c.dep_ == "prep" and c.lower_ == "among" and [o.lower_ for o in c.children] == ["them"]:
            return c
    return None


def _group_before(t: Token, among: Token) -> Token | None:
    """The plural post "among them" follows: the one ``t`` is set beside ("two
    ministers, among them A,") or, with ``t`` hung on the verb, the one right
    before the comma ("expelled two diplomats, among them the envoy, A,")."""
    doc = among.doc
    if t.dep_ == "appos" and t.head.i < among.i:
        group = t.head
    elif among.i >= 2 and doc[among.i - 1].text == "," and t.head.pos_ in {"VERB", "AUX"}:
        group = doc[among.i - 2]
    else:
        return None
    plural = group.tag_ == "NNS" and group.lemma_.lower() in TITLE_WORDS
    return group if plural and not any(c.dep_ == "conj" for c in t.children) else None


def _states_of(group: Token, by_token: dict[int, Any]) -> list[int]:
    """The countries named before the group's noun: "three Iranian diplomats",
    "Chile's two envoys"."""
    found: dict[int, None] = {}
    for left in group.lefts:
        if left.dep_ not in {"amod", "compound", "nmod", "poss"}:
            continue
        for w in [left, *(c for c in left.subtree if c.dep_ == "conj")]:
            other = by_token.get(w.i)
            if other is not None and other.kind in _STATE_KINDS:
                found[other.id] = None
    return list(found)
