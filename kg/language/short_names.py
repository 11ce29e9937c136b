"""A short name of a long one named in the same story: its initials ("NATO", "Nato"
of "North Atlantic Treaty Organisation"; "K&M" or "KM" of "Kestrel & Moore") (for
:mod:`kg.language.actors`; its head word, "Commission" of "European Commission", is
:func:`kg.language.firm_short_names.is_head_of`).

>>> is_acronym_of("Nato", "North Atlantic Treaty Organisation")
True
>>> is_acronym_of("K&M", "Kestrel & Moore"), is_acronym_of("KM", "Kestrel & Moore")
(True, True)
"""

from __future__ import annotations


def is_acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` is the initials of ``long``: "NATO", the title-case spelling
    some outlets use ("Nato", "Apec"), and a firm's initials with or without the
    ampersand of its name ("B&Q"-style "K&M" of "Kestrel & Moore")."""
    letters = _without_ampersands(short)
    title_case = len(short) >= 3 and short[0].isupper() and short[1:].islower()
    if not (letters.isupper() or title_case) or len(letters) < 2 or " " in short:
        return False
    initials = "".join(w[0] for w in long.split() if w[0].isupper())
    return initials.lower() == short.lower() if title_case else initials == letters


def _without_ampersands(short: str) -> str:
    """ "K&M" -> "KM": an ampersand between two capitals joins initials; anything
    else is left as it is (and is then no initials)."""
    parts = short.split("&")
    if len(parts) > 1 and all(len(p) >= 1 and p.isalpha() and p.isupper() for p in parts):
        return "".join(parts)
    return short
