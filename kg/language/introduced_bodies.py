"""A body's name given after a description of what it is, set off by a comma:
"Ghana's main opposition party, the Progress Congress,", "the ruling party of
Chile, Popular Union," (so "the party's chairman" after it is that body's), as
"a new bloc, the X" already was (:func:`kg.language.named_bodies._called`).

The description is definite, by "the" or a possessive: "a party, X" is the
indefinite case :mod:`kg.language.named_bodies` reads already, and "party
leaders, X" names no body.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_OF = frozenset({"of", "in"})


def described_before(doc: Doc, last: int, accepted: set[str]) -> bool:
    """Whether the words ending at ``last`` (the word before the comma that opens a
    body's name) are a definite description whose noun is one of ``accepted``:
    "Ghana's main opposition party" and "the ruling party of Chile" are a party."""
    if last < 0:
        return False
    kind = doc[last]
    if not kind.is_lower:  # "the ruling party of Chile": the noun before "of" a name
        j = last
        start = doc[last].sent.start
        while j > start and doc[j].is_title and doc[j].pos_ in {"PROPN", "NOUN"}:
            j -= 1
        if doc[j].lower_ == "the":
            j -= 1
        if j <= start or j == last or doc[j].lower_ not in _OF:
            return False
        kind = doc[j - 1]
    return _definite_kind(kind, accepted)


def _definite_kind(kind: Token, accepted: set[str]) -> bool:
    return (
        kind.pos_ == "NOUN"
        and kind.is_lower
        and kind.lower_ in accepted
        and kind.tag_ != "NNS"
        and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in kind.children)
    )
