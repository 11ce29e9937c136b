"""Person names the small model cuts, glues or misses, repaired from the parse.

* (where a name the model found begins and ends: :mod:`kg.language.name_bounds`);
* a name after a title the model did not tag ("Foreign Minister Ruth Gale"), a
  double surname read as one word ("Ana Ruiz-Tagle");
* a name in apposition to a title ("the envoy, Ruth Gale,");
* a name after an honorific ("Mr Lowe", "Dame Ann Holt");
* a name coordinated with a person's name ("Ana Ruiz and Jonas Lindqvist"), on the
  other side of a meeting with one ("Ana Ruiz met Jonas Lindqvist"), or misread
  beside a post ("the minister, Lars Holt,").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from kg.language.body_words import COMPANY_WORDS, ORG_HEAD_WORDS, STATE_ORGANS, UNIT_WORDS
from kg.language.gazetteer import gazetteer
from kg.language.inner_honorifics import name_start
from kg.language.job_titles import portfolio_tail
from kg.language.korean_names import hyphened_syllable, misread_given_name
from kg.language.lexicon import (
    CANDIDACY_WORDS,
    HONORIFICS,
    NAME_PARTICLES,
    PORTFOLIO_WORDS,
    TITLE_WORDS,
)
from kg.language.meeting_partners import partners
from kg.language.place_surnames import place_surnamed
from kg.language.places import places
from kg.language.ranks import titled_of_country
from kg.language.served_posts import after_a_served_post, listed_with, served_post, who_clause
from kg.language.token_table import APPOS, COMPOUND, POSS, PROPN, Story, TokenTable, gaelic_surname

# peers' titles no given name shares ("Earl", "Baron" may be first names)
_PEERESSES = frozenset({"Baroness", "Viscount", "Viscountess", "Marchioness"})
# what a name beside stands for a person: a post, or a run for one ("the front-runner")
_STANDINGS = TITLE_WORDS | CANDIDACY_WORDS | {"runner"}


def titled_name(doc: Doc, span: Span) -> Span:
    """A name right after a title phrase is a person, whatever label the
    model gave it: "Head of the mission in Geneva Petra Lindqvist said"."""
    if (
        span.label_ not in {"ORG", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"}
        or not 2 <= len(span) <= 4
    ):
        return span
    words = [t for t in span if t.is_alpha]
    if len(words) != len(span) or not all(t.is_title or gaelic_surname(t.text) for t in words):
        return span  # ("Ann MacLeod" is capitalised as a name is)
    if (
        span[-1].lower_ in ORG_HEAD_WORDS | COMPANY_WORDS
        or gazetteer().lookup(span.text)
        or gazetteer().is_place(span.text)
    ):
        return span
    before = span.start - 1
    while before > 0 and (doc[before].lower_ == "the" or gazetteer().is_place(doc[before].text)):
        before -= 1  # "chairman of the (U.S.) Federal Reserve"
    if before >= 0 and doc[before].lower_ in {"at", "for", "of", "with"}:
        return span  # "chief economist at High Frequency Economics": whom the title serves
    i = span.start - 1
    while i >= 0 and span.start - i <= 8:
        t = doc[i]
        if t.lower_ in TITLE_WORDS:
            return Span(doc, span.start, span.end, label="PERSON")
        if t.pos_ not in {"PROPN", "NOUN", "ADJ", "DET", "ADP", "PART"} or t.is_punct:
            break
        i -= 1
    return span


def titled_people(doc: Doc, spans: list[Span], story: Story) -> Iterable[Span]:
    """A capitalised title followed by a name the model missed: "Spokesman Ivo
    Petrov said ..." -> PERSON "Ivo Petrov", also when the model took a nationality,
    the title and the name for one body ("Nigerien General Ali Sow")."""
    w, n = story.table, len(story.table.text)
    covered = {
        i
        for s in spans
        if not _nationality_title_name(s) and not misread_given_name(w, s, story)
        for i in range(s.start, s.end)
    }
    for i in range(n - 1):
        if not (w.title[i] and w.lower[i] in TITLE_WORDS):
            continue
        first = portfolio_tail(w, i + 1)  # "Minister for Culture Ana Ruiz"
        end = name_run(w, first, covered)
        if end == first or (
            end < n and w.lower[end] in {"of", "for"} and not titled_of_country(w, i, end, story)
        ):
            continue
        if end < n and (w.lower[end] in TITLE_WORDS or w.pos[end] == PROPN):
            continue  # "Deputy Foreign Minister ...": still inside the title
        name = w.span_text(first, end)
        if story.lookup(name) or story.is_place(name) or w.lower[end - 1] in ORG_HEAD_WORDS:
            continue
        yield Span(doc, first, end, label="PERSON")


def _nationality_title_name(span: Span) -> bool:
    """ "Nigerien General Ali Sow", "Chilean Prime Minister Ana Ruiz" tagged as one
    organisation: a country's demonym, then a title, then more words."""
    if span.label_ != "ORG" or len(span) < 4 or gazetteer().demonym(span[0].text) is None:
        return False
    for k, t in enumerate(span[1:4], start=1):
        if not t.is_title:
            return False
        if t.lower_ in TITLE_WORDS:  # (two words of a name at least, none a body's)
            name = [w.lower_ for w in span[k + 1 :]]
            return len(name) >= 2 and not any(w in _BODY_WORDS for w in name)
    return False


