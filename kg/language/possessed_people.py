"""A person named by a surname alone right after a country's possessive: "Egypt's
Sisi met Kenya's Ruto", "talks with Turkey's Fidan". The small model leaves such a
word untagged or takes it for a place (a GPE it does not know), so the person is
lost or becomes a country with no codes.

The name is one or two capitalised proper nouns after "<country>'s", the head of
its phrase (not "Nigeria's Borno state", "Russia's Siberian coast"), no title, no
name the gazetteer or the place list knows ("Russia's Chechnya", "China's
Xinjiang") and no word the story writes in lower case. A name the model tags as an
organisation is left alone ("Germany's Siemens", "France's Peugeot" are firms),
unless it meets someone as only people do: "Egypt's Sisi met Kenya's Ruto", "spoke
with Chile's Boric" (a firm holds talks, but is not met or phoned), or it is given a
post: "Peru's Ana Quispe, the trade minister, said", "elected Kenya's Otieno Kamau
as council president", "named Chad's Idris Kodi its envoy" (a firm is not).
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.language.body_words import FIRM_SUFFIXES
from kg.language.gazetteer import gazetteer
from kg.language.given_names import given_names
from kg.language.lexicon import TITLE_WORDS
from kg.language.names import POSSESSIVE_ENDINGS, is_role_word
from kg.language.places import places
from kg.language.token_table import tokens_with

_POSSESSIVE = frozenset(map(get_string_id, POSSESSIVE_ENDINGS))
# What the model may take such a name for: an unknown place, or nothing.
_MISREAD = frozenset({"GPE", "NORP", "LOC"})
# Meetings only people have: a firm holds talks and negotiates, but is not met or phoned.
_PEOPLE_MEET = frozenset("meet phone telephone greet dine confer speak".split())
_MOST = 2  # words of a surname-led name ("Wang Yi")


def possessed_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the names right after a country's possessive made people."""
    ends = {s.end: s for s in spans}
    at = {s.start: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    lowered: set[str] | None = None
    for i in tokens_with(doc, ORTH, _POSSESSIVE):
        owner = ends.get(i)
        if owner is None or owner.label_ != "GPE" or not gazetteer().is_country(owner.text):
            continue
        end = _name_end(doc, i + 1)
        if end is None:
            continue
        name = doc[i + 1 : end]
        if gazetteer().lookup(name.text) is not None or places().is_place(name.text):
            continue
        if lowered is None:
            lowered = {t.text for t in doc if t.is_lower}  # (once, for a candidate)
        if any(t.lower_ in lowered for t in name):
            continue  # "Britain's Labour" beside "labour costs": a word
        span = at.get(i + 1)
        person = _meets(name.root) or given_a_post(name.root)
        misread = _MISREAD | {"ORG"} if person else _MISREAD
        if span is not None and span.end == end and span.label_ in misread:
            out[out.index(span)] = Span(doc, i + 1, end, label="PERSON")
        elif not taken.intersection(range(i + 1, end)):
            out.append(Span(doc, i + 1, end, label="PERSON"))
    return out


def _name_end(doc: Doc, start: int) -> int | None:
    """The end of the name from ``start``, when it is a short proper name that heads
    its phrase."""
    end = start
    while end < len(doc) and end - start < _MOST + 1:
        t = doc[end]
        if not (t.is_alpha and t.is_title and t.pos_ == "PROPN"):
            break
        if t.lower_ in TITLE_WORDS or is_role_word(t.text):
            return None  # "Iran's Supreme Leader", "Britain's Chancellor"
        end += 1
    if end == start or end - start > _MOST:
        return None
    if end < len(doc) and (
        doc[end].pos_ in {"NOUN", "PROPN", "NUM"} or doc[end].text in POSSESSIVE_ENDINGS
    ):
        return None  # "Pakistan's Sindh province", "Spain's Davis Cup"
    head = doc[end - 1]
    if head.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}:
        return None
    return end


def _meets(root: Token) -> bool:
    """Whether the name is one who meets, or is met, as only people are."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "with":
        head = head.head  # "met with", "spoke with"
    elif root.dep_ not in {"nsubj", "dobj"}:
        return False
    return head.pos_ == "VERB" and head.lemma_ in _PEOPLE_MEET


def given_a_post(root: Token) -> bool:
    """Whether the name is given a post: a post in apposition ("X, the trade
    minister,"), or a post its verb makes it ("elected X as council president",
    "named X its envoy"). Not a firm's name, whose last word ends firms' names
    (``body_words.FIRM_SUFFIXES``: "hired Britain's Rhein Capital as its adviser",
    "Vornholt Partners, the fund's manager,"), unless a given name opens it ("named
    Britain's David Mills its envoy")."""
    if _firm_name(root):
        return False
    if any(c.dep_ == "appos" and _a_post(c) for c in root.children):
        return True
    if root.dep_ not in {"dobj", "nsubjpass", "oprd"}:
        return False
    verb = root.head
    complements = [c for c in verb.children if c.i > root.i and c.dep_ in {"oprd", "attr"}]
    for prep in (c for t in (verb, root) for c in t.children if c.i > root.i):
        if prep.dep_ == "prep" and prep.lower_ == "as":
            complements += [o for o in prep.children if o.dep_ == "pobj"]
    return any(_a_post(c) for c in complements)


def _firm_name(root: Token) -> bool:
    """ "Rhein Capital", "Ostara Holdings", "Delmar AG": a name ending in a word that
    ends firms' names, its first word no given name ("David Mills" is a person)."""
    if root.text.rstrip(".").lower() not in FIRM_SUFFIXES:
        return False
    first = next((c for c in root.lefts if c.dep_ == "compound"), None)
    return first is None or first.lower_ not in given_names()


def _a_post(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lower_ in TITLE_WORDS
