"""Namesakes a bare surname cannot tell apart, for :mod:`kg.language.person_names`.

Of several people a surname fits, :mod:`kg.language.person_names` takes the one the
article has named most so far, and on a tie the one named last. When the tied
namesakes were last named together in one list ("Ana Moreno and Luis Moreno visited
Lima. X accused Moreno of lying"), the last named is only the list's order: the
surname names neither.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.language.mention_record import Mention


def listed_namesakes(
    doc: Doc, mentions: list[Mention], m: Mention, keys: list[str], linked: dict[int, str]
) -> bool:
    """Whether the namesakes a surname fits were named as often, and last in one
    list ("Ana Moreno and Luis Moreno visited ... Moreno said"): then recency tells
    nothing."""
    counts = {k: 0 for k in keys}
    last: dict[str, Mention] = {}
    for prev in mentions[: m.id]:
        key = linked.get(prev.id)
        if key in counts:
            counts[key] += 1
            last[key] = prev
    top = max(counts.values())
    tied = [last[k] for k in keys if counts[k] == top and k in last]
    if len(tied) < 2:
        return False
    roots = [doc[p.start : p.end].root for p in tied]
    return all(r.sent == roots[0].sent and (r.i == roots[0].i or r in roots[0].conjuncts)
               for r in roots)  # fmt: skip
