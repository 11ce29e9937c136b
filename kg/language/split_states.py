"""A state split in two, named in the plural: "the two Koreas" and "both Koreas" are
North and South Korea, "the two Germanys" East and West Germany. The plural name
is a reference to the pair (a "plural" mention, resolved by :func:`state_pair`),
never a country of its own; without "two" or "both" ("the Koreas") it is left
alone."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.language.gazetteer import gazetteer

# The plural of a split state's name -> the names of its two parts.
_SPLIT = {
    "koreas": ("North Korea", "South Korea"),
    "germanys": ("East Germany", "West Germany"),
    "germanies": ("East Germany", "West Germany"),
}
_COUNTED = frozenset({"two", "both"})


def split_state_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of "the two Koreas" or "both Koreas" when the name ending at
    ``end`` is a split state's plural counted as two (the span taking in the words
    before it), else None."""
    if doc[end - 1].lower_ not in _SPLIT:
        return None
    lo = start
    while lo > 0 and doc[lo - 1].lower_ in _COUNTED | {"the"}:
        lo -= 1
    words = {t.lower_ for t in doc[lo : end - 1]}
    if not words & _COUNTED or not words <= _COUNTED | {"the"}:
        return None
    return lo, end


def state_pair(text: str) -> tuple[str, ...]:
    """The two states a counted split state's plural stands for, in the order
    North/South, East/West; else ()."""
    words = text.lower().split()
    names = _SPLIT.get(words[-1]) if words else None
    if names is None or not set(words[:-1]) & _COUNTED:
        return ()
    keys = []
    for name in names:
        entry = gazetteer().lookup(name)
        if entry is None or entry.type != "Country":
            return ()
        keys.append(entry.key)
    return tuple(keys)
