"""Groups named by what they are: "the coup leaders", "military rulers", "rebel
commanders", "the junta", "the Libyan opposition", "the military" (of no country
named). Each is an unnamed group of its article, no country's: "the Russian
military" and "the army of Sudan" act for their countries
(:mod:`kg.language.country_agents`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.language.country_agents import group_modifier, of_a_country
from kg.language.coup_forces import COUP_FORCES, staged_a_coup_before, stages_a_coup
from kg.language.gazetteer import gazetteer
from kg.language.glued_groups import movement, prefix_end
from kg.language.lexicon import (
    AGENT_NOUNS,
    DESCRIBED_GROUP_NOUNS,
    FIGHTER_NOUNS,
    FORCE_KIND_MODIFIERS,
    FORCE_PLURALS,
    GENERIC_GROUP_NOUNS,
    GROUP_MODIFIERS,
    GROUP_SINGULARS,
    QUALIFIED_GROUP_SINGULARS,
    QUANTIFIERS,
    RELATIONAL_NOUNS,
)
from kg.language.mention_record import Mention
from kg.language.names import POSSESSIVE_ENDINGS
from kg.language.places import places

_SINGULAR_FORCES = frozenset({"military", "army", "junta"})
UNNAMED_FORCES = _SINGULAR_FORCES | FORCE_PLURALS  # (an unnamed group of its article)
_RULING_NOUNS = frozenset({"administration", "government", "regime", "authorities", "council"})
_PLURAL_HEADS = DESCRIBED_GROUP_NOUNS | GENERIC_GROUP_NOUNS | AGENT_NOUNS | _RULING_NOUNS
# Every word :func:`described_group` can accept as the head of a group.
GROUP_HEADS = GROUP_SINGULARS | QUALIFIED_GROUP_SINGULARS | UNNAMED_FORCES | _PLURAL_HEADS


def described_group(doc: Doc, start: int, tok: Token) -> bool:
    """ "the coup leaders", "military rulers", "rebel commanders", "the junta": people
    acting together, named by what they are (an unnamed group of the article)."""
    low = tok.lower_
    if low in GROUP_SINGULARS:
        return tok.dep_ != "compound"
    if low in COUP_FORCES and (stages_a_coup(tok) or staged_a_coup_before(tok, start)):
        return True  # "Guinea's army ousted President X": no act of Guinea's
    if low == "opposition" and any(c.lower_ == "to" for c in tok.children):
        return False  # "France's opposition to the war": a stand, not a group
    if low == "militia" and named_militia(doc, start, tok):
        return True  # "the Kebro militia", "Kebro militia positions"
    if low in QUALIFIED_GROUP_SINGULARS and (tok.dep_ != "compound" or _leads_it(tok)):
        # "the Libyan opposition", "Chad's main rebel group": one country's
        # opposition is no actor for that country (and the bare "opposition" of a
        # story about one parliament is left alone)
        words = doc[start : tok.i]
        country = any(
            gazetteer().demonym(t.text) is not None or t.ent_type_ in {"GPE", "NORP"} for t in words
        )
        if tok.dep_ == "compound":  # "Tory opposition leader": a party's, as before
            country = any(_a_country(t) for t in words)
        return country and (low == "opposition" or any(t.lower_ in GROUP_MODIFIERS for t in words))
    if low in _SINGULAR_FORCES:  # "the military said", not "the Russian military"
        words = doc[start : tok.i]
        return (
            tok.dep_ != "compound"
            and start > 0
            and doc[start - 1].lower_ == "the"
            and not any(t.pos_ == "PROPN" or t.ent_type_ for t in words)
            and not of_a_country(tok)  # "the army of Sudan" is Sudan's
        )
    if low in FORCE_PLURALS and tok.tag_ in {"NNS", "NNPS"} and _unnamed_force(doc, start, tok):
        return True
    if low == "authorities" and place_authorities(doc, start, tok):
        return True  # "the Donetsk authorities"
    if low in _RULING_NOUNS:  # "the military administration", "the ruling council"
        return any(t.lower_ in GROUP_MODIFIERS for t in doc[start : tok.i])
    if tok.tag_ not in {"NNS", "NNPS"} or low in RELATIONAL_NOUNS:
        return False
    if any(c.lower_ == "other" for c in tok.children):
        return False  # "other military leaders": more of someone already named
    if low not in _PLURAL_HEADS:
        return False
    return any(group_modifier(t, tok) for t in doc[start : tok.i])


def named_militia(doc: Doc, start: int, tok: Token) -> bool:
    """ "the Kebro militia", "Kurdish militia positions": a militia named by one
    capitalised word of no country ("a Somali militia" is some militia, "the
    country's militia" none), a group of its own."""
    words = doc[start : tok.i]
    if tok.tag_ != "NN" or len(words) != 1 or not words[0].is_title:
        return False
    if words[0].is_sent_start and not (words[0].pos_ == "PROPN" or words[0].ent_type_):
        return False  # "Local militia attacked ..."
    gz = gazetteer()
    entry = gz.demonym(words[0].text) or gz.lookup(words[0].text)
    return entry is None or entry.type != "Country"


def militia_men(doc: Doc, start: int, tok: Token) -> bool:
    """ "Kebro militia fighters": the men of a named militia, who are the militia."""
    return (
        tok.lower_ in FIGHTER_NOUNS
        and tok.i - 1 > start
        and doc[tok.i - 1].lower_ == "militia"
        and named_militia(doc, start, doc[tok.i - 1])
    )


def place_authorities(doc: Doc, start: int, tok: Token) -> bool:
    """ "the Donetsk authorities", "Gaza's authorities": those who govern a named city
    or region act as a group of their own (a country's are the country; a capital's,
    "the Beijing authorities", are left to the country it stands for)."""
    words = [t for t in doc[start : tok.i] if t.text not in POSSESSIVE_ENDINGS]
    if tok.tag_ != "NNS" or not words or len(words) > 3:
        return False
    if not all(t.pos_ == "PROPN" and t.ent_type_ in {"GPE", "LOC", ""} for t in words):
        return False
    name = " ".join(t.text for t in words)
    gz = gazetteer()
    return places().lookup(name) is not None and gz.metonym(name) is None and not gz.lookup(name)


def _leads_it(tok: Token) -> bool:
    """ "the Ugandan opposition leader", "Belarus's opposition figure": a post in the
    opposition the words before name (not "opposition MPs", some such people)."""
    return tok.lower_ == "opposition" and tok.head.lower_ in _OPPOSITION_POSTS


_OPPOSITION_POSTS = frozenset({"leader", "leaders", "chief", "figure", "figures", "head"})


def _unnamed_force(doc: Doc, start: int, tok: Token) -> bool:
    """ "Troops attacked ...", "Police arrested X", "security forces": a state's forces
    of no country named, an unnamed group of the article; not "Chile's troops",
    "US soldiers" or "the troops of Peru" (:mod:`kg.language.country_agents`), nor
    "market forces"."""
    words = [t for t in doc[start : tok.i] if not (t.like_num or t.lower_ in QUANTIFIERS)]
    if tok.lower_ == "forces" and not words:
        return False
    head = tok
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    # who acts ("Troops attacked", "was arrested by police"), not what is moved or
    # given ("sent troops to", "supplied weapons and troops")
    acting = head.dep_ in {"nsubj", "nsubjpass"} or (
        head.dep_ == "pobj" and head.head.lower_ == "by"
    )
    return (
        acting
        and tok.dep_ != "compound"
        and all(t.lower_ in FORCE_KIND_MODIFIERS for t in words)
        and not any(c.dep_ == "poss" or c.lower_ == "other" for c in tok.children)
        and not of_a_country(tok)
        # (the story read whole last:) a story that names its force ("Tayside
        # Police") speaks of that force, no other
        and not any(t.lower_ == tok.lower_ and t.is_title and not t.is_sent_start for t in doc)
        and not _a_countrys_forces(doc)
    )


def _a_countrys_forces(doc: Doc) -> bool:
    """The story names a country's forces ("Chilean troops", "Kenya's police", "the
    army of Sudan"): its unnamed troops or police are likely that country's, no
    group of their own."""
    return any(
        of_a_country(t)
        or any(_a_country(c) for c in t.children if c.dep_ in {"amod", "compound", "poss", "nmod"})
        for t in doc
        if t.lower_ in FORCE_PLURALS | _SINGULAR_FORCES
    )


def _a_country(t: Token) -> bool:
    """ "Chilean", "Kenya": a country's demonym or name."""
    gz = gazetteer()
    entry = gz.demonym(t.text) or (gz.lookup(t.text) if t.ent_type_ == "GPE" else None)
    return entry is not None and entry.type == "Country"


def bare_reference(doc: Doc, start: int, tok: Token) -> bool:
    """ "the group", "the 12-member group": a body's word with no name or owner
    before it, which may refer back to a body named before (not "the Labour group"
    nor "BMW's group chief executive", groups of their own). "The community" only
    as it stands: "the international (local, business) community" is no body."""
    if tok.lower_ in _THE_ONLY and any(t.lower_ != "the" for t in doc[start : tok.i]):
        return False
    return not any(t.pos_ == "PROPN" or t.text in POSSESSIVE_ENDINGS for t in doc[start : tok.i])


# Bodies' words that refer back with nothing but "the" before them ("the community" may
# be the Caribbean Community named before; any word before it makes people of a kind).
_THE_ONLY = frozenset({"community"})


def fighters_of_a_body(doc: Doc, start: int, tok: Token) -> bool:
    """ "Hamas fighters", "twenty MRTA guerrillas": armed men named by one body
    alone (an organisation's name, no country, party or place), who are that body.
    A name that is also a place's stays with its men: "the Kachin rebels" (the model
    may tag "Kachin" a body) are a group, as "the Aceh rebels" are."""
    if tok.lower_ not in FIGHTER_NOUNS:
        return False
    cut = prefix_end(doc, start, tok.i)  # "Palestinian Hamas militants": Hamas's
    if cut == tok.i or doc[cut].ent_iob_ != "I":  # (not "Afghan Taliban", listed whole)
        start = cut
    words = [t for t in doc[start : tok.i] if not t.like_num and t.text != "-"]
    listed = bool(words) and movement(gazetteer(), doc, words[0].i, words[-1].i + 1)
    return (
        bool(words)
        and all(t.ent_type_ == "ORG" for t in words)
        and words[0].ent_iob_ == "B"
        and (tok.i == words[-1].i + 1)
        and (words[-1].i + 1 >= len(doc) or doc[words[-1].i + 1].ent_iob_ != "I")
        and (gazetteer().demonym(words[0].text) is None or listed)
        and places().lookup(" ".join(t.text for t in words)) is None
    )


def armed_antecedent(
    doc: Doc, mentions: list[Mention], linked: dict[int, str], m: Mention
) -> str | None:
    """ "the rebels" after one armed group named by the same word ("Kestrel rebels",
    "Chechen rebels") is that group, not a group of its own; none when two such groups
    are named before ("X rebels ... Y rebels"), or the word was never qualified. With
    no group named by the same word, one group (no state) named by another word of
    fighters is it ("Kestrel fighters shelled ... The rebels").
    """
    head = m.text.lower()
    if head not in FIGHTER_NOUNS or m.start == 0 or doc[m.start - 1].lower_ != "the":
        return None
    keys, others = set(), set()
    for p in mentions[: m.id]:
        key = linked.get(p.id)
        if key is None:
            continue
        after = doc[p.end].lower_ if p.end < len(doc) else ""
        last = doc[p.end - 1].lower_ if p.end - p.start > 1 else ""
        if head in {after, last}:
            keys.add(key)
        elif ({after, last} & _INSURGENTS) and head in _INSURGENTS:
            others.add(key)
    if not keys and not any(k.startswith("country/") for k in others):
        keys = others
    return keys.pop() if len(keys) == 1 else None


# Fighters of a group that is no state's army: "the rebels" may be "X fighters".
_INSURGENTS = frozenset("rebels insurgents militants fighters guerrillas militiamen".split())
