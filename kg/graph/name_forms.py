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


def surname(words: list[str]) -> str:
    """The surname among a person's :func:`name_words`: the last, unless that is a
    generation ("Jr.": Tom Vale Jr. is still "Mr Vale").

    >>> surname(name_words("Tom Vale Jr.")), surname(name_words("Ann Vale"))
    ('vale', 'vale')
    """
    return words[-2] if len(words) > 2 and words[-1] in _GENERATIONS else words[-1]


_PARTICLES = {"al", "el", "de", "da", "van", "von", "bin", "ibn", "abu", "del", "la", "le"}
# (the language layer's person_names.GENERATIONS, which this layer may not import)
_GENERATIONS = {"jr", "jnr", "sr", "snr", "ii", "iii", "iv"}
# ("Baroness Vale" keeps her title in the name: articles that cannot tell which
# Vale she is name her so, and she joins no Vale by surname)
_HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "Dame"}


# the peers' titles that name_words drops: a peer so named is known by the title
_PEER_STYLES = {"Lord", "Lady"}


def peer_style(name: str) -> bool:
    """A peer named by the title and one name ("Lord Vale", "Lady Vale"), whom the
    article could not tie to a full name.

    >>> peer_style("Lord Vale"), peer_style("Tom Vale"), peer_style("Lady Ann Vale")
    (True, False, False)
    """
    words = name.split()
    return len(words) == 2 and words[0] in _PEER_STYLES


def peer_of_a_place(form: str) -> bool:
    """A peer's title with its place: "Lord Vale of Ardley".

    >>> peer_of_a_place("Lord Vale of Ardley"), peer_of_a_place("Lord Vale")
    (True, False)
    """
    words = form.split()
    return len(words) >= 4 and words[0] in _PEER_STYLES and words[2] == "of"


def may_be(name: str, forms: tuple[str, ...], sex: str, sexes: set[str], known: set[str]) -> bool:
    """Whether a bare surname (its ``name``, ``forms`` and told ``sex``) may be a
    person of the store whose articles told ``sexes`` and gave the lower-case names
    ``known``: not one of the other sex ("Lady Vale", "Mrs Vale" are no Tom Vale),
    and a peer of a place ("Lord Vale", once "Lord Vale of Ardley") only one some
    article gave that title.

    >>> may_be("Lady Vale", (), "f", {"m"}, {"tom vale"}), may_be("Vale", (), "m", {"m"}, set())
    (False, True)
    """
    told = sexes - {""}
    if sex and len(told) == 1 and sex not in told:
        return False
    titles = {f.lower() for f in forms if peer_of_a_place(f)}
    return not (peer_style(name) and titles) or bool((titles | {name.lower()}) & known)


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


# the kind of body a name ends on, which the body's acronym may leave out
# ("Weavers and Spinners Union", "WS", "WS Union")
_BODY_KINDS = {"Union", "Party"}


def acronym_keys(name: str) -> set[str]:
    """The acronyms an organisation's long name may go by: its initials, and
    those of the name without a closing 'Union' or 'Party'.

    >>> sorted(acronym_keys("Weavers and Spinners Union"))
    ['WS', 'WSU']
    >>> sorted(acronym_keys("Trades Union Congress"))
    ['TUC']
    """
    words = name.split()
    keys = {initials(name)}
    if len(words) >= 3 and words[-1] in _BODY_KINDS:
        keys.add(initials(" ".join(words[:-1])))
    return {k for k in keys if len(k) >= 2}


def bare_acronym(name: str) -> str | None:
    """The acronym an organisation's name is, alone or with its kind after it:
    'WSU' -> 'WSU', 'WS Union' -> 'WS'; None for any other name.

    >>> bare_acronym("WSU"), bare_acronym("WS Union"), bare_acronym("WS Radio")
    ('WSU', 'WS', None)
    """
    words = name.split()
    if len(words) == 2 and words[1] in _BODY_KINDS:
        words = words[:1]
    if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
        return words[0]
    return None


def stands_for(short: str, name: str) -> bool:
    """Whether ``short`` is an acronym form of ``name`` ('WS Union' of 'WSU' or of
    'Weavers and Spinners Union').

    >>> stands_for("WS Union", "Weavers and Spinners Union"), stands_for("WS", "WS Union")
    (True, True)
    >>> stands_for("WS", "Western Radio")
    False
    """
    letters = bare_acronym(short)
    if letters is None or short == name:
        return False
    other = bare_acronym(name)
    return letters == other if other is not None else letters in acronym_keys(name)


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
    """ "Vale" or "Ann Vale" is part of "Ann B Vale"; "Ann Vale" is not part of "Ann
    Vale Jr." (her mother's name)."""
    s, lw = name_words(short), name_words(long)
    if surname(lw) != lw[-1] and s == lw[:-1]:
        return False
    return 0 < len(s) < len(lw) and (s == lw[-len(s) :] or s == lw[: len(s)])