# words of a body's name: "Kenyan General Service Unit" is a body
_BODY_WORDS = ORG_HEAD_WORDS | COMPANY_WORDS | STATE_ORGANS | PORTFOLIO_WORDS | UNIT_WORDS


def appositive_people(doc: Doc, spans: list[Span], story: Story) -> Iterable[Span]:
    """A name the model missed beside a post or a candidacy: "The governor of the
    central bank, Ana Ruiz, and ...", "Ana Ruiz, the Republican candidate," -> PERSON."""
    w = story.table
    covered = {i for s in spans for i in range(s.start, s.end)}
    for i, pos in enumerate(w.pos):
        if pos != PROPN or i in covered or w.dep[i] == COMPOUND:
            continue
        start, end = w.compound_start(i), i + 1
        if not 2 <= end - start <= 4 or any(k in covered for k in range(start, end)):
            continue
        if not all(w.title[k] and w.alpha[k] and w.lower[k] not in TITLE_WORDS
                   for k in range(start, end)):  # fmt: skip
            continue
        titled = (w.dep[i] == APPOS and w.lower[w.head[i]] in _STANDINGS) or any(
            c.dep_ == "appos" and c.lower_ in _STANDINGS for c in doc[i].children
        )
        name = w.span_text(start, end)
        if not titled or story.lookup(name) or story.is_place(name):
            continue
        yield Span(doc, start, end, label="PERSON")


# labels the small model gives unfamiliar names of people ("Lars Holt" as a building)
_MISREAD_LABELS = {"ORG", "FAC", "PRODUCT", "WORK_OF_ART"}


def coordinated_people(
    doc: Doc, spans: list[Span], words: frozenset[str], story: Story
) -> Iterable[Span]:
    """A name the model missed or misread, coordinated with a person's name:
    "Ana Ruiz and Jonas Lindqvist met", "The two ministers, Jonas Lindqvist and
    Ana Ruiz, ..." -> PERSON "Ana Ruiz"; or on the other side of a meeting with
    a person: "Ana Ruiz met Jonas Lindqvist", "A held talks with B"."""
    bounds = _bounds(spans)
    for span in spans:
        if span.label_ != "PERSON":
            continue
        # a firm may meet a person ("A met Holm Sachs"), so one the model read as
        # an organisation stays one there; in a list with people it is one of them
        # (a pair of unknown names may be read as a nationality: "Arman Petrosyan")
        found = [(t, _MISREAD_LABELS | {"NORP"}, False) for t in listed_with(span.root)]
        found += [(t, _PARTNER_MISREAD, True) for t in partners(span.root)]
        for tok, misread, lenient in found:
            if not span.start <= tok.i < span.end and (
                name := _missed_name(doc, story, tok.i, bounds, words, misread, lenient=lenient)
            ):
                yield name


# what the model calls a person it does not know who meets another person
_PARTNER_MISREAD = (_MISREAD_LABELS - {"ORG"}) | {"NORP"}


