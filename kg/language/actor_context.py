"""What an article's context says about its names: whether a capital acts for its
government, which countries the article is about, and which names are places.

* :func:`acts`: "Beijing said", "Downing Street denied" - a capital or seat of
  government stands for its government only as a speaker or actor, never by
  being visited or mentioned ("flew to Beijing", "London mayor", nor before a
  noun of a town's, "London's media", :mod:`kg.language.town_nouns`); a seat of
  government before a title is the government's ("Kremlin spokesman X");
* :func:`article_countries`: the countries an article is about, the context an
  ambiguous party name needs ("Labour" is the British party only in a story
  about Britain);
* :func:`is_place`: cities, regions and landmarks are places, however the small
  model typed them ("Leicester" as a country, "Wadi Rum" as a person);
* :func:`nationality_of_a_firm`: "a US firm", "a Chinese car maker", "a Danish
  and a Greek company": the country only says where an unnamed firm is from;
* :func:`only_qualifies`: that, or a word of a people's name ("Kosovo Albanian
  villages", :mod:`kg.language.peoples`).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

import numpy
from spacy.attrs import DEP, HEAD
from spacy.strings import get_string_id
from spacy.tokens import Doc

from kg.language.body_words import FIRM_NOUNS, STATE_BANK_WORDS
from kg.language.event_words import MEDIA_NAMES, SPEECH_VERBS
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import LOCATIVE_PREPS, PLACE_KIND_NOUNS, TITLE_WORDS
from kg.language.mentions import Mention
from kg.language.names import clean_name
from kg.language.peoples import people_within
from kg.language.places import places
from kg.language.sanctioned import sanctioned
from kg.language.town_firms import town_firm
from kg.language.town_nouns import town_noun

_PLACE_PRONE = {"person", "org", "country", "group", "place"}
_TITLED = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "Baroness", "Baron", "Dame",
           "Senator", "Sen", "Professor", "Prof", "President", "Minister"}  # fmt: skip
_MODIFIER_DEPS = {"compound", "nmod", "amod", "npadvmod"}


def acts(doc: Doc, m: Mention) -> bool:
    """A capital or seat of government stands for its government as an argument
    ("Beijing said", "Downing Street denied", "talks with Moscow"), not as the
    town a person's title names ("London mayor X", "a Tokyo councillor"). (A
    capital named as a location, "in London", is a place already, see
    :func:`kg.language.mentions.is_locative`; whether a visit to a capital is a
    visit to its country is the visit extractor's call.)"""
    root = doc[m.start : m.end].root
    head = root.head
    titled = head.lower_ in TITLE_WORDS or head.ent_type_ == "PERSON"
    owned = root.dep_ in _MODIFIER_DEPS | {"poss"} and head.i != root.i and head.i >= m.end
    if owned and town_noun(head) and _a_town(m, {"city", "region"}):
        return False  # "London's media", "Moscow's mayor", "Berlin taxi drivers"
    return not (root.dep_ in _MODIFIER_DEPS and head.i != root.i and titled and _a_town(m))


def _a_town(m: Mention, kinds: AbstractSet[str] = frozenset({"city"})) -> bool:
    """A capital names a town of the country it stands for ("London mayor X"); a
    seat of government names none, so its title is the government's ("Kremlin
    spokesman X", "White House chief of staff X", "Downing Street spokesman X").
    (Casablanca is also called the White House: a town, but of another country.)"""
    place = places().lookup(clean_name(m.text))
    return (
        place is not None
        and place.kind in kinds  # (a city that is a region too: "Tokyo", "Berlin")
        and (m.entry is None or place.country == m.entry.iso3)
    )


def article_countries(mentions: list[Mention]) -> set[str]:
    """The countries an article is about: those its unambiguous names point to
    (countries, demonyms, capitals, cities, national parties and bodies) at least
    half as often as to the country it names most, and one that two different
    ambiguous names agree on ("Labour ... the Tories")."""
    counts: dict[str, int] = {}
    ambiguous: dict[str, set[str]] = {}
    for m in mentions:
        e = m.entry
        if e is None:
            place = places().lookup(clean_name(m.text)) if m.kind == "place" else None
            if place is not None and place.country:  # "Nottingham": an English story
                counts[place.country] = counts.get(place.country, 0) + 1
            elif (home := _home_country(m)) is not None:  # "Reform UK": a British body
                counts[home] = counts.get(home, 0) + 1
            continue
        country = e.iso3 if e.type == "Country" else e.country
        if country and e.contextual:
            ambiguous.setdefault(country, set()).add(e.key)
        elif country:
            counts[country] = counts.get(country, 0) + 1
    top = max(counts.values(), default=0)
    found = {c for c, n in counts.items() if 2 * n >= top}
    return found | {c for c, keys in ambiguous.items() if len(keys) >= 2}


