"""Armed groups named by where they are: "rebels in Darfur", "militants from the
Niger Delta", "soldiers in Guinea" (who staged a coup there), "the junta in Mali",
"the military rulers of Mali". The place is part of the group's name, as it is of
"Darfur rebels"; a place no name gives ("rebels in the north") is none. Nor is a
town: "rebels in Kelso" or "militants in Lima" (a capital, or a place known only as a
city) are rebels or militants in a town, no group named after it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.coup_forces import COUP_FORCES
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import FIGHTER_NOUNS
from kg.language.places import places

# Who rule after a coup, also "of" a country: "the military rulers of Mali".
_RULERS = frozenset("junta juntas rulers".split())
_ARMED_GROUPS = (
    FIGHTER_NOUNS
    | _RULERS
    | frozenset("separatists jihadists extremists militias paramilitaries factions".split())
    | frozenset("plotters putschists mutineers".split())
)
_NAMED = frozenset({"GPE", "LOC", "NORP", "FAC"})


def group_name(doc: Doc, start: int, tok: Token) -> str:
    """The text of the group ``doc[start : tok.i + 1]``, with the named place its
    "in" or "from" phrase (a ruler's "of" too) gives right after it."""
    text = doc[start : tok.i + 1].text
    if tok.lower_ not in _ARMED_GROUPS | COUP_FORCES or tok.i + 1 >= len(doc):
        return text
    prep = doc[tok.i + 1]
    preps = {"in", "from", "of"} if tok.lower_ in _RULERS else {"in", "from"}
    if prep.lower_ not in preps or prep.head.i != tok.i:
        return text
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or not (obj.pos_ == "PROPN" or obj.ent_type_ in _NAMED):
        return text
    place = doc[prep.i : obj.i + 1]
    if not all(t.pos_ in {"ADP", "DET", "PROPN", "ADJ"} or t.ent_type_ for t in place):
        return text
    # (rulers in a capital are its government's: "the junta in Bamako" is Mali's)
    town = tok.lower_ not in _RULERS and _town(doc[prep.i + 1 : obj.i + 1].text)
    return text if town else f"{text} {place.text}"


def _town(name: str) -> bool:
    """A capital ("Lima", a name its country's government goes by) or a place known
    only as a city ("Aleppo"); not a country, region or province ("Darfur")."""
    known = places().lookup(name)
    if gazetteer().is_country(name):
        return False
    return gazetteer().metonym(name) is not None or (known is not None and known.kind == "city")
