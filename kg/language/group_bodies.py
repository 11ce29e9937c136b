"""A body's name the model missed after a group of its people: "met leaders of the
pro-independence FNLK", "received a delegation from the KDP", "Representatives of
Skelmar Lines and the Kenyan government signed a deal".

The small model often tags an unfamiliar acronym as nothing, a person or a product,
and leaves a firm's name of two or three words untagged. Right after a noun for the
people who act for a body, or for its governing part (leaders, members, officials, a
delegation, the board: ``data/group-words.txt``), and "of" or "from", with only "the"
and modifiers in lower case (or a demonym) between, the phrase's object names a body:

* a word in capitals that is no country's or place's code, no title or role, no
  measure ("GDP") and no word the story writes in lower case too;
* a run of two or three capitalised words no span holds, whose first word is no
  English word and no given name, and which is no place or actor the gazetteer knows.

Not "leaders of the region", "members of the public", "leaders of the two countries"
(lower case), "members of Congress" (a known body, tagged already).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.language.acronym_posts import NOT_BODIES, acronym_word, lower_forms
from kg.language.given_names import given_names
from kg.language.lexicon import TITLE_WORDS, listed_words
from kg.language.names import is_role_word
from kg.language.token_table import Story

_WORDS = listed_words("group-words.txt")
# A body's governing part, chaired or led as the body is: "the board of X", "the X board".
BODY_PARTS = _WORDS["part"]
GROUP_WORDS = _WORDS["people"] | BODY_PARTS
# What the model may take an unknown acronym for.
_MISREAD = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "FAC", "LAW"})
_PREPS = frozenset({"of", "from"})
_MAX_BETWEEN = 4  # "the pro - independence": "the" and the modifiers before the name
_MAX_WORDS = 3


def group_bodies(doc: Doc, spans: list[Span], story: Story, words: frozenset[str]) -> list[Span]:
    """``spans`` with each body's name after a group of its people added, or
    relabelled as an organisation (``words``: the English words)."""
    out = list(spans)
    lowered: set[str] | None = None
    for prep in doc:
        if prep.lower_ not in _PREPS or prep.i == 0 or doc[prep.i - 1].lower_ not in GROUP_WORDS:
            continue
        obj = _named_object(doc, prep)
        if obj is None:
            continue
        at = {s.start: s for s in out}
        taken = {i for s in out for i in range(s.start, s.end)}
        if acronym_word(obj.text) and _acronym(obj, story):
            lowered = lower_forms(doc) if lowered is None else lowered
            if obj.lower_ in lowered:
                continue  # "IT" beside "it": a word
            span = at.get(obj.i)
            if span is not None and span.end == obj.i + 1 and span.label_ in _MISREAD:
                out[out.index(span)] = Span(doc, obj.i, obj.i + 1, label="ORG")
            elif obj.i not in taken:
                out.append(Span(doc, obj.i, obj.i + 1, label="ORG"))
            continue
        start = _name_start(doc, prep, obj)
        if start is None or not _a_name(doc[start : obj.i + 1], story, words):
            continue
        span = at.get(start)
        if span is not None and span.end == obj.i + 1 and _misread_person(span, words):
            out[out.index(span)] = Span(doc, start, obj.i + 1, label="ORG")
        elif not taken.intersection(range(start, obj.i + 1)):
            out.append(Span(doc, start, obj.i + 1, label="ORG"))
    return out


def _misread_person(span: Span, words: frozenset[str]) -> bool:
    """A firm's name the model took for a person's: its last word an English noun
    ("Skelmar Lines", "Brannock Holdings"; not "Tomas Lind")."""
    last = span[-1].lower_
    return span.label_ == "PERSON" and (last in words or last.removesuffix("s") in words)


def _named_object(doc: Doc, prep: Token) -> Token | None:
    """The object of ``prep`` when only "the" and lower-case modifiers or a demonym
    stand before its name: "of the pro-independence FNLK", "from Skelmar Lines"."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or not obj.text[:1].isupper() or obj.i - prep.i > _MAX_BETWEEN + _MAX_WORDS:
        return None
    return obj


def _name_start(doc: Doc, prep: Token, obj: Token) -> int | None:
    """Where the capitalised run ending at ``obj`` starts, when everything between
    ``prep`` and it is "the" or a lower-case modifier."""
    start = obj.i
    while start - 1 > prep.i and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
        start -= 1
    if not 2 <= obj.i + 1 - start <= _MAX_WORDS:
        return None
    between = doc[prep.i + 1 : start]
    return start if all(t.lower_ == "the" or t.is_lower or t.text == "-" for t in between) else None


def _acronym(obj: Token, story: Story) -> bool:
    """A word of capitals that may name a body: no code of a country or place, no
    title, role or measure."""
    text = obj.text
    if text in NOT_BODIES or is_role_word(text):
        return False
    entry = story.lookup(text)
    if entry is not None and entry.type == "Country":
        return False
    if story.is_place(text) or story.demonym(text):
        return False
    between = obj.doc[obj.head.i + 1 : obj.i] if obj.head.i < obj.i else obj.doc[obj.i : obj.i]
    return all(t.lower_ == "the" or t.is_lower or t.text == "-" or story.demonym(t.text)
               or t.pos_ == "ADJ" for t in between)  # fmt: skip


def _a_name(run: Span, story: Story, words: frozenset[str]) -> bool:
    """An unknown body's name of two or three words: "Skelmar Lines" (not "Western
    Europe", "Anna Berg", "Prime Minister")."""
    first = run[0].lower_
    if first in words or first in given_names():
        return False
    if any(t.lower_ in TITLE_WORDS for t in run):
        return False
    text = run.text
    return story.lookup(text) is None and not story.is_place(text) and not story.demonym(text)