def _home_country(m: Mention) -> str | None:
    """The country whose name ends an organisation's ("Reform UK", "Vodafone UK"):
    a national body or a firm's national arm."""
    words = clean_name(m.text).split()
    if m.kind != "org" or len(words) < 2:
        return None
    entry = gazetteer().lookup(words[-1])
    return entry.iso3 if entry is not None and entry.type == "Country" else None


def place_mentions(doc: Doc, mentions: list[Mention]) -> set[int]:
    """The ids of the mentions that name places (:func:`is_place`)."""
    appositions = _appositions(doc)
    return {m.id for m in mentions if is_place(doc, m, mentions, appositions)}


# Nouns for buildings and sites a name before them names: "Waterloo station".
_FACILITIES = frozenset(
    """station airport hotel hospital stadium prison jail port bridge street road
    square park palace cathedral mosque church temple barracks memorial monument
    mausoleum cemetery shrine museum airfield""".split()
)


def is_place(
    doc: Doc, m: Mention, mentions: list[Mention], appositions: AbstractSet[int] | None = None
) -> bool:
    """A city, region, street or landmark, however the model typed it
    ("Leicester" as a country, "Wadi Rum" as a person, "Dorset" as a body).
    ``appositions``: the document's appositions and the tokens they stand beside,
    when known (a name with none of them is described by none). Not a firm named
    after its town ("the Chester" after "Chester Building Society"), asked last: it
    walks the article's mentions, the place tests do not (both only say no)."""
    return _place_named(doc, m, mentions, appositions) and not town_firm(doc, m, mentions)


def _place_named(
    doc: Doc, m: Mention, mentions: list[Mention], appositions: AbstractSet[int] | None
) -> bool:
    if m.entry is not None or m.metonym or m.kind not in _PLACE_PRONE:
        return False
    if (appositions is None or not appositions.isdisjoint(range(m.start, m.end))) and (
        _described_as_place(doc, m)
    ):
        return True  # "Tal Ruma, a village in the north", gazetteer or not
    if _named_by_place_noun(doc, m):
        return True  # "the eastern town of Bunagana", gazetteer or not
    last = doc[m.end - 1]
    if last.dep_ == "compound" and last.head.i == m.end and last.head.lower_ in _FACILITIES:
        return True  # "London's King Cross station", "the Ritz hotel": the place it names
    name = clean_name(m.text)
    place = places().lookup(name) if name not in MEDIA_NAMES else None
    if place is None:
        return False  # (nor is a standing news organisation: "Xinhua", a town's name too)
    head = doc[m.end - 1]
    if m.kind == "group" and head.pos_ == "NOUN" and not head.ent_type_:
        return False  # "Police arrested X": the common noun, not the Polish town
    people = [clean_name(o.text).split() for o in mentions if o.kind == "person" and o.id != m.id]
    if any(name in words for words in people if len(words) > 1):
        return False  # "Reyes" after "Tomas Reyes": the person, whatever the town
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.is_lower:
        return False  # "the newspaper Taifa", "the party Vale": a body named after a town
    root = doc[m.start : m.end].root
    if place.kind == "landmark" and root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS:
        return False  # "Ivo Tower said": no building speaks
    if m.kind != "person" or place.kind == "district":
        return True  # "Leeds North East": no one's name
    if place.kind == "landmark":
        words = name.split()
        if words[0] in places().first_words:
            return True  # "Wadi Rum"; not "Barbara Castle"
        # "in Parliament's Elizabeth Tower"; not "Ann Tower, a spokeswoman for the bank"
        described = appositions is None or not appositions.isdisjoint(range(m.start, m.end))
        return words[-1] in places().building_words and not described
    titled = m.start > 0 and doc[m.start - 1].text.rstrip(".") in _TITLED
    if place.kind == "region" and " " not in name and not titled:
        return True  # a region is rarely a surname ("Baroness Orland" is one)
    # Many surnames are also towns ("Reading", "Marsh"): a one-word "person" is a
    # place only where a place is expected: after "in"/"to", or listed with places.
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS | {"to", "from", "for"}:
        return True
    if root.dep_ == "dobj" and root.head.lemma_ in _DONE_TO_PLACES:
        return True  # "toured Reading", "shelled a town"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in PLACE_NOUNS:
        return True  # "the city of Goma"
    others = [c for c in (*root.conjuncts,) if c.i != root.i]
    return any(places().is_place(c.text) or c.ent_type_ in {"GPE", "LOC"} for c in others)


