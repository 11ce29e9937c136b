"""A description of a country or an agreement named before, for
:func:`kg.language.descriptions.resolve_description`: "the deal" is the agreement
named last, "the country" or "the nation" the country named last (not where things
only happen, unless the story names no other), "the kingdom" the kingdom named last
("Saudi Arabia hosted the talks. Iran criticised the kingdom": Saudi Arabia, never
a republic named nearer). A country named last in one list with another ("Jordan
and Syria held talks. The country said") leaves "the country" to either: nobody.
"The country's president" is that country's (:func:`owning_country`), and "the
country's central bank" its own body (:func:`the_countrys_body`)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.language.coref_state import CorefState
from kg.language.gazetteer import Entry
from kg.language.lexicon import AGREEMENT_ANAPHORA, COUNTRY_ANAPHORA
from kg.language.mentions import Mention
from kg.language.owned_bodies import owned_kind
from kg.language.region_states import region_countries
from kg.language.slugs import slug
from kg.language.state_bodies import named_by_kind

# The states that are kingdoms (general knowledge; Nepal was one until 2008).
KINGDOMS = frozenset(
    """
    GBR ESP NLD BEL NOR SWE DNK SAU JOR MAR THA KHM BHR BTN LSO SWZ TON NPL
    """.split()
)


def agreement_or_country(
    doc: Doc, head: str, earlier: list[tuple[Mention, str]], words: list[str] | None = None
) -> str | None:
    """The agreement or country a description headed by ``head`` (its ``words``)
    refers back to, among ``earlier`` (the linked mentions before it, nearest first)."""
    want = "agreement/" if head in AGREEMENT_ANAPHORA else "country/"
    kin = [(p, k) for p, k in earlier if k.startswith(want) and p.kind != "description"]
    named = region_countries(words or [head]) if want == "country/" else None
    region = named if head != "kingdom" else KINGDOMS & (named or KINGDOMS)  # "Gulf kingdom"
    if region is not None:  # "the Gulf state", "the island nation"
        kin = [(p, k) for p, k in kin if k.removeprefix("country/") in region]
        if named and len({k for p, k in kin if p.sent == kin[0][0].sent}) > 1:
            return None  # "Serbia accused Kosovo. The Balkan state said": either
    for prev, key in kin:
        if not prev.locative:
            return None if want == "country/" and _listed_with_another(doc, prev, key, kin) else key
    # a country named only as where things happen, when the story names no other:
    # "Protests spread in Chile. The country's president said"
    return kin[0][1] if want == "country/" and kin else None


def _listed_with_another(doc: Doc, prev: Mention, key: str, kin: list[tuple[Mention, str]]) -> bool:
    """Whether ``prev`` is one item of a list that names another of ``kin``."""
    items = {t.i for t in doc[prev.start : prev.end].root.conjuncts}
    return any(k != key and any(p.start <= i < p.end for i in items) for p, k in kin)


def owning_country(doc: Doc, owner: str, earlier: list[tuple[Mention, str]]) -> Entry | None:
    """The country "the country's" or "the kingdom's" before a post refers back to
    ("King X of Jordan ... The kingdom's ruler said": Jordan), as its gazetteer entry,
    when it is the only country named before."""
    words = owner.lower().split()
    if words[-1:] != words[-2:] or words[0] not in COUNTRY_ANAPHORA:
        return None
    key = agreement_or_country(doc, words[0], earlier)
    kin = {k for p, k in earlier if k.startswith("country/") and p.kind != "description"}
    if words[0] == "kingdom":  # a republic named beside it is no kingdom
        kin = {k for k in kin if k.removeprefix("country/") in KINGDOMS}
    if kin != {key}:
        return None  # another country named before: which one's, the story leaves open
    return next((p.entry for p, k in earlier if k == key and p.entry is not None), None)


def the_countrys_body(
    state: CorefState, m: Mention, earlier: list[tuple[Mention, str]]
) -> str | None:
    """The body "the country's central bank" or "the nation's electoral commission"
    names: that country's own body of the kind, called as "Kenya's central bank" is
    ("Kenya central bank"), when "the country" refers back to one country alone; None
    for a body the country has many of ("the country's biggest bank", "the country's
    banks")."""
    owner, _, kind = m.text.replace("’", "'").partition("'s ")
    words = kind.split()
    if owner.lower() not in COUNTRY_ANAPHORA or not words or not all(w.islower() for w in words):
        return None
    if not (named_by_kind(words) or (len(words) > 1 and owned_kind(words))):
        return None
    if state.doc[m.end - 1].dep_ in {"compound", "nmod", "amod"}:
        return None  # "the country's bank lending margins": a modifier, not the body
    country = owning_country(state.doc, owner, earlier)
    if country is None:
        return None
    name = f"{country.name} {kind}"
    return state.register(Entry(f"org/{slug(name)}", "Organization", name))