def misread_appositives(
    doc: Doc, spans: list[Span], words: frozenset[str], story: Story
) -> Iterable[Span]:
    """A name the model misread as a thing beside a post: "Chile's foreign
    minister, Lars Holt, met ..." with "Lars Holt" tagged as a building; "Lars
    Holt, Chile's foreign minister, met ..." with him tagged as a body or a place
    (there the post must name whom it serves: "Holt Sachs, the market leader," is a firm)."""
    w, bounds = story.table, _bounds(spans)
    # (both ask for an entity, but for a name left untagged after the post's body)
    for i in [i for i, ent_type in enumerate(w.ent_type) if ent_type or w.dep[i] == APPOS]:
        tok = doc[i]
        misread: set[str] | None
        if not tok.ent_type_:  # "the Emir of Qatar, A,": the parser hangs A on Qatar
            misread = set() if after_a_served_post(tok) else None
        elif w.dep[i] == APPOS and w.lower[w.head[i]] in TITLE_WORDS:
            misread = _MISREAD_LABELS
        elif tok.ent_type_ in {"ORG", "GPE"} and (
            any(served_post(c, tok) or who_clause(c) for c in tok.children)
            or after_a_served_post(tok)
        ):
            misread = {"ORG", "GPE"}
        else:
            continue
        if misread is None:
            continue
        if name := _missed_name(doc, story, i, bounds, words, misread, lenient=True) or (
            misread is _MISREAD_LABELS and place_surnamed(doc, story, i, bounds, words)
        ):
            yield name


Bounds = list[tuple[int, int, str]]  # each span's start, end and label


def _bounds(spans: list[Span]) -> Bounds:
    """The spans' bounds and labels, read once (a Span reads them anew at every access)."""
    return [(s.start, s.end, s.label_) for s in spans]


def _missed_name(
    doc: Doc,
    story: Story,
    i: int,
    spans: Bounds,
    words: frozenset[str],
    misread: set[str],
    *,
    lenient: bool = False,
) -> Span | None:
    """The name ending in token ``i`` if the model missed it or misread it (as one
    of ``misread``):
    two or three capitalised words that name nothing the gazetteer knows, with
    no article before them and a surname that is no dictionary word (``words``:
    "Rowan Castle", "Music Player" are things). Where the place says a person
    stands there (meeting a person, beside a post), ``lenient`` lets a surname
    the dictionary lists as a word pass after a given name it does not ("Ilse
    Brandt", "Ines Vidal"), never a plural ("Kelso Rovers")."""
    name = name_chain(doc, story, i)
    if name is None:
        return None
    start, end = name
    lower = story.table.lower
    first, last = lower[start], lower[end - 1]
    if first.endswith("ing") and first in words:
        return None  # "Finding X"
    if lenient:
        if (last.endswith("s") and last[:-1] in words) or places().is_place(
            story.table.span_text(start, end)
        ):
            return None  # "Kelso Rovers", "Kelso Castle"
        if last in words and first in words:
            return None
    elif _common(last, words):
        return None
    over = [(lo, hi, label) for lo, hi, label in spans if lo < end and start < hi]
    if any(label not in misread or (lo, hi) != (start, end) for lo, hi, label in over):
        return None  # tagged as something else, or as a different stretch
    return Span(doc, start, end, label="PERSON")


_NOT_IN_NAMES = ORG_HEAD_WORDS | COMPANY_WORDS  # last words of bodies' names
_WORKS_BEFORE = {"DT", "POS", "PRP$"}  # tags of words before a title of a work


