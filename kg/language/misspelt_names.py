"""A surname the story spells two ways: "Tobias Kelland ... Kellend said". A lone
capitalised word one slip (a letter changed, added, dropped or two swapped) from
the surname of a person the article names in full, with the same first letter and
at least six letters, is that person when no other full name is as close. Only
used where the word speaks or is spoken of as a person (the subject of a verb of
saying, or a name the model already took for a person), so a place or body that
happens to look like a surname is not drawn in. A given name is never a slip
("William" is no Williams).
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.language.given_names import given_names

_SHORTEST = 6


def one_slip(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` differ by one edit (change, insertion, deletion or
    swap of two neighbours), start with the same letter and are long enough for
    a slip to be told from another name."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < _SHORTEST:
        return False
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def misspelt_surname(word: str, surnames: Iterable[str]) -> str | None:
    """The one surname ``word`` is a slip of, if exactly one is (and ``word`` is
    not itself one of them)."""
    names = set(surnames)
    if word in names or word.lower() in given_names():
        return None  # "Princes William and Harry" are no Williams
    close = [s for s in names if one_slip(word, s)]
    return close[0] if len(close) == 1 else None
