"""What kind of body a listed body is, read from its own names: the head noun of its
name and of each alias in the organisations table ("the International Atomic Energy
Agency", "the UN nuclear watchdog": an agency and a watchdog; "the Organisation for the
Prohibition of Chemical Weapons": an organisation; "the European Border and Coast Guard
Agency": an agency, though the table calls it "Frontex"). So "the watchdog", "the
agency" or "the organisation" may refer back to it (:func:`kg.language.named_bodies.named_as`),
and "the UN court" is the body one of whose names holds "UN" and "court"
(:mod:`kg.language.body_heads`). No new word lists: the kinds are the table's own words.

>>> sorted(kind_words("org/IAEA"))
['agency', 'watchdog']
>>> sorted(kind_words("org/OPCW"))
['organisation', 'organization']
"""

from __future__ import annotations

from functools import cache

from kg.language.gazetteer import gazetteer

# Prepositions that end a name's head: "Organisation for the Prohibition of ...",
# "Court of Justice", "League Against Cruelty".
_NAME_PREPS = frozenset({"of", "for", "against", "on"})


@cache
def kind_words(key: str) -> frozenset[str]:
    """The head nouns, in lower case, of the names of the listed body ``key``; a
    name of one word ("IAEA", "Frontex") says no kind."""
    return frozenset(h for form in gazetteer().forms(key) if (h := _head(form)) is not None)


@cache
def name_words(key: str) -> frozenset[str]:
    """Every word, in lower case, of every name of the listed body ``key`` ("UN court"
    and "World Court" as well as "International Court of Justice")."""
    return frozenset(w.lower() for form in gazetteer().forms(key) for w in _words(form))


def _head(form: str) -> str | None:
    words = _words(form)
    if len(words) < 2:
        return None
    cut = next((k for k, w in enumerate(words) if w.lower() in _NAME_PREPS), len(words))
    head = words[cut - 1].lower() if cut else ""
    return head if head.isalpha() else None


def _words(form: str) -> list[str]:
    return form.replace("'s ", " ").split()