def name_chain(
    doc: Doc, story: Story, i: int, given: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The bounds of the words of a name ending in token ``i`` (its compound chain),
    if two or three capitalised words that could be a person's (after a possessive
    only if the first is one of the ``given`` names: "Plaid Cymru's Rhodri Pryce")."""
    w = story.table
    if w.pos[i] != PROPN:
        return None
    start = chain_start = _chain_start(w, i)
    joins = {k for k in range(chain_start, i) if _joining_dash(w, k)}
    for k in range(chain_start, i):
        if k not in joins and (w.lower[k] in TITLE_WORDS or not w.title[k]):
            start = k + 1  # "central bank governor Ana Ruiz": the post is no part of it
    if (
        start == chain_start
        and start > 0
        and (w.dep[start - 1] == POSS or doc[start - 1].tag_ in _WORKS_BEFORE)
        and w.lower[start] not in given
    ):
        return None  # "the Summer Girls", "Holt's Long Road": titles of works
    end = i + 1
    # a hyphenated surname is one word: "Ana Ruiz-Tagle" has two
    words = [k for k in range(start, end) if k not in joins and k - 1 not in joins]
    if not 2 <= len(words) <= 3 or not all(
        w.title[k] and w.alpha[k] and w.lower[k] not in TITLE_WORDS and w.text[k] not in HONORIFICS
        for k in range(start, end)
        if k not in joins
    ):
        return None
    text = w.span_text(start, end)
    if (
        w.lower[i] in _NOT_IN_NAMES
        or story.lookup(text)
        or story.is_place(text)
        or any(story.lookup(t) or story.demonym(t) for t in w.text[start:end])
        # (a place may be half of a double surname: "Ana Ruiz-Toledo", or the surname
        # after a given name: "Ana Paris", "Luis Quito")
        or any(
            story.is_place(w.text[k])
            for k in range(start, end)
            if {k - 1, k + 1}.isdisjoint(joins) and not (k == i and w.lower[start] in given)
        )
    ):
        return None
    return start, end


def _chain_start(w: TokenTable, i: int) -> int:
    """Where the compound chain of a name ending in token ``i`` begins, across the
    dash of a hyphenated surname, which the parser hangs apart: in "Ana Ruiz-Tagle"
    "Ana" and "Ruiz" are compounds of "Tagle", the dash a punctuation mark."""
    start = w.compound_start(i)
    while start >= 2 and _joining_dash(w, start - 1):
        start -= 2
        while start > 0 and w.dep[start - 1] == COMPOUND and start <= w.head[start - 1] <= i:
            start -= 1
    return start


def _joining_dash(w: TokenTable, k: int) -> bool:
    """Whether token ``k`` is a dash with no space either side between two
    capitalised words ("Ruiz-Tagle"), as in a double surname."""
    return (
        w.text[k] == "-"
        and 0 < k < len(w.text) - 1
        and not w.spaced[k - 1]
        and not w.spaced[k]
        and bool(w.title[k - 1] and w.alpha[k - 1] and w.title[k + 1] and w.alpha[k + 1])
    )


def _common(word: str, words: frozenset[str]) -> bool:
    """A dictionary word, or the plural of one ("Boys")."""
    return word in words or (word.endswith("s") and word[:-1] in words)


def _capitalised_inside(word: str) -> bool:
    """A surname with a capital inside: "McKenna", "MacLeod", "DeVito"."""
    return len(word) > 3 and word[0].isupper() and word[1].islower() and not word.islower()


def honorific_people(doc: Doc, w: TokenTable) -> Iterable[Span]:
    """ "Mr Lowe", "Sheikh Hamad al-Rashid", "Baroness Vale": the name after an
    honorific or a peer's title no first name could be."""
    n = len(w.text)
    for i in range(n - 1):
        if w.text[i].rstrip(".") not in HONORIFICS | _PEERESSES:
            continue
        end = i + 1
        while end < n and end - i <= 6:
            if (w.title[end] or _capitalised_inside(w.text[end])) and w.alpha[end]:
                end += 1  # "Mr Lowe", "Mr McKenna", "Ms DeVito"
            elif (
                w.lower[end] in NAME_PARTICLES
                and end + 1 < n
                and (w.title[end + 1] or w.text[end + 1] == "-")
            ):
                end += 1  # "bin Hamad", "al-Rashid", "de Villiers"
            elif w.text[end] == "-" and not w.spaced[end] and w.lower[end - 1] in NAME_PARTICLES:
                end += 1
            else:
                break
        if end > i + 1:  # (a peer's title stays in the name, as the model writes it)
            start = i if w.text[i] in _PEERESSES else name_start(w, i)
            yield Span(doc, start, end, label="PERSON")


def name_run(w: TokenTable, start: int, covered: set[int]) -> int:
    """Where the run of up to three capitalised proper-noun words from ``start`` ends,
    none of them inside a span already found nor a title word: the name after a title
    ("President Ana Ruiz", "King Harald")."""
    end, n, particles = start, len(w.text), 0
    while end < n and end - start - particles < 3 and end not in covered:
        if end > start and w.lower[end] in NAME_PARTICLES and not w.title[end]:
            end, particles = end + 1, particles + 1  # "Eline de Boer", "Luis de la Fuente"
            continue
        if end > start and hyphened_syllable(w, end):
            end, particles = end + 2, particles + 2  # "Han Ji-won": one given name
            continue
        if not (w.pos[end] == PROPN and w.title[end] and w.alpha[end]):
            break
        if w.lower[end] in TITLE_WORDS:
            break
        end += 1
    while end > start and w.lower[end - 1] in NAME_PARTICLES and not w.title[end - 1]:
        end -= 1  # (a name ends in no particle)
    return end