def _named_by_place_noun(doc: Doc, m: Mention) -> bool:
    """The name follows "the (adjective) town/village/port/province of": "seized the
    eastern town of Bunagana", "the villages of Tal Ruma and Kafr Sabt" (not "the
    town's mayor of X", not "the Port of London Authority", one name)."""
    root = doc[m.start : m.end].root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "the villages of X and Y": Y as X
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.i + 1 > m.start:
        return False
    noun = of.head
    return (
        noun.i < of.i
        and noun.lemma_.lower() in PLACE_KIND_NOUNS
        and noun.tag_ in {"NN", "NNS"}
        and noun.is_lower
        and not any(c.dep_ == "poss" for c in noun.children)
    )


def _described_as_place(doc: Doc, m: Mention) -> bool:
    """The name's own apposition says it is a place: "X, a revered shrine in the
    west", "X, the small town where he was born" (not "X, the town's mayor")."""
    root = doc[m.start : m.end].root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if root.dep_ == "appos" and root.head.i < root.i:
        nouns.append(root.head)  # "the village, Tal Ruma,"
    return any(
        n.lemma_.lower() in PLACE_KIND_NOUNS
        and n.tag_ in {"NN", "NNS"}
        and not any(c.dep_ == "poss" for c in n.children)
        for n in nouns
    )


def _appositions(doc: Doc) -> frozenset[int]:
    """The tokens of ``doc`` in apposition and those they stand beside, from the
    document's arrays (finding a name's root and its children makes a Span and
    new Tokens, for each name of the article)."""
    if not len(doc):
        return frozenset()
    array = doc.to_array([DEP, HEAD]).astype(numpy.int64)  # (a head's offset is signed)
    found = numpy.flatnonzero(array[:, 0] == _APPOS)
    return frozenset(found.tolist()) | frozenset((found + array[found, 1]).tolist())


_APPOS = get_string_id("appos")
# What is done to places rather than people: visits, tours, bombardment, capture.
_DONE_TO_PLACES = {"visit", "tour", "shell", "bomb", "bombard", "besiege", "capture", "storm",
                   "overrun", "occupy", "liberate", "evacuate", "recapture"}  # fmt: skip
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "capital", "port",
                         "district", "county", "state", "island", "suburb", "outskirts"})  # fmt: skip


def nationality_of_a_firm(doc: Doc, m: Mention) -> bool:
    """Whether a one-word country or demonym mention only qualifies an unnamed
    firm ("A US firm said", "a Chinese car maker", "a Danish and a Greek
    company"), which makes the country no party to what the firm does."""
    if m.end - m.start != 1:
        return False
    tok = doc[m.start]
    head = tok.head
    if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
        # "a Danish and a Greek company": the coordinated noun is the firm
        head = next((c for c in tok.children if c.dep_ == "conj"), head)
        if head.lower_ in FIRM_NOUNS and not head.ent_type_:
            return True
        head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i:  # "car maker"
        head = head.head
    return (
        tok.dep_ in _MODIFIER_DEPS
        and head.lower_ in FIRM_NOUNS
        and not head.ent_type_
        and not any(c.lower_ in STATE_BANK_WORDS for c in head.children)
        and not sanctioned(head)  # "froze the assets of two Iranian banks": Iran's
    )


def only_qualifies(doc: Doc, m: Mention) -> bool:
    """Whether a country or demonym mention brings in no party: it says where an
    unnamed firm is from ("a US firm") or is one word of a people's name ("Kosovo
    Albanian villages", "the Turkish Cypriot leader")."""
    return nationality_of_a_firm(doc, m) or people_within(doc, m)
