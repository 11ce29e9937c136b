"""Names a comma and "among them" set after a plural group, which the parser hangs elsewhere.

"condemned Chile's detention of three MPs, among them A (and B)": the small model hangs
A on the verb as an adverbial noun, or on the act as its apposition, with "among them"
below it or beside it, so the condemnation (or the detention) would be aimed at A, and A would be
no one the group counts. :func:`repair_among_lists` makes "among" a preposition of the
group with A as its object, as "three MPs, including A" is read
(:func:`kg.extract.collective.included`): A is struck as the group is. A group that is
its verb's subject is left as the parser hangs it: "Six nations, among them A and B,
signed a pact" (the named states sign; :mod:`kg.language.common_nouns` reads them).
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.language.lexicon import SUBJECT_DEPS
from kg.language.title_columns import ids
from kg.language.token_table import tokens_with

_AMONG = ids(["among", "amongst"])
_THEM = frozenset({"them", "those"})


def repair_among_lists(doc: Doc) -> int:
    """Hang each such "among them A" on the group before its comma; how many."""
    repaired = 0
    for among in map(doc.__getitem__, tokens_with(doc, LOWER, _AMONG)):
        group = _group_before(among)
        if group is None or among.i + 2 >= len(doc) or doc[among.i + 1].lower_ not in _THEM:
            continue
        if group.dep_ in SUBJECT_DEPS:
            continue  # "Six nations, among them A and B, signed": the named ones act
        them, name = doc[among.i + 1], doc[among.i + 2]
        while name.dep_ in {"compound", "flat", "poss"} and name.head.i > name.i:
            name = name.head  # "among them Oscar Paya": Paya; "A's brother": the brother
        if not _named(name) or name.dep_ == "ROOT" or group in name.subtree:
            continue  # (a name the parser made the sentence's root is left alone)
        among.head, among.dep_ = group, "prep"
        name.head, name.dep_ = among, "pobj"
        them.head, them.dep_ = name, "dep"
        repaired += 1
    return repaired


def _named(member: Token) -> bool:
    """A proper name, or someone a proper name owns ("Chile's envoy", "A's brother")."""
    return member.pos_ == "PROPN" or any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in member.children
    )


def _group_before(among: Token) -> Token | None:
    """The plural noun whose phrase ends at the comma right before ``among``."""
    doc = among.doc
    if among.i < 2 or doc[among.i - 1].text != ",":
        return None
    last = doc[among.i - 2]
    return next((t for t in (last, *last.ancestors) if t.tag_ == "NNS" and t.i <= last.i
                 and all(t.is_ancestor(w) for w in doc[t.i + 1 : last.i + 1])), None)  # fmt: skip
