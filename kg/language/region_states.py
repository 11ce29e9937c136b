"""Countries described by their region or their kind, for
:mod:`kg.language.country_descriptions`: "the Himalayan nation", "the island nation",
"the Gulf state", "the Baltic republic", "the emirate" refer back to a country of that
region or kind named before ("Nepal signed a deal with India. The Himalayan nation
said": Nepal, never India, named nearer), and to none when the story names no such
country. "State" and "republic" refer back only so qualified ("the state" alone is
any state, or the state as such). The lists are general knowledge."""

from __future__ import annotations

from spacy.tokens import Token

from kg.language.lexicon import AGREEMENT_ANAPHORA, COUNTRY_ANAPHORA

_GULF = frozenset("QAT SAU ARE KWT BHR OMN".split())
_CARIBBEAN = frozenset("CUB HTI DOM JAM TTO BHS BRB GRD LCA VCT ATG KNA DMA".split())
REGION_COUNTRIES: dict[str, frozenset[str]] = {
    "gulf": _GULF,
    "baltic": frozenset("EST LVA LTU".split()),
    "himalayan": frozenset("NPL BTN".split()),
    "balkan": frozenset("ALB BIH BGR HRV XKX MNE MKD SRB SVN GRC ROU".split()),
    "caucasus": frozenset("ARM AZE GEO".split()),
    "nordic": frozenset("DNK FIN ISL NOR SWE".split()),
    "scandinavian": frozenset("DNK NOR SWE".split()),
    "alpine": frozenset("AUT CHE LIE".split()),
    "andean": frozenset("BOL COL ECU PER CHL VEN".split()),
    "caribbean": _CARIBBEAN,
    "island": _CARIBBEAN
    | frozenset(
        """
        TWN SGP LKA JPN ISL IRL MDV MLT CYP MDG MUS SYC COM CPV STP FJI PHL IDN NZL
        BHR TON WSM VUT SLB PNG KIR TUV NRU MHL PLW FSM TLS BRN
        """.split()
    ),
}
# Heads that refer back to a country only when a region above qualifies them,
# and "emirate", which is a Gulf one by itself.
REGION_HEADS = frozenset({"state", "republic", "emirate"})


def region_countries(words: list[str]) -> frozenset[str] | None:
    """The countries a description's words restrict it to ("the Gulf state": the Gulf
    states; "the emirate": the Gulf ones), None when no word does."""
    if words and words[-1] == "emirate":
        return _GULF
    for word in words[:-1]:
        found = REGION_COUNTRIES.get(word.lower())
        if found is not None:
            return found
    return None


def country_or_deal(tok: Token, start: int) -> bool:
    """ "the deal", "the kingdom", "the Gulf state", "the Baltic republic", "the
    emirate": a head that refers back to an agreement or a country, one of
    :data:`REGION_HEADS` lower-case and qualified by a region word (from ``start``)."""
    low = tok.lower_
    if low in AGREEMENT_ANAPHORA or low in COUNTRY_ANAPHORA:
        return True
    if low not in REGION_HEADS or not tok.is_lower or tok.tag_ != "NN":
        return False
    words = [t.text for t in tok.doc[start : tok.i + 1]]
    return region_countries(words) is not None
