"""What the entity repairs read of every token, read once per document.

spaCy makes a new Token object at every ``doc[i]`` and a new Span, which checks
its bounds, at every ``doc[a:b]``; ``span.text`` then joins the text of each of
its tokens. The repairs look at each entity's words and their neighbours a score
of times, and scan the whole document for names the model missed half a dozen
times, so a document's columns are read once, with ``Doc.to_array``, into plain
lists (a scan then makes Tokens only of the few words its cheap tests pass).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import partial
from typing import TypeVar, cast

import numpy
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IS_ALPHA,
    IS_LOWER,
    IS_PUNCT,
    IS_TITLE,
    IS_UPPER,
    LOWER,
    ORTH,
    POS,
    SPACY,
)
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.language.gazetteer import Entry, Gazetteer

_COLUMNS = [ORTH, LOWER, SPACY, IS_PUNCT, IS_TITLE, IS_UPPER, IS_LOWER, IS_ALPHA, POS, DEP, HEAD,
            ENT_TYPE]  # fmt: skip

# The ids of the parts of speech and dependency labels the repairs ask for, as
# ``pos`` and ``dep`` hold them (``token.pos``, ``token.dep``).
ADJ, PROPN = get_string_id("ADJ"), get_string_id("PROPN")
APPOS, COMPOUND, POSS = get_string_id("appos"), get_string_id("compound"), get_string_id("poss")

Lookup = Callable[[str], Entry | None]
T = TypeVar("T")

# Gaelic surnames capitalised after their prefix ("McInnes", "MacLeod"), which
# ``str.istitle`` refuses: they open with a capital as any name does
_GAELIC_SURNAME = re.compile(r"(?:Mc|Mac)[A-Z][a-z]+")


def gaelic_surname(word: str) -> bool:
    """Whether ``word`` is written as a Gaelic surname: "McInnes", "MacLeod"."""
    return word[:1] == "M" and _GAELIC_SURNAME.fullmatch(word) is not None


class TokenTable:
    """Token ``i``'s text is ``text[i]`` and its ``lower_`` is ``lower[i]``; its
    flags are 1 or 0: ``spaced[i]`` when its ``whitespace_`` is not empty,
    ``punct[i]`` for ``is_punct``, ``is_title``, ``title`` (and for "McInnes"),
    ``upper``, ``is_lower``, ``alpha`` likewise; ``pos[i]``, ``dep[i]`` and ``ent_type[i]`` are the ids of its
    ``pos_``, ``dep_`` and ``ent_type_`` (0 for none), ``head[i]`` its head's
    index. As ``doc`` had them when the table was made."""

    __slots__ = ("alpha", "dep", "ent_type", "head", "is_lower", "is_title", "lower", "pos",
                 "punct", "spaced", "text", "title", "upper")  # fmt: skip

    def __init__(self, doc: Doc) -> None:
        array = doc.to_array(_COLUMNS)
        columns: list[list[int]] = array.T.tolist() if len(doc) else [[] for _ in _COLUMNS]
        orth, lower, spaced, punct, title, upper, is_lower, alpha, pos, dep, _, ent = columns
        strings = doc.vocab.strings
        self.text = [strings[h] for h in orth]
        self.lower = [strings[h] for h in lower]
        self.is_title, self.title = title, list(title)
        for i in [i for i, word in enumerate(self.text) if word[:1] == "M" and not title[i]]:
            self.title[i] = int(gaelic_surname(self.text[i]))  # (few words open with an "M")
        self.spaced, self.punct, self.upper = spaced, punct, upper
        self.is_lower, self.alpha = is_lower, alpha
        self.pos, self.dep, self.ent_type = pos, dep, ent
        # (HEAD is the offset to the head, negative ones wrapped round as unsigned)
        offsets = array[:, _COLUMNS.index(HEAD)].view(numpy.int64)
        self.head: list[int] = (offsets + numpy.arange(len(doc))).tolist() if len(doc) else []

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (for ``start < end``): each token's text and
        its trailing space but the last's."""
        last = end - 1
        if start == last:
            return self.text[last]
        words = zip(self.text[start:last], self.spaced[start:last], strict=True)
        return "".join([text + " " if spaced else text for text, spaced in words]) + self.text[last]

    def compound_start(self, i: int) -> int:
        """Where the chain of compounds that hang on token ``i`` right before it begins."""
        start = i
        while start > 0 and self.dep[start - 1] == COMPOUND and self.head[start - 1] == i:
            start -= 1
        return start


