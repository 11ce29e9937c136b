"""Papers that speak for who issues them, and the verbs of issuing one: "NATO issued a
statement backing X" is NATO backing X, "the League adopted a resolution supporting
X" the League supporting X.

Only common words live here, never names of people or places.
"""

from __future__ import annotations

# Papers whose words are their issuer's stand (lemmas): "a statement backing X", "a
# resolution condemning X", "a communique endorsing X".
PAPER_NOUNS = frozenset(
    """
    statement communique communiqué declaration resolution letter motion memorandum
    """.split()
)
# Verbs that make someone the issuer of such a paper: "issued / adopted / passed / put
# out / released / signed a statement" (not "rejected", "drafted" or "read").
ISSUING_VERBS = frozenset("issue adopt pass put release sign publish send approve".split())
