"""The rule lemmatizer run over a document's columns instead of token by token.

spaCy's rule ``lemmatizer`` walks every token of a document: it makes a Token,
reads its lemma, and unless one is set asks ``rule_lemmatize`` for it, which
reads the token's spelling, part of speech and morphology to look the answer up
in the lemmatizer's own cache (keyed by those three), then stores the lemma's
string again. That is a few microseconds a word, about as long as the tagger
takes (a noun in the singular, a verb's base form, are never cached: each asks
for the morphology's features again). :func:`install` gives the pipeline's
lemmatizer a ``__call__`` that reads the three columns and the lemmas at once
(``Doc.to_array``), asks ``rule_lemmatize`` (with the Token) once per document for
each spelling, part of speech and morphology (the answer depends on nothing
else), and writes the lemma column back at once: the first of each in the same
order as spaCy's loop, so every lemma, and the lemmatizer's cache, come out as
spaCy's own loop leaves them.

:func:`install` also gives the lemmatizer's word lists (its ``lemma_index`` table:
for each part of speech, the words a rule may lead to) as dicts with the same words
in the same order. ``rule_lemmatize`` tests every form a suffix rule makes with
``form in index``, which on spaCy's list reads up to 57,528 nouns one by one (about
0.1-0.3 ms a test; on 200 BBC stories 2-3 s of CPU, most of the lemmatizer's time);
a dict answers the same test at once. The lists are only ever tested and iterated
(:mod:`kg.language.dictionary` reads them in their order), and a dict keeps that
order and still serialises as spaCy's tables do. A verb's lemma that lost its
silent "e" ("raped" as "rap") gets it back (:mod:`kg.language.silent_e`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.pipeline import Lemmatizer

from kg.language.silent_e import restore_e

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

_COLUMNS = [ORTH, POS, MORPH, LEMMA]


def install(nlp: Language) -> bool:
    """Give ``nlp``'s rule lemmatizer the column walk; False (and spaCy's own kept)
    for no lemmatizer, another mode, one that overwrites set lemmas, or one whose
    ``__call__`` or ``rule_lemmatize`` is not spaCy's."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    kind: Any = type(lemmatizer)
    if (
        not isinstance(lemmatizer, Lemmatizer)
        or lemmatizer.mode != "rule"
        or lemmatizer.overwrite
        or kind.__call__ is not Lemmatizer.__call__
        or kind.rule_lemmatize is not Lemmatizer.rule_lemmatize
    ):
        return False
    lemmatizer.__class__ = _by_columns(kind)
    index_words(lemmatizer.lookups.get_table("lemma_index", {}))
    lemmatizer.lemmatize = _with_silent_e(lemmatizer.lemmatize)  # type: ignore[assignment]  # (spaCy binds it in __init__)
    return True


def _with_silent_e(rule: Callable[[Token], list[str]]) -> Callable[[Token], list[str]]:
    """``rule`` with a verb's silent "e" put back (:mod:`kg.language.silent_e`)."""

    def lemmatize(token: Token) -> list[str]:
        found = rule(token)
        if token.pos_ != "VERB" or not found:
            return found
        lemma = restore_e(token.text, found[0])  # (spaCy takes the first form)
        return found if lemma == found[0] else [lemma, *(f for f in found if f != lemma)]

    return lemmatize


def index_words(index: Any) -> None:
    """Make each word list of a ``lemma_index`` table a dict of its words, in order
    (``form in words`` at once instead of a walk over the list).

    >>> table = {"noun": ["cat", "dog"]}
    >>> index_words(table)
    >>> table["noun"], "dog" in table["noun"]
    ({'cat': None, 'dog': None}, True)
    """
    for pos, words in list(index.items()):
        if isinstance(words, list):
            index[pos] = dict.fromkeys(words)


@cache
def _by_columns(kind: type[Lemmatizer]) -> type[Lemmatizer]:
    """``kind`` with the column walk for its ``__call__`` (one class per kind)."""

    class ColumnLemmatizer(kind):  # type: ignore[valid-type,misc]
        def __call__(self, doc: Doc) -> Doc:
            if not self._validated:  # (the first document: spaCy's checks its tables)
                return Lemmatizer.__call__(self, doc)
            try:
                return lemmatize(self, doc)
            except Exception as exc:  # (as spaCy's own hands errors on)
                self.get_error_handler()(self.name, self, [doc], exc)
                return doc

    ColumnLemmatizer.__name__ = ColumnLemmatizer.__qualname__ = kind.__name__
    return ColumnLemmatizer


def lemmatize(lemmatizer: Any, doc: Doc) -> Doc:
    """Set the lemma of every token of ``doc`` that has none, as spaCy's rule
    lemmatizer does (``lemmatizer``: one that does not overwrite)."""
    if not len(doc):
        return doc
    rows: list[list[int]] = doc.to_array(_COLUMNS).tolist()
    add = doc.vocab.strings.add
    # (spelling, part of speech, morphology) -> the lemma's id, for this document: a
    # story uses half its words again ("the", "said", its actors' names)
    found: dict[tuple[int, int, int], int] = {}
    lemmas: list[int] = []
    for i, (orth, pos, morph, lemma) in enumerate(rows):
        if not lemma:
            key = (orth, pos, morph)
            lemma = found.get(key, -1)
            if lemma < 0:
                lemma = found[key] = add(lemmatizer.lemmatize(doc[i])[0])
        lemmas.append(lemma)
    column: Any = numpy.array(lemmas, dtype=numpy.uint64).reshape(-1, 1)  # (as spaCy keeps it)
    doc.from_array([LEMMA], column)
    return doc
