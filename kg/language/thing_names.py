"""Names of things the model takes for names of actors.

* An abbreviation of a measure, a tax, a technology or a disease ("GDP grew",
  "the risk of TB"), or an abbreviation a story spells out in lower case
  ("foreign direct investment (FDI)"): it stands for a common noun phrase.
* A made thing: a name after "a" or "an" ("build a new Dorrit": one of a kind of
  product; "a Holm Bank spokesman" is the bank's), a name before a model code
  ("the Kessler Q7") and a brand counted in made things ("50,000 Zephyr cars").
* A common noun capitalised only because it opens a sentence ("Taxes will rise",
  "Patriots want ..."), or a generic body's noun opening a title there ("Party
  leader X said": the party's leader, whichever it is).
* An event the model takes for a person ("the Winter Olympics"), and a ship named
  after its kind ("the Argentine cruiser General Belgrano": no general).
* A document named by its kind alone ("a binding Treaty", "bad Bills").
* A nationality word alone, of a people the gazetteer gives no country ("Welsh
  households"): it qualifies, never names a body.

The words are data (``data/thing-words.txt``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.language.body_words import FIRM_NOUNS, GENERIC_BODIES, ORG_HEAD_WORDS
from kg.language.gazetteer import gazetteer
from kg.language.lexicon import TITLE_WORDS, listed_words
from kg.language.ships import after_vessel_noun

if TYPE_CHECKING:  # (the table's module reads the tests of not_names for its story)
    from kg.language.token_table import TokenTable

_OPENERS = frozenset({'"', "'", "“", "‘", "(", "-", "--"})
_INDEFINITE = frozenset({"a", "an", "another"})
_GENERIC_BODY_NOUNS = ORG_HEAD_WORDS | FIRM_NOUNS | GENERIC_BODIES


def names_a_thing(doc: Doc, w: TokenTable, start: int, end: int, label: str) -> bool:
    """Whether the entity ``doc[start:end]`` of ``label`` names a thing, not an actor
    (``w``: the document's token table)."""
    if label not in {"ORG", "PERSON", "GPE", "NORP", "LAW"} or start >= end:
        return False
    if end - start == 1:
        text = w.text[start]
        thing = (
            _lone_document(w, start)
            or (label != "NORP" and text in listed_words("thing-words.txt")["nationality"])
            or (label != "LAW" and _abbreviation(w, start))
            or (label in {"ORG", "PERSON", "GPE"} and _common_opener(doc, w, start))
        )
    else:
        thing = (label == "ORG" and _model_code(w.text[end - 1])) or (
            label == "PERSON" and w.text[end - 1] in listed_words("thing-words.txt")["event"]
        )  # "the Winter Olympics", an event the model took for a person
    # "the Argentine cruiser General Belgrano": a ship's name, not a general's
    thing = thing or (label in {"PERSON", "ORG", "GPE"} and after_vessel_noun(w, start))
    # a name the gazetteer knows is an actor's, whatever its shape
    return thing and gazetteer().lookup(w.span_text(start, end)) is None


def made_thing(doc: Doc, w: TokenTable, start: int, end: int) -> bool:
    """A product: "a new Dorrit", "50,000 Zephyr cars", "a new Dorrit saloon", "a
    Dorrit XS" (a model of the make; "a Holm Bank spokesman" is the bank's), a name
    set beside a product noun ("Lumora, its new drug")."""
    if any(word in _GENERIC_BODY_NOUNS for word in w.lower[start:end]):
        return False  # "a Department for Trade spokesman": a body the parser misread
    root = doc[start:end].root
    kinds = listed_words("thing-words.txt")["product"]
    beside = [
        c for c in root.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < start)
    ]
    if any(c.lower_ in kinds for c in beside) or (
        root.dep_ == "appos" and root.head.lower_ in kinds
    ):
        return True  # "Lumora, its new drug", "the drug Lumora"
    if root.dep_ == "compound":
        head = root.head
        if head.i < end:
            return False
        product = head.lower_ in kinds
        counted = any(c.like_num or c.tag_ == "CD" for c in head.children)
        one = any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in head.children)
        model = head.tag_ == "NNP" and head.lower_ not in TITLE_WORDS and head.is_upper
        return (product and (counted or one)) or (one and model)
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in root.children)


def _abbreviation(w: TokenTable, i: int) -> bool:
    text = w.text[i]
    if text in listed_words("thing-words.txt")["abbreviation"]:
        return True
    return bool(w.upper[i]) and len(text) > 1 and _spelt_out_in_lower_case(w, text)


def _spelt_out_in_lower_case(w: TokenTable, short: str) -> bool:
    """ "foreign direct investment (FDI)": lower-case words whose initials make the
    abbreviation, just before it in brackets anywhere in the story."""
    n = len(short)
    for i, text in enumerate(w.text):
        if text != short or i < n + 1 or w.text[i - 1] != "(":
            continue
        words = range(i - 1 - n, i - 1)
        initials = "".join(w.text[k][0] for k in words).upper()
        if all(w.is_lower[k] and w.alpha[k] for k in words) and initials == short.upper():
            return True
    return False


def _lone_document(w: TokenTable, i: int) -> bool:
    return bool(w.title[i]) and w.lower[i] in listed_words("thing-words.txt")["document"]


def _common_opener(doc: Doc, w: TokenTable, i: int) -> bool:
    """ "Taxes will rise": a common noun the tagger reads as one, capitalised only
    because it opens the sentence; "Party leader X": a body's noun before a title."""
    if not _opens(doc, w, i) or not w.title[i]:
        return False
    text = w.text[i]
    if any(other == text and (not _opens(doc, w, k) or _tagged_body(doc[k]))
           for k, other in enumerate(w.text) if k != i):  # fmt: skip
        return False  # the story writes it so inside a sentence, or as a body's name: a name
    if doc[i].tag_ in {"NN", "NNS"}:
        return True
    nxt = w.lower[i + 1] if i + 1 < len(w.lower) else None
    return nxt is not None and w.lower[i] in _GENERIC_BODY_NOUNS and nxt in TITLE_WORDS


def _tagged_body(tok: Token) -> bool:
    """The model read the word as a body's proper name ("Zentrix, a software firm",
    "Zentrix Group"), not a common noun it tagged ("Taxes rose")."""
    return tok.ent_type_ == "ORG" and tok.tag_ == "NNP"


def _opens(doc: Doc, w: TokenTable, i: int) -> bool:
    while i > 0 and w.text[i - 1] in _OPENERS:
        i -= 1
    return bool(doc[i].is_sent_start)


def _model_code(text: str) -> bool:
    """ "Kessler Q7", "Holm A380": a model's code of letters and digits ends it."""
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text) and text[0].isupper()