def string_columns(doc: Doc, *attrs: int) -> list[list[str]]:
    """For each of ``attrs`` (``LEMMA``, ``LOWER``, ``POS``, ``TAG`` ...), the string
    every token of ``doc`` has for it, read with one ``Doc.to_array``: what
    ``[t.lemma_ for t in doc]`` gives, without a Token object per word.

    >>> from spacy.attrs import LOWER
    >>> from spacy.lang.en import English
    >>> string_columns(English().make_doc("Talks in Oslo"), LOWER)
    [['talks', 'in', 'oslo']]
    """
    strings = doc.vocab.strings
    # (one attribute comes back as a flat array)
    array = doc.to_array(list(attrs)).reshape(len(doc), len(attrs))
    columns = cast("list[list[int]]", array.T.tolist())  # (ids: numpy's stubs say float)
    return [[strings[h] for h in column] for column in columns]


def tokens_with(doc: Doc, attr: int, ids: AbstractSet[int]) -> list[int]:
    """The indices of the tokens of ``doc`` whose ``attr`` (``LEMMA``, ``LOWER``,
    ``TAG`` ...) is one of the string ids ``ids`` (``spacy.strings.get_string_id``),
    read with one ``Doc.to_array``: a scan for a few words then makes Tokens of
    those only, not of every word (a repair that changes that attribute as it goes
    must read it token by token).

    >>> from spacy.attrs import LOWER
    >>> from spacy.lang.en import English
    >>> tokens_with(English().make_doc("Talks in Oslo"), LOWER, {get_string_id("oslo")})
    [2]
    """
    column = cast("list[int]", doc.to_array(attr).tolist()) if len(doc) else []
    return [i for i, h in enumerate(column) if h in ids]


def repair_each(doc: Doc, attr: int, ids: AbstractSet[int], repair: Callable[[Token], bool]) -> int:
    """``sum(repair(t) for t in doc if <t's attr> in ids)``: ``repair`` tries one
    token, True when it changed the parse; it must do nothing to a token whose
    ``attr`` (a ``DEP``, ``POS`` ...) is none of the string ``ids`` when reached.
    The column is read with one ``Doc.to_array`` rather than a Token per word (a
    walk over the document's tokens makes a Token for each), and read again for
    the tokens after one that ``repair`` changed, as a repair may change another
    token's ``attr`` too.

    >>> from spacy.attrs import LOWER
    >>> from spacy.lang.en import English
    >>> doc = English().make_doc("Talks in Oslo and Oslo")
    >>> repair_each(doc, LOWER, {get_string_id("oslo")}, lambda t: t.i > 2)
    1
    """
    repaired = 0
    found = tokens_with(doc, attr, ids)
    k = 0
    while k < len(found):
        i = found[k]
        k += 1
        if repair(doc[i]):
            repaired += 1
            found, k = [j for j in tokens_with(doc, attr, ids) if j > i], 0
    return repaired


NoActorTest = Callable[[Doc, "TokenTable", int, int, str], bool]


@dataclass(frozen=True)
class Story:
    """One document as the repairs read it: its token table, and answers that
    depend only on the document, each found once (a story names the same few
    actors again and again, and a span is checked again after later repairs)."""

    table: TokenTable
    lookup: Lookup  # the gazetteer's
    is_place: Callable[[str], bool]  # the gazetteer's
    demonym: Lookup  # the gazetteer's
    no_actor: Callable[[int, int, str], bool]  # names_no_actor(doc, table, start, end, label)

    @classmethod
    def read(cls, doc: Doc, gz: Gazetteer, names_no_actor: NoActorTest) -> Story:
        """``names_no_actor`` is :func:`kg.language.not_names.names_no_actor`, given
        by the caller (that module reads this one's table)."""
        table = TokenTable(doc)
        no_actor = _memo(partial(names_no_actor, doc, table))
        return cls(table, _memo(gz.lookup), _memo(gz.is_place), _memo(gz.demonym), no_actor)


_NOT_YET = object()


def _memo(ask: Callable[..., T]) -> Callable[..., T]:
    """``ask``, each answer found once: ``functools.cache`` copies the attributes of
    what it wraps, which costs more than the few hundred answers a story asks for save."""
    answers: dict[tuple[object, ...], T] = {}

    def answer(*args: object) -> T:
        found = answers.get(args, _NOT_YET)
        if found is _NOT_YET:
            found = answers[args] = ask(*args)
        return cast("T", found)

    return answer
