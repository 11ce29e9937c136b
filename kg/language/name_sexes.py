"""The sex a person's name tells: the honorific or peer's title before it ("Mr",
"Lady", "Baroness": data/honorific-sexes.txt), or the given name that opens it
("Sarah Okoro", "Tom Ray": data/given-name-sexes.txt). A surname with a title of one sex is no person the
article names in full with a given name or title of the other ("Lady Vale" is no
Tom Vale, "Mr Dorn" no Sarah Dorn).

>>> title_sex("Baroness"), title_sex("Sir"), title_sex("mrs."), title_sex("Dr")
('f', 'm', 'f', '')
>>> given_name_sex(["sarah", "okoro"]), given_name_sex(["okoro"])
('f', '')
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from kg.language.lexicon import listed_words


def title_sex(word: str | None) -> str:
    """ "m" or "f" for an honorific or peer's title that tells it (in any case, a
    full stop dropped), else ""."""
    return title_sexes().get((word or "").rstrip(".").lower(), "")


@cache
def title_sexes() -> dict[str, str]:
    """The honorifics and titles that tell a sex, in lower case: word -> "m" or "f"."""
    rows = listed_words("honorific-sexes.txt")
    return {w.lower(): sex for sex, words in rows.items() for w in words}


def given_name_sex(tokens: list[str]) -> str:
    """ "m" or "f" when the first of a full name's lower-case tokens is a given
    name of one sex, else "" (one word is a surname, and tells nothing)."""
    return given_name_sexes().get(tokens[0], "") if len(tokens) >= 2 else ""


def other_sex(a: str, b: str) -> bool:
    """Two sexes that are both told and differ."""
    return bool(a) and bool(b) and a != b


@cache
def given_name_sexes() -> dict[str, str]:
    """The data file's given names that tell a sex: name -> "m" or "f"."""
    text = resources.files("kg.language").joinpath("data/given-name-sexes.txt").read_text("utf-8")
    rows = (line.split() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {row[0]: row[1] for row in rows}
