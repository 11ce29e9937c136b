"""Licences to trade are goods withheld when a state suspends or revokes them: "Germany
suspended arms export licences for Turkey", "Britain revoked export licences to Israel"
(an embargo, CAMEO 163, on the country they were for). A licence of another kind is no
trade withheld ("suspended the broadcaster's licence", "revoked his driving licence").
"""

from __future__ import annotations

from spacy.tokens import Token

_LICENCES = frozenset("licence licences license licenses permit permits".split())
_TRADED = frozenset("export exports import imports arms weapons trade".split())


def trade_licence(noun: Token) -> str | None:
    """ "163" for a licence to export or sell arms ("arms export licences"), else None."""
    if noun.lower_ not in _LICENCES:
        return None
    kinds = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
    return "163" if kinds & _TRADED else None
