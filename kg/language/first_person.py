"""An "our" inside a quote is the speaker's country when the quote's speaker is a
person whose title names one country ("'Our troops repelled the attack,' X, an
Armenian army spokesman, said": the troops are Armenia's) or the country itself
("'Our embassy was stormed,' Chile said"). Only before words for a state's forces,
envoys, government or land (:data:`OWNED`): "our" of a party, a firm or a newspaper
is left alone, and so is an "our" whose speaker is unknown, a body, or a person with
no country or with two. Whose the "our" is: :mod:`kg.language.quoted_speakers`."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.quotes import in_quote

# What a state owns or sends that a speaker calls "ours".
OWNED = frozenset(
    """troops forces soldiers army navy military jets warplanes ships sailors pilots
    government ambassador embassy diplomats envoy consulate country nation territory
    border positions villages towns bases airspace waters""".split()
)


def quoted_our(tok: Token) -> bool:
    """ "our troops", "our embassy" inside a quote."""
    return (
        tok.lower_ == "our"
        and tok.dep_ == "poss"
        and tok.head.lower_ in OWNED
        and in_quote(tok, by_tag=True)
    )
