"""A country's own body told in lower case by its field: "Kenya's athletics
federation", "the Indian cricket board", "Sudan's ruling council", also before a
post ("Pakistan's cricket board chairman Ana Ruiz": she serves the board).

A country has one body of a kind for each field (one cricket board, one athletics
federation, one electoral commission), so the owner, the field and the kind name one
body, the country's: an actor of its own, called "Kenya athletics federation" however
the story puts the country ("Kenya's", "Kenyan"), as "Kenya's central bank" is "Kenya
central bank" (:mod:`kg.language.state_bodies`). Not a body with no owner ("a council
met"), an indefinite one ("a Kenyan sports federation"), one the field makes a
town's or one of many ("Kenya's city councils", "its advisory board"), nor a place
("the council estate": no owner). The nouns are data (``data/owned-bodies.txt``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from kg.language.body_words import DESCRIBING_WORDS
from kg.language.gazetteer import Entry, gazetteer
from kg.language.lexicon import listed_words
from kg.language.lower_pacts import PACT_HEADS, lower_pact
from kg.language.names import POSSESSIVE_ENDINGS
from kg.language.owner_names import owner_before

_WORDS = listed_words("owned-bodies.txt")
OWNED_HEADS = _WORDS["heads"]
_STATE_HEADS = _WORDS["state-heads"]  # "fund": the state's one with "sovereign" before
_STATE_FIELDS = _WORDS["state-fields"]
# the nouns :func:`unnamed_body` may end at
UNNAMED_HEADS = OWNED_HEADS | _STATE_HEADS | PACT_HEADS
_NOT_FIELDS = _WORDS["not-fields"] | DESCRIBING_WORDS
_MAX_FIELD = 3  # "anti - doping", "national olympic"
_FIELD_POS = frozenset({"NOUN", "ADJ", "VERB", "PROPN"})  # ("ruling": a participle)


def unnamed_body(doc: Doc, tok: Token) -> tuple[int, str] | None:
    """Where an unnamed body's mention ending at ``tok`` begins and its kind: a
    country's own body ("Kenya's athletics federation"), or a pact or fund told in
    lower case as the thing signed or given to (:mod:`kg.language.lower_pacts`)."""
    owner = owned_body(doc, tok)
    return (owner, "org") if owner is not None else lower_pact(doc, tok)


def owned_kind(words: Sequence[str]) -> bool:
    """True when lower-case ``words`` (a field and a kind) name a body a country has
    one of: "athletics federation", "sovereign wealth fund", "state oil company" (not
    "oil company", "pension fund": some of many)."""
    if not words:
        return False
    if words[-1] in OWNED_HEADS:
        return True
    return words[-1] in _STATE_HEADS and any(w in _STATE_FIELDS for w in words[:-1])


def owned_body(doc: Doc, tok: Token) -> int | None:
    """Where a country's own body told by its field begins when ``tok`` ends one:
    the country's name and its possessive, or its demonym, then one to three
    lower-case words of a field, then the kind of body ("Kenya's athletics
    federation", "Indian cricket board"); else None. The words are read as
    written, the parse aside: the model hangs a field before a post on the post
    ("electoral" of "electoral commission chairman")."""
    if tok.lower_ not in OWNED_HEADS | _STATE_HEADS or tok.tag_ not in {"NN", "NNP"}:
        return None
    if not tok.is_lower:
        return None
    field = tok.i
    while field > 0 and tok.i - field < _MAX_FIELD and _field_word(doc[field - 1]):
        field -= 1
    for k in range(field, tok.i):  # the longest field first: "ruling military council"
        start = _owner_start(doc, k)
        if start is not None:
            if not owned_kind([t.lower_ for t in doc[k : tok.i + 1]]):
                return None  # "Kenya's oil company": one of many
            if start > 0 and doc[start - 1].lower_ in {"a", "an", "another"}:
                return None  # "a Kenyan sports federation": one of some
            return start
        if doc[k].text == "-":
            return None
    return None


def owner_country(words: Sequence[str]) -> Entry | None:
    """The country whose possessive or demonym opens a lower-case body's name, when
    the rest is a field and a kind of :data:`OWNED_HEADS`: "Kenya's athletics
    federation", "Indian cricket board" (Kenya, India)."""
    if len(words) < 3 or not owned_kind(words[1:]) or not all(w.islower() for w in words[1:]):
        return None
    first = words[0]
    gz = gazetteer()
    for end in POSSESSIVE_ENDINGS:
        if first.endswith(end):
            entry = gz.lookup(first[: -len(end)])
            return entry if entry is not None and entry.type == "Country" else None
    entry = gz.demonym(first)
    return entry if entry is not None and entry.type == "Country" else None


def _owner_start(doc: Doc, field: int) -> int | None:
    """Where the country that owns a body begins, right before its field at
    ``field``: its demonym ("Indian") or its name and possessive ("South Africa's");
    None when no country stands there."""
    owner = owner_before(doc, field, _country, 3)
    return None if owner is None else owner.start


def _country(name: Span, possessive: bool) -> bool:
    """A country's name before a possessive ("South Africa's"), or its demonym alone
    ("Indian"; not its name without one, "Kenya cricket board")."""
    gz = gazetteer()
    if possessive:
        entry = gz.lookup(name.text)
        return entry is not None and entry.type == "Country"
    word = name.text
    entry = gz.demonym(word) if len(name) == 1 and word[:1].isupper() else None
    return entry is not None and entry.type == "Country" and entry.name != word


def _field_word(t: Token) -> bool:
    """A lower-case word of a field: "athletics", "cricket", "ruling", "anti-doping"."""
    if t.text == "-":
        return True
    return (
        t.is_lower
        and t.is_alpha
        and t.pos_ in _FIELD_POS
        and t.tag_ not in {"JJS", "JJR"}
        and t.lower_ not in _NOT_FIELDS
    )
