"""Machines of war named by their model, which act for the state a nationality names.

"Turkish F-16s shot down a helicopter", "Russian Su-25s bombed the airfield", "two
Indian MiG-21s crossed the line": a model designator (a few letters, a hyphen and a
number: "F-16", "MiG-29", "Su-25", "B-52s") with a nationality adjective before it is
that country's aircraft, as "Turkish jets" are. Without a nationality ("F-16s flew
over") it stands for no one; a number-plate shape with no letters ("9-11") or a long
word ("COVID-19") is no model.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

# One capital, up to two more letters, a hyphen, up to three digits, an optional
# variant letter and an optional plural "s": "F-16s", "MiG-29", "Su-25", "F-35A".
_MODEL = re.compile(r"[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?(?:s|'s)?")


def war_model(tok: Token) -> bool:
    """Whether ``tok`` is a model of warplane qualified by a nationality adjective."""
    if tok.pos_ not in {"NOUN", "PROPN"} or not _MODEL.fullmatch(tok.text):
        return False
    return any(
        c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP" and c.i < tok.i for c in tok.lefts
    )
