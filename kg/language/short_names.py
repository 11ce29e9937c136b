"""A short name of a long one named in the same story: its initials ("NATO", "Nato"
of "North Atlantic Treaty Organisation") (for :mod:`kg.language.actors`; its head word,
"Commission" of "European Commission", is :func:`kg.language.firm_short_names.is_head_of`).

>>> is_acronym_of("Nato", "North Atlantic Treaty Organisation")
True
"""

from __future__ import annotations


def is_acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` is the initials of ``long``: "NATO", and the title-case
    spelling some outlets use ("Nato", "Apec")."""
    title_case = len(short) >= 3 and short[0].isupper() and short[1:].islower()
    if not (short.isupper() or title_case) or len(short) < 2 or " " in short:
        return False
    initials = "".join(w[0] for w in long.split() if w[0].isupper())
    return initials.lower() == short.lower() if title_case else initials == short
