"""A body whose name joins two countries is no country's: "the British-Irish
Council", "the India-Pakistan commission", "the US-China Economic and Security Review
Commission". The name tells what the body is about, not who belongs to it; a member
is one the text states ("Ireland, a member of the British-Irish Council"). One
country in the name still owns it ("the India Anti-Doping Agency": India's).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from kg.language.mention_record import Mention

# what joins the two countries of a joint name: "British-Irish", "India–Pakistan",
# "US/China"
JOINERS = frozenset({"-", "–", "—", "/"})


def joint_name(
    doc: Doc, mentions: Sequence[Mention], by_mention: Mapping[int, str], body: Mention
) -> bool:
    """Whether two different countries, joined by a hyphen or dash, are named inside
    ``body``'s name or run straight into it ("the US-China ... Commission", where
    the model leaves "US-China" outside the body's name)."""
    countries = {
        m.start: (m, key)
        for m in mentions
        if m.id != body.id
        and (key := by_mention.get(m.id, "")).startswith("country/")
        and body.start - 3 <= m.start < body.end
    }
    for first, key in countries.values():
        if first.end >= len(doc) or doc[first.end].text not in JOINERS:
            continue
        second = countries.get(first.end + 1)
        if second is None or second[1] == key:
            continue
        if second[0].start >= body.start or second[0].end == body.start:
            return True
    return False
