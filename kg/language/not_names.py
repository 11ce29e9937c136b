"""Capitalised words the model takes for names of actors that name none.

* A one-word "person" after an article or a possessive: names take neither ("the
  Bill", "his Budget", "this Paper").
* A one-word "person" that is an abstract noun by its ending ("Britishness",
  "Thatcherism", "Modernisation").
* A "person" made only of titles and honorifics: "Treasurer Lord" (of "Treasurer
  Lord Ashcroft"), "Chancellor" (of "the then Lord Chancellor").
* A post written in capitals, taken for an organisation: "the MEP said"; the first
  word of a two-word rank: "Rear" of "Rear Admiral X", "Vice" of "Vice Admiral X".
* A document or fiscal event named by its kind, at most two words: "the White
  Paper", "the Green Paper", "the Budget" (a law with a name, "the Licensing Act",
  stays an agreement).
* "the State", "the welfare State": the state in general, no body of a name ("the
  State of Kelso", "the State Department" and "Secretary of State" are untouched).
* A name of no known country or body before its parties: "the main Westmark
  parties" (:mod:`kg.language.party_places`).
* A name that only qualifies a likeness or an era: "a Madrid-style bombing", "a
  Soviet-era tank" (neither Spain nor the Soviet Union takes part).
* A name of a thing: an abbreviation, a product, a common noun opening a sentence,
  a document named by its kind (:mod:`kg.language.thing_names`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.language.body_words import FIRM_NOUNS
from kg.language.glued_groups import opens_a_movement
from kg.language.kind_names import member_states
from kg.language.lexicon import HONORIFICS, PEER_TITLES, TITLE_WORDS
from kg.language.one_holders import SEE_TITLES, see_end
from kg.language.party_places import parties_place
from kg.language.ranks import RANKS, rank_words
from kg.language.thing_names import made_thing, names_a_thing

if TYPE_CHECKING:  # (the table's module reads this one's tests for its story)
    from kg.language.token_table import TokenTable

_DETERMINERS = frozenset("the this that these those his her its their our my your a an".split())
_ABSTRACT_ENDINGS = ("ness", "ism", "ity", "tion", "ment", "ship")
# Styles said before a lone name ("Pope Clement", "King Constantine"), unlike ranks
# and posts that also start the names of things ("General Election").
_NAME_STYLES = frozenset(
    "pope king queen prince princess emperor sultan emir cardinal patriarch".split()
)
# First words of two-word ranks ("Rear Admiral", "Major General", "Air Commodore").
_RANK_OPENERS = frozenset("rear vice lieutenant major brigadier air lance".split())
# Posts written as capital initials, which the model takes for organisations.
_BARE_POSTS = frozenset({"mp", "mep", "msp"})
_DOCUMENTS = frozenset({"paper", "papers", "budget", "budgets", "bill"})
_LIKENESS = frozenset({"style", "like", "type", "esque", "era", "vintage"})
_STYLES = frozenset({t.lower() for t in PEER_TITLES} | {"sir", "dame", "the", "then"})
_HONORIFIC_STYLES = _STYLES | {h.lower().rstrip(".") for h in HONORIFICS}


def names_no_actor(doc: Doc, w: TokenTable, start: int, end: int, label: str) -> bool:
    """Whether the entity ``doc[start:end]`` of ``label`` names no actor (``w``: the
    document's token table; spaCy makes a new Token at every ``doc[i]``)."""
    if names_a_thing(doc, w, start, end, label):
        return True
    # (a see's title among its words first: see_end makes a Token)
    if not SEE_TITLES.isdisjoint(w.lower[start:end]) and (
        see_end(doc, end - 1) > end or any(see_end(doc, k) == end for k in range(start, end - 2))
    ):
        return True  # "the Archbishop of York", "Grand Mufti": an office, for coreference
    if label not in {"PERSON", "ORG", "NORP", "GPE"}:
        return False
    if _staff_of_a_chief(w, start, end):
        return True  # "the Chief of the General Staff": an office, not a body "Staff"
    rank_after = end < len(w.lower) and w.lower[end] in RANKS
    if end - start == 1 and w.lower[start] in _RANK_OPENERS and rank_after:
        return True  # "Rear Admiral X": a rank, no body "Rear"
    if member_states(w.lower[start:end], w.lower[start - 1] if start else ""):
        return True  # "Member States": some body's members, not "States"
    if likeness_in(w, start, end):
        return True
    if parties_place(doc, w, start, end, label):
        return True  # "the four main Westmark parties": where they are, no actor
    if (label == "ORG" or (label == "PERSON" and end - start == 1)) and made_thing(
        doc, w, start, end
    ):
        return True
    if label == "GPE" and end - start == 1 and w.lower[start] in TITLE_WORDS:
        return True  # "the former Archbishop": a post the model took for a place
    size, last = end - start, w.lower[end - 1]
    if label == "PERSON" and all(
        word in TITLE_WORDS or word.rstrip(".") in _HONORIFIC_STYLES for word in w.lower[start:end]
    ):
        return True
    if label == "PERSON" and rank_words(w.lower[start:end]) == size:
        return True  # "Field Marshal", "Senior General": a rank alone
    if label == "ORG" and size == 1 and last in _BARE_POSTS:
        return True  # "the MEP said": a post, for coreference to resolve
    if label == "ORG" and size == 1 and last in _COMMON_WORDS and _modifies_a_noun(doc[start]):
        return True  # "House prices rose", "a State contribution": no body acts
    if label == "ORG" and size == 1 and last == "state" and _the_state(doc, start, end):
        return True  # "the size of the State": the state in general, no body of a name
    if label == "PERSON" and size == 1:
        if start > 0 and w.lower[start - 1] in _DETERMINERS:
            return True
        styled = start > 0 and w.lower[start - 1] in _NAME_STYLES  # "Pope Clement": a name
        if last.endswith(_ABSTRACT_ENDINGS) and len(w.text[end - 1]) > 6 and not styled:
            return True  # "Government said", "the General Election"
    return size <= 2 and label in {"PERSON", "ORG"} and last in _DOCUMENTS


# Words between "Chief of" and "Staff" in the title of a military office.
_STAFF_WORDS = frozenset("the general defence defense joint army naval air".split())


def _staff_of_a_chief(w: TokenTable, start: int, end: int) -> bool:
    """Whether the entity ends the title "Chief of (the General) Staff"."""
    if w.lower[end - 1] != "staff" or not _STAFF_WORDS.issuperset(w.lower[start : end - 1]):
        return False
    k = start - 1
    while k >= 0 and w.lower[k] in _STAFF_WORDS:
        k -= 1
    return k >= 1 and w.lower[k] == "of" and w.lower[k - 1] in {"chief", "chiefs", "head"}


# Capitalised common words the model takes for a body when they modify a noun.
_COMMON_WORDS = frozenset({"state", "house"})


def _the_state(doc: Doc, start: int, end: int) -> bool:
    """ "the State", "a smaller State", "the welfare State": the word after a
    determiner, an adjective or a common noun, not a state's own title ("the State of
    Kelso") nor a post's ("Secretary of State")."""
    if start == 0 or (end < len(doc) and doc[end].lower_ == "of"):
        return False
    before = doc[start - 1]
    return before.lower_ in _DETERMINERS or (before.is_lower and before.tag_ in {"JJ", "JJR", "NN"})


def _modifies_a_noun(tok: Token) -> bool:
    head = tok.head
    return tok.dep_ in {"compound", "amod", "nmod"} and head.pos_ == "NOUN" and head.is_lower


def likeness(doc: Doc, start: int, end: int) -> bool:
    """ "Madrid-style", "Soviet-era": the name only says what something is like."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and doc[end + 1].lower_ in _LIKENESS
    )


def likeness_in(w: TokenTable, start: int, end: int) -> bool:
    """:func:`likeness` read from the document's token table."""
    return (
        end + 1 < len(w.text)
        and w.text[end] == "-"
        and not w.spaced[end - 1]
        and w.lower[end + 1] in _LIKENESS
    )


def of_origin(tok: Token) -> bool:
    """A demonym that says where people come from ("from Indian and Chinese
    backgrounds", "of Kenyan descent"), names a currency ("the Australian and
    Canadian dollars"), a sea's ("the Indian ocean tsunami") or a movement's
    ("Palestinian Hamas militants"), not a country that acts."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if after in _WATERS:  # (the parser hangs "Indian" on "tsunami")
        return True
    heads = _ORIGIN_NOUNS | _CURRENCIES | _WATERS
    origin = t.dep_ in {"amod", "compound"} and t.head.lemma_.lower() in heads
    return origin or opens_a_movement(tok)


def firm_by_demonym(tok: Token) -> bool:
    """A demonym alone, as a noun, that its apposition calls a firm: "American, the
    world's largest carrier" (the airline, not the United States)."""
    bare = not any(c.dep_ == "det" for c in tok.children) and tok.tag_ not in {"NNS", "NNPS"}
    return bare and any(c.dep_ == "appos" and c.lemma_.lower() in FIRM_NOUNS for c in tok.children)


def a_currency(tok: Token) -> bool:
    """A country's name that is part of its currency's: "the US dollar"."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ in {"amod", "compound", "nmod"} and t.head.lower_ in _CURRENCIES


# Seas and lands a demonym names without its state: "the Indian ocean", "the Arabian sea".
_WATERS = frozenset({"ocean", "sea", "subcontinent", "peninsula", "gulf", "oceans", "seas"})
_ORIGIN_NOUNS = {"background", "origin", "descent", "heritage", "ancestry", "extraction",
                 "ethnicity", "birth", "parentage"}  # fmt: skip
# A currency's name, which a demonym or a country's name begins: "the Swiss franc"
_CURRENCIES = frozenset(
    """
    dollar dollars franc francs pound pounds yen peso pesos rupee rupees rouble roubles ruble
    rubles yuan renminbi won rand krona kronor krone kroner lira shekel shekels dinar dinars
    riyal riyals ringgit baht rupiah zloty forint koruna
""".split()
)
