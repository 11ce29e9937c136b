"""Agent nouns a country qualifies act for that country, not as a group of their own.

"lawmakers" and "legislators" are both agent nouns (people who act for a country or
body, :data:`~kg.language.lexicon.AGENT_NOUNS`) and generic groups (unnamed
"lawmakers" are a group of their article). Qualified by a country - "Ukrainian
lawmakers", "Peru's legislators", "lawmakers in Chile", "legislators from Peru" - they
are that country's legislature acting, as "Greek diplomats" are Greece; qualified by
anything else - "Republican lawmakers", "opposition legislators", "Labour lawmakers
in Peru" - they stay a group of their own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.body_people import body_people
from kg.language.body_words import FIRM_NOUNS
from kg.language.communities import community_possessor
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import (
    ACTING_FOR_OWNER,
    AGENT_NOUNS,
    FIGHTER_NOUNS,
    GENERIC_GROUP_NOUNS,
    GROUP_MODIFIERS,
    listed_words,
)
from kg.language.names import POSSESSIVE_ENDINGS
from kg.language.sanctioned import sanctioned
from kg.language.seated_rulers import seated_ruler

# Nouns that are both, and a legislature's members of no group unnamed ("senators said"
# is some people): the only ones a country's qualifier turns into that country ("Slovak
# deputies", "Chilean senators", "senators from Peru"; not "Conservative deputies").
# ("Estonian MPs" stay a group of their own, as "Labour MPs" do.)
_MEMBERS_OF_PARLIAMENT = frozenset({"deputies", "senators", "congressmen"})
COUNTRY_AGENT_GROUPS = AGENT_NOUNS & GENERIC_GROUP_NOUNS | _MEMBERS_OF_PARLIAMENT
# Those who rule a country, as the ones acted on or dealt with, stand for it:
# "sanctions on Myanmar's military rulers", "a pact with Mali's junta", "aid to the
# junta in Niger" (as "Sudan's generals" do). As the ones who act or speak ("Niger's
# junta said") they stay a group of their own, as do "Niger's coup leaders", "the
# rebel rulers of X" and "Mali's former junta".
RULER_NOUNS = frozenset({"rulers", "junta", "juntas"})
_RULING_HEADS = RULER_NOUNS | frozenset({"government", "regime", "leaders", "generals"})
_RULING_MODIFIERS = listed_words("state-posts.txt")["state"]  # "military", "ruling"
_OF_A_COUNTRY = {"in", "of", "from"}


def acts_for_country(doc: Doc, start: int, tok: Token) -> bool:
    """True when ``doc[start : tok.i + 1]`` is such a noun qualified by a country
    (before it, or by "in/of/from" a country after it) and by nothing else."""
    if several_owners(doc, start, tok):
        return True  # "the military rulers of Guinea and Mali signed": each country's
    ruling = tok.lower_ in _RULING_HEADS and not _acts(tok)
    if (
        tok.lower_ not in COUNTRY_AGENT_GROUPS
        and not ruling
        and not (
            tok.lower_ in FIRM_NOUNS and sanctioned(tok)  # "sanctions on Iranian banks": Iran
        )
    ):
        return False
    before = [t for t in doc[start : tok.i] if t.text not in POSSESSIVE_ENDINGS]
    countries = 0
    for t in before:
        if group_modifier(t, tok) and not (ruling and t.lower_ in _RULING_MODIFIERS):
            return False  # "Peruvian opposition lawmakers" are not Peru
        if ruling and t.lower_ == "former":
            return False  # "Mali's former junta" rules no more
        if t.pos_ == "PROPN" or t.ent_type_ or gazetteer().demonym(t.text) is not None:
            if not _country(t):
                return False  # "Republican lawmakers", "US Democratic lawmakers"
            countries += 1
    if countries:
        return True
    if before and any(t.pos_ not in {"ADJ", "DET"} for t in before):
        return False  # "gun-control lawmakers in Peru": a kind of lawmaker
    return of_a_country(tok)


def several_owners(doc: Doc, start: int, tok: Token) -> bool:
    """ "The military rulers of Guinea and Mali", "the military leaders of A, B and C": a
    plural post or ruling group "of" two or more countries, with no word before it but
    those that make it a state's own, is each country's (as "the foreign ministers of A
    and B" are), no one group, whether it acts or is acted on; "the rebel leaders of
    Mali and Niger" stay a group."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return False
    if any(t.pos_ != "DET" and t.lower_ not in _RULING_MODIFIERS for t in doc[start : tok.i]):
        return False
    owners = [o for p in tok.rights if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return (
        len(owners) == 1
        and len(owners[0].conjuncts) >= 1
        and all(_country(c) for c in (owners[0], *owners[0].conjuncts))
    )


def group_modifier(t: Token, head: Token) -> bool:
    """Whether ``t`` makes ``head`` a group of its own ("rebel forces", "armed groups",
    "opposition lawmakers"); "armed" before "forces" is a state's ("Ethiopia's armed
    forces", "the armed forces of Peru")."""
    return t.lower_ in GROUP_MODIFIERS and not (
        t.lower_ == "armed" and head.lower_ == "forces" and t.i + 1 == head.i
    )


def _acts(tok: Token) -> bool:
    """Whether ``tok`` is the one who acts: the subject ("Niger's junta said", "X and
    Mali's junta signed") or the agent of a passive ("was condemned by Mali's junta")."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ in {"nsubj", "csubj"}:
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


# A state's services act for it only after a word of their kind: "Russian security
# services detained X", "Britain's secret services" (not "British financial services";
# one "Russian security service" is a body of its own, :mod:`kg.language.state_bodies`).
_SERVICE_KINDS = frozenset({"security", "intelligence", "secret"})


# A state's units likewise, after a word of armed force: "Sudanese army units clashed
# with X", "Indian border units" (not "HSBC's Chinese unit", a firm's); its battalions,
# brigades, regiments, cavalry and garrisons with none ("two Iraqi brigades attacked X",
# "driven from the town by Russian cavalry"; not an offensive, an act: "defended Russia's
# Ukraine offensive" is no stand for Ukraine).
_UNIT_KINDS = frozenset(
    """army military police border naval navy air artillery infantry armoured armored tank
    commando paratrooper special security elite frontline combat""".split()
)
ARMED_BODIES = frozenset(
    """battalion battalions brigade brigades regiment regiments cavalry infantry garrison
    garrisons""".split()
)


def security_service(tok: Token) -> bool:
    """True for "security services", "intelligence services", "army units", "brigades":
    an agent noun."""
    kinds = {"services": _SERVICE_KINDS, "units": _UNIT_KINDS, "unit": _UNIT_KINDS}
    return tok.lower_ in ARMED_BODIES or any(
        c.lower_ in kinds.get(tok.lower_, ()) for c in tok.lefts
    )


def of_a_country(tok: Token) -> bool:
    """True when "in/of/from" a country follows ``tok``: "lawmakers in Peru", "the army
    of Sudan"; "officials and lawmakers from Peru" (the phrase hangs on the first);
    "lawmakers in Lima", the capital they legislate in. Not "gunmen in Mali": armed men
    only fight there."""
    heads = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    places = _OF_A_COUNTRY - {"in"} if tok.lower_ in FIGHTER_NOUNS else _OF_A_COUNTRY
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in places
        and prep.i > tok.i
        and (_country(obj) or (prep.lower_ == "in" and seated_ruler(head) and _capital(obj)))
        for head in heads
        for prep in head.children
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _country(t: Token) -> bool:
    """A token of a country's name or demonym ("Peru", "Peruvian", "South Korea")."""
    gz = gazetteer()
    dem = gz.demonym(t.text)
    if dem is not None:
        return dem.type == "Country"
    if t.ent_type_ != "GPE":
        return False
    name = _entity_text(t)
    entry = gz.lookup(name)
    return entry is not None and entry.type == "Country"


def _capital(t: Token) -> bool:
    """A token of the name of a country's capital or seat of power ("Lima")."""
    entry = gazetteer().metonym(_entity_text(t))
    return entry is not None and entry.type == "Country"


def _entity_text(t: Token) -> str:
    doc = t.doc
    lo = t.i
    while lo > 0 and doc[lo].ent_iob_ == "I":
        lo -= 1
    hi = t.i + 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    return doc[lo:hi].text


# Whom any owner acts through ("Ali Sow's agents", "the president's envoy", "Peru's
# lawmakers"), and besides, whom a country acts through: "Iran's diplomats",
# "Mali's authorities", "Russia's leaders" (not "Ann Lee's officials", a person's staff;
# nor "England's team" or "Iran's members").
_OWNERS_AGENTS = ACTING_FOR_OWNER | COUNTRY_AGENT_GROUPS
_STATE_AGENTS = frozenset(
    """
    officials diplomats leaders authorities ministers commanders officers prosecutors
    government administration regime military army navy guards coastguards
    ministries parliaments embassies legislatures cabinets
    """.split()
)


def acts_for_owner(noun: Token, possessor: Token, owner: str) -> bool:
    """Whether the owner (an actor key) of ``possessor``, a possessive before ``noun``,
    acts through it: "Ali Sow's agents", "Peru's lawmakers", "Iran's diplomats",
    "Russian security services". A relative "whose" describes its country's standing
    ("Russia, whose leaders have long called for X", as "whose president has")."""
    low = noun.lower_
    return (
        low in _OWNERS_AGENTS
        # "Hamas's fighters", "the ELN's rebels": a movement's own men (not a country's
        # rebels, nor a person's)
        or (low in FIGHTER_NOUNS and owner.startswith(("org/", "group/")))
        or security_service(noun)
        or body_people(noun)  # "the WHO's team"
        or community_possessor(noun, possessor)  # "the Kurds' leaders"
        or (
            owner.startswith("country/")
            and (low in _STATE_AGENTS or low in RULER_NOUNS)
            and possessor.tag_ != "WP$"
        )
    )


def backer_word(word: Token) -> bool:
    """ "UN" in "UN-backed forces", "US" in "US-led troops": the word before the hyphen
    of a participle, who backs or leads those the noun names, not one of them."""
    doc = word.doc
    return (
        word.i + 2 < len(doc)
        and doc[word.i + 1].text == "-"
        and not (word.whitespace_ or doc[word.i + 1].whitespace_)
        and doc[word.i + 2].tag_ == "VBN"
    )


# the heads of the names of a state's own departments ("the defence ministry")
_DEPARTMENT_HEADS = frozenset({"ministry", "department", "office"})


def body_owner(token: Token, head: Token) -> bool:
    """ "French defence ministry officials": the demonym says whose ministry it is, and
    the officials act for the ministry, not for a second party beside it ("British SAS
    soldiers" still act for Britain: a unit is no department)."""
    if token.ent_type_ != "NORP" or token.i + 1 >= len(token.doc):
        return False
    body = token.nbor(1)
    if body.ent_type_ != "ORG" or body.ent_iob_ != "B":
        return False
    end = body.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    span = token.doc[body.i : end]
    return span[-1].lower_ in _DEPARTMENT_HEADS and span.root.head == head
