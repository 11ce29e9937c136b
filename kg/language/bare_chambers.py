"""A bare chamber word names the chamber its story names: "Ms Vale told the House that
..." after "the Commons" is the House of Commons, after "the Lords" the House of Lords,
after "the US House" that House; "the Senate" after "the Italian Senate" that Senate.
The word alone says nothing of which chamber, so when the story names none before it,
or two ("the bill passed the Commons and goes to the Lords"), it is a chamber of that
story's own, never another story's House nor a well-known one
("the House" of a story about the Lords is not the Commons of the next). Not "the White
House" (a government's seat), "House of Saud" (a dynasty) nor "Chamber of Commerce": the
chambers are data (``data/chamber-names.txt``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kg.language.firm_short_names import is_head_of
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import listed_words
from kg.language.mention_record import Mention
from kg.language.slugs import own_key, slug
from kg.records import Actor

_WORDS = listed_words("chamber-names.txt")
BARE_CHAMBERS = _WORDS["bare"]
_FULL_NAMES = frozenset(w.replace("_", " ") for w in _WORDS["full"])


def is_chamber(name: str | None, word: str) -> bool:
    """Whether ``name`` is a chamber that the bare ``word`` may stand for.

    >>> is_chamber("House of Lords", "House"), is_chamber("United States House", "House")
    (True, True)
    >>> is_chamber("White House", "House"), is_chamber("House of Saud", "House")
    (False, False)
    """
    words = name.split() if name else []
    if words[:1] == ["the"]:
        words = words[1:]
    if not words or word.lower() not in {w.lower() for w in words}:
        return False
    if " ".join(words).lower() in _FULL_NAMES:
        return True
    if words[-1].lower() != word.lower() or len(words) < 2:
        return False
    front, gz = " ".join(words[:-1]), gazetteer()
    found = gz.lookup(front)  # "the US House", "the Welsh Assembly", "the Italian Senate"
    return (found is not None and found.type == "Country") or gz.demonym_country(front) is not None


def named_chamber(
    before: Sequence[Mention],
    by_mention: Mapping[int, str],
    actors: Mapping[str, Actor],
    name: str,
    scope: str,
) -> str | None:
    """The key of the chamber a bare ``name`` ("House") stands for: the one chamber of
    that word the mentions ``before`` it name ("the Commons": the House of Commons); a
    chamber of the story ``scope``'s own when they name two or none (one chamber within a
    story, none across stories); None for another word, or when they name another body
    that word is short for ("Chamber of Commerce")."""
    if name not in BARE_CHAMBERS:
        return None
    keys = {
        key
        for m in before
        if m.kind == "org"
        and (key := by_mention.get(m.id)) is not None
        and key in actors
        and any(
            is_chamber(n, name)
            for n in (actors[key].name, m.text, m.entry.name if m.entry else None)
        )
    }
    if len(keys) == 1:
        return keys.pop()
    if not keys and any(m.kind == "org" and is_head_of(name, m.text) for m in before):
        return None  # "the Chamber" after "the Chamber of Commerce": a short name of that body
    return own_key(f"org/{slug(name)}", scope)
