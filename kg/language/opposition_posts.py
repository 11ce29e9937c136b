"""Posts in a country's opposition: "the Kenyan opposition leader" is no holder
of a post of Kenya's, but the one the story has named as leading the Kenyan
opposition ("Kenyan opposition leader X ... the Kenyan opposition leader said"),
else someone it does not name."""

from __future__ import annotations

from kg.language.coref_state import CorefState
from kg.language.mentions import Mention


def opposition_holder(
    state: CorefState, m: Mention, earlier: list[tuple[Mention, str]]
) -> str | None:
    """The one person named before ``m`` with its post in the group it names."""
    words = set(m.text.lower().split()) - {"the"}
    found = {
        key
        for prev, key in earlier
        if key.startswith("person/")
        for d in prev.descriptors
        for a in d.affiliations
        if 0 <= a < len(state.mentions)
        and state.mentions[a].kind == "group"
        and set(state.mentions[a].text.lower().split()) | set(d.title.lower().split()) == words
    }
    return found.pop() if len(found) == 1 else None
