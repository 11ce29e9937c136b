"""Names as written, cleaned: entities decoded, roles and party labels split off.

News names arrive with what surrounds them: "Tory Ann Vale", "MEP Anna Kell",
"Lib Dem MP Ruth Vane", "Professor Ivo Marsh", "Tom Reyes QC", "Dorn&#191;s",
"National Party(NP". :func:`clean_name` removes markup and stray punctuation;
:func:`split_role` returns the bare name and the role words taken off it. The
words are data (``data/role-words.txt`` and the gazetteer's party and country
adjectives), the rules are here.

>>> clean_name("Vane&#191;s"), clean_name("National Party(NP"), clean_name("the Guild's")
('Vane', 'National Party', 'Guild')
>>> split_role("Lib Dem MP Ruth Vane")
('Ruth Vane', 'Lib Dem MP')
>>> split_role("Tom Reyes QC"), split_role("Professor Marsh")
(('Tom Reyes', 'QC'), ('Marsh', 'Professor'))
"""

from __future__ import annotations

import html
import re
from functools import cache, lru_cache

from kg.language.gazetteer import gazetteer
from kg.language.lexicon import HONORIFICS, TITLE_WORDS, listed_words

_APOSTROPHES = str.maketrans({"\u00bf": "'", "\u2019": "'", "\u0092": "'", "`": "'"})


@cache
def _role_words() -> tuple[frozenset[str], frozenset[str]]:
    words = listed_words("role-words.txt")
    after = frozenset().union(*(ws for where, ws in words.items() if where != "before"))
    return words.get("before", frozenset()), after


# The possessive ending a name carries as a token of its own ("Peru's", "Peru’s").
POSSESSIVE_ENDINGS = frozenset({"'s", "’s"})
# ... or the bare apostrophe of a plural's ("the Greens' leader").
POSSESSIVE_MARKS = POSSESSIVE_ENDINGS | {"'", "’"}
SUFFIX_ROLES = frozenset({"QC", "KC", "MP", "MEP", "MSP", "AM", "MLA", "OBE", "MBE", "CBE", "KBE"})


@lru_cache(maxsize=1 << 14)
def clean_name(text: str) -> str:
    """Markup decoded, an unclosed bracket and what follows it, possessive
    endings, a leading article or "ex-", and stray punctuation removed."""
    text = html.unescape(text).translate(_APOSTROPHES)
    text = re.sub(r"\s*\([^)]*$", "", text)  # "Party(NP": an unclosed bracket
    text = re.sub(r"'s?$", "", text.strip())
    text = re.sub(r"^[^\w(]+|[^\w).]+$", "", text)
    text = re.sub(r"^(?:the|The)\s+", "", text)
    text = re.sub(r"^(?:ex|Ex|EX)-", "", text)
    return " ".join(without_full_stop(text).split())


_FULL_STOP = re.compile(r"(?<=\b[^\W\d_]{5})([^\W\d_]*)\.$")


def without_full_stop(text: str) -> str:
    """A sentence's full stop taken off a word that is no abbreviation: "Britain."
    (the tokenizer kept it on the list's last name), not "U.S.", "Corp." or "Jr."."""
    if "." not in text:  # (the pattern, which opens with a look back, is slow to try)
        return text
    return _FULL_STOP.sub(r"\1", text)


def is_role_word(word: str) -> bool:
    """A word that goes before a name but is not part of it."""
    before, _ = _role_words()
    bare = word.rstrip(".")
    if bare in before or bare in HONORIFICS or word.lower() in TITLE_WORDS:
        return True
    entry = gazetteer().demonym(word)
    return entry is not None and word[:1].isupper()


def party_label(words: list[str]) -> int:
    """How many of the leading ``words`` are a party or country label ("Lib Dem",
    "Liberal Democrat", "Tory", "Iranian"): 0, 1 or 2."""
    gz = gazetteer()
    if len(words) >= 2 and gz.demonym(" ".join(words[:2])) is not None:
        return 2
    return 1 if words and words[0][:1].isupper() and gz.demonym(words[0]) is not None else 0


def split_role(text: str) -> tuple[str, str]:
    """``(name, role)``: the person's name without the words around it."""
    words = clean_name(text).split()
    _, after = _role_words()
    role: list[str] = []
    while len(words) > 1:
        n = party_label(words) or (1 if is_role_word(words[0]) else 0)
        if n == 0 and words[0] == "Lance" and is_role_word(words[1]):
            n = 2  # "Lance Corporal X" (a given name otherwise: "Lance Berrow")
        if n == 0 or n >= len(words):
            break
        role.extend(words[:n])
        words = words[n:]
    tail: list[str] = []
    while len(words) > 1 and words[-1].rstrip(".,") in after:
        tail.insert(0, words.pop().rstrip(".,"))
    return " ".join(words), " ".join(role + tail)
