"""A broadcaster or programme after "on" is where words are spoken, not whom they
are aimed at: "insisted on BBC Radio 4", "hit out on the Today programme", "demanded
on Sky that ...". Only for words (CAMEO 10-14): "cracked down on the paper" acts
on it."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.senses import Sense
from kg.extract.triggers import SAYING_ROOTS
from kg.language.audiences import names_media


def on_air(sense: Sense, target: Token) -> bool:
    """Whether ``target``, an object of "on", is the medium of a spoken ``sense``."""
    if target.head.lower_ != "on" or sense.cameo[:2] not in SAYING_ROOTS:
        return False
    return names_media([c.text for c in target.lefts if c.dep_ == "compound"] + [target.text])
