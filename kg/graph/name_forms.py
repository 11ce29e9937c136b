"""How names compare across articles: the words of a person's name, fuller and
shorter forms of one name, and the initials of an organisation's name."""

from __future__ import annotations

import re


def name_words(name: str) -> list[str]:
    """Comparable words of a person's name: 'Karim al-Rashid' -> ['karim', 'rashid'].

    >>> name_words("Mr Tom O'Neill"), name_words("Ann B. Vale")
    (['tom', "o'neill"], ['ann', 'b', 'vale'])
    """
    out = []
    for part in name.replace("\u2019", "'").split():
        part = re.sub(r"^(al|el)-", "", part.lower()).strip(".,")
        if part and part not in _PARTICLES:
            out.append(part)
    if len(out) > 1 and out[0].capitalize() in _HONORIFICS:
        out = out[1:]
    return out


_PARTICLES = {"al", "el", "de", "da", "van", "von", "bin", "ibn", "abu", "del", "la", "le"}
# ("Baroness Vale" keeps her title in the name: articles that cannot tell which
# Vale she is name her so, and she joins no Vale by surname)
_HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "Dame"}


def initials(name: str) -> str:
    """'UK Independence Party' -> 'UKIP'; 'Confederation of British Industry' -> 'CBI'.

    >>> initials("UK Independence Party"), initials("Trades Union Congress")
    ('UKIP', 'TUC')
    """
    out = ""
    for word in name.replace("-", " ").split():
        if word.isupper() and word.isalpha() and len(word) <= 3:
            out += word
        elif word[:1].isupper():
            out += word[0]
    return out


def fuller(full: list[str], short: list[str]) -> bool:
    """ "Ann B Vale" is fuller than "Ann Vale"; "Vincent Vale" than "Vince Vale".

    >>> fuller(["ann", "b", "vale"], ["ann", "vale"]), fuller(["vincent", "vale"], ["vince", "vale"])
    (True, True)
    >>> fuller(["ann", "vale"], ["anna", "vale"])
    False
    """
    if len(full) > len(short):
        return full[0] == short[0] and all(x in full for x in short)
    return (
        len(full) == len(short) == 2
        and full[0] != short[0]
        and len(short[0]) >= 3
        and full[0].startswith(short[0])
    )


def part_of(short: str, long: str) -> bool:
    """ "Vale" or "Ann Vale" is part of "Ann B Vale"."""
    s, lw = name_words(short), name_words(long)
    return 0 < len(s) < len(lw) and (s == lw[-len(s) :] or s == lw[: len(s)])
