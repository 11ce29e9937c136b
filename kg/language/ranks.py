"""A military rank, a name, then "of" and the country whose forces the rank is in:
"Marshal Ivo Daric of Yugoslavia", "Generalissimo Wei Lun of China", "Field Marshal
Ade Kanu of Sierra Leone".

The small model often leaves the name after such a rank untagged, and a name after a
title followed by "of" is otherwise no person's ("Minister Plenipotentiary of ...").
After a rank, "of" and a country the gazetteer knows (with or without "the"), the
capitalised words between are the person's name.
"""

from __future__ import annotations

from kg.language.token_table import Story, TokenTable

# Ranks of the armed forces that stand before a name ("Field Marshal": "Marshal").
RANKS = frozenset(
    "marshal generalissimo general admiral commodore colonel brigadier commander".split()
)
# Words that open a rank of several words: "Field Marshal", "Senior General",
# "Lieutenant General", "Air Chief Marshal", "Rear Admiral".
RANK_OPENERS = frozenset("field senior lieutenant major rear vice air chief brigadier".split())


def rank_words(words: list[str]) -> int:
    """How many of the lower-case ``words`` a rank takes at their start: 2 for "field
    marshal ade kanu", 3 for "air chief marshal ...", 1 for "general ...", 0 for
    "senior officials"."""
    n = 0
    while n < len(words) and words[n] in RANK_OPENERS:
        n += 1
    return n + 1 if n < len(words) and words[n] in RANKS else 0


def country_after_of(w: TokenTable, of: int, story: Story, *, most: int = 2) -> bool:
    """Whether "of" at ``of`` is followed by a country's name of at most ``most`` words
    (a "the" before it allowed): "of China", "of West Germany", "of the Soviet Union"."""
    if w.lower[of] != "of":
        return False
    start = of + 1
    if start < len(w.text) and w.lower[start] == "the":
        start += 1
    for stop in range(min(len(w.text), start + most), start, -1):
        entry = story.lookup(w.span_text(start, stop))
        if entry is not None and entry.type == "Country":
            return True
    return False


def titled_of_country(w: TokenTable, title: int, of: int, story: Story) -> bool:
    """Whether the title word at ``title`` and the name after it are followed by "of"
    and a country: any title in the old style of writing a ruler ("Premier Ivo Lenz of
    Austria"), a rank with a country's name of up to four words ("Field Marshal Ade
    Kanu of Sierra Leone")."""
    return country_after_of(w, of, story, most=4 if w.lower[title] in RANKS else 2)
