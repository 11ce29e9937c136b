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


def rank_of_country(w: TokenTable, title: int, end: int, story: Story) -> bool:
    """Whether the title word at ``title`` is a rank and "of" at ``end`` is followed
    by a country's name (a "the" before it allowed)."""
    if w.lower[title] not in RANKS or w.lower[end] != "of":
        return False
    start = end + 1
    if start < len(w.text) and w.lower[start] == "the":
        start += 1
    for stop in range(min(len(w.text), start + 4), start, -1):
        entry = story.lookup(w.span_text(start, stop))
        if entry is not None and entry.type == "Country":
            return True
    return False
