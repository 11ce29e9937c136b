"""A short name of a long one named in the same story: its initials ("NATO", "Nato"
of "North Atlantic Treaty Organisation") or its head word ("Commission" of "European
Commission", "Norco" of "Norco Motors") (for :mod:`kg.language.actors`).

>>> is_acronym_of("Nato", "North Atlantic Treaty Organisation")
True
>>> is_head_of("Norco", "Norco Motors"), is_head_of("Norco", "Norco Powertrain")
(True, False)
"""

from __future__ import annotations

from kg.language.body_words import COMPANY_WORDS
from kg.language.legal_forms import FOLDED_LEGAL_FORMS


def is_acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` is the initials of ``long``: "NATO", and the title-case
    spelling some outlets use ("Nato", "Apec")."""
    title_case = len(short) >= 3 and short[0].isupper() and short[1:].islower()
    if not (short.isupper() or title_case) or len(short) < 2 or " " in short:
        return False
    initials = "".join(w[0] for w in long.split() if w[0].isupper())
    return initials.lower() == short.lower() if title_case else initials == short


_SUFFIXES = COMPANY_WORDS | FOLDED_LEGAL_FORMS | {"co", "group"}


def is_head_of(short: str, long: str) -> bool:
    """'Commission' is the head of 'European commission'; 'House' of 'House of
    Representatives'; 'Norco' of 'Norco Motors' (a company word), but not of
    'Norco Powertrain' (another company that carries its name)."""
    words = long.split()
    if " " in short or len(words) < 2 or not short[:1].isupper():
        return False
    if short.lower() == words[-1].lower():
        return True
    rest = [w.lower().strip(".,") for w in words[1:]]
    return short.lower() == words[0].lower() and (rest[0] == "of" or set(rest) <= _SUFFIXES)
