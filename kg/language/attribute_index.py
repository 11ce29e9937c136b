"""The model's attribute rules found by lookup instead of by spaCy's Matcher.

A spaCy pipeline's ``attribute_ruler`` (a fine tag gives a part of speech and
morphology; listed words get their own lemma or features) runs its rules
through a ``Matcher``, which tries every rule at every token. With the 180-odd
rules of an English pipeline that is about a seventh of all parsing time
(0.86 s of 6.1 s for 200 news articles). Those rules only test a token's tag,
lower-case form, spelling, dependency label or whether it is a space, for a
value, a list of values (``IN``, ``NOT_IN``) or a regular expression, and
nearly all of them name the value their first token must have: an index by
that value finds the same matches for a tenth of the cost (the few rules
without one are tried at every token, as the Matcher tries them all).

:func:`install` gives the ruler that index: the same matches, in the ruler's
order, applied by the ruler's own ``set_annotations``, so every token ends up
with the annotations the Matcher would have given it. A ruler with any rule
the index cannot read (an operator, a fuzzy match, another attribute) keeps
its Matcher; rules added later rebuild the index.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# what a rule may test, in the order the columns are read (the first ones a
# rule tests are the most selective, so they index it)
_COLUMNS = ("LOWER", "ORTH", "TAG", "DEP", "IS_SPACE")
_FLAGS = {"IS_SPACE"}  # tested for True or False; the others for strings
_IN, _NOT_IN, _REGEX = 0, 1, 2

# one test of one token of a rule: (column, kind, accepted values or a regular expression)
Test = tuple[int, int, Any]
Check = tuple[Test, ...]  # all the tests of one token
Rule = tuple[int, int, list[Check]]  # rule number, match id, checks of its tokens
# a rule as the index keeps it: number, match id, length, the tests left
# once the looked-up value is known (each with its token's offset)
Entry = tuple[int, int, int, tuple[tuple[int, Test], ...]]


class IndexedRules:
    """``ruler.match`` by index: ``(rule number, match id, start, end)``, sorted,
    for every rule of ``ruler`` that matches ``doc`` (what AttributeRuler.match
    returns). Rules added to the ruler later are indexed at the next call."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.size = -1
        # column -> value the first token must have -> rules that start so
        self.index: dict[int, dict[int, list[Entry]]] = {}
        self.anywhere: list[Entry] = []  # rules whose first token has no value to look up
        self.searched: dict[tuple[int, int], bool] = {}  # (expression, string) -> found
        self.indexable = self._build()

    def _build(self) -> bool:
        self.size = len(self.ruler.attrs)
        rules = _rules(self.ruler)
        self.index, self.anywhere = {}, []
        for number, match_id, checks in rules or ():
            tests = [(at, test) for at, check in enumerate(checks) for test in check]
            if tests[0][1][1] != _IN:  # sorted: a value to look up comes first
                self.anywhere.append((number, match_id, len(checks), tuple(tests)))
                continue
            (column, _, values), rest = tests[0][1], tuple(tests[1:])
            for value in values:
                by_value = self.index.setdefault(column, {})
                by_value.setdefault(value, []).append((number, match_id, len(checks), rest))
        return rules is not None

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if len(self.ruler.attrs) != self.size:
            self.indexable = self._build()
        if not self.indexable:
            return type(self.ruler).match(self.ruler, doc)
        if not len(doc):
            return []
        table = doc.to_array(_column_ids()).T.tolist()
        length = len(doc)
        found: set[tuple[int, int, int, int]] = set()
        for column, by_value in self.index.items():
            for start, value in enumerate(table[column]):
                entries = by_value.get(value)
                if entries is None:
                    continue
                for number, match_id, size, rest in entries:
                    end = start + size
                    if not rest or (end <= length and self._passes_all(rest, start, table)):
                        found.add((number, match_id, start, end))
        for number, match_id, size, tests in self.anywhere:
            for start in range(length - size + 1):
                if self._passes_all(tests, start, table):
                    found.add((number, match_id, start, start + size))
        return sorted(found)

    def _passes_all(
        self, tests: tuple[tuple[int, Test], ...], start: int, table: list[list[int]]
    ) -> bool:
        for at, (column, kind, wanted) in tests:
            value = table[column][start + at]
            if kind == _IN:
                if value not in wanted:
                    return False
            elif kind == _NOT_IN:
                if value in wanted:
                    return False
            else:
                key = (id(wanted), value)
                hit = self.searched.get(key)
                if hit is None:
                    text = self.ruler.vocab.strings[value]
                    hit = self.searched[key] = wanted.search(text) is not None
                if not hit:
                    return False
        return True


@cache
def _column_ids() -> list[int | str]:
    """spaCy's attribute ids of :data:`_COLUMNS`, in order."""
    from spacy import attrs

    return [getattr(attrs, name) for name in _COLUMNS]


def install(nlp: Language) -> bool:
    """Give ``nlp``'s attribute ruler the index; False (and the Matcher kept)
    when there is no ruler or one of its rules tests what the index cannot."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    match = IndexedRules(ruler)
    if not match.indexable:
        return False
    ruler.match = match  # type: ignore[attr-defined]  # an instance attribute, read by __call__
    ruler.set_annotations = ColumnAnnotations(ruler)  # type: ignore[attr-defined]  # (likewise)
    return True


class ColumnAnnotations:
    """``ruler.set_annotations`` by columns: spaCy's makes a Span and a Token for
    each match (about one per word: every tag has its rule) and sets the match's
    attributes on the token one at a time. Where every rule sets only a token's
    own columns (part of speech, tag, morphology, lemma, dependency label: the
    lexeme's are never touched), each token takes, attribute by attribute, the
    value of the last match that sets it, as in spaCy's loop, and the columns are
    read and written once (``Doc.to_array``, ``Doc.from_array``). Any other rule,
    or a match whose token falls outside it, goes to spaCy's own."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.size = -1
        self.by_rule: list[tuple[tuple[int, int], ...]] | None = None

    def _build(self) -> None:
        self.size = len(self.ruler.attrs)
        columns = {attr: n for n, attr in enumerate(_own_column_ids())}
        by_rule: list[tuple[tuple[int, int], ...]] = []
        for rule in self.ruler.attrs:
            if not all(attr in columns and isinstance(v, int) for attr, v in rule.items()):
                self.by_rule = None
                return
            by_rule.append(tuple((columns[attr], value) for attr, value in rule.items()))
        self.by_rule = by_rule

    def __call__(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        if len(self.ruler.attrs) != self.size:
            self._build()
        by_rule, indices = self.by_rule, self.ruler.indices
        if by_rule is None or not matches:
            type(self.ruler).set_annotations(self.ruler, doc, matches)
            return
        columns = _own_column_ids()
        rows: list[list[int]] = doc.to_array(columns).tolist()
        for number, _, start, end in matches:  # (in spaCy's order: the last match wins)
            index = indices[number]
            i = (start if index >= 0 else end) + index
            if not start <= i < end:  # (spaCy's says which rule)
                type(self.ruler).set_annotations(self.ruler, doc, matches)
                return
            row = rows[i]
            for column, value in by_rule[number]:
                row[column] = value
        array: Any = numpy.array(rows, dtype=numpy.uint64)  # (as spaCy keeps them)
        doc.from_array(columns, array)


# a token's own columns a rule may set (spaCy's set_token_attrs sets the lexeme's too)
_OWN_COLUMNS = ("POS", "TAG", "MORPH", "LEMMA", "DEP")


@cache
def _own_column_ids() -> list[int | str]:
    from spacy import attrs

    return [getattr(attrs, name) for name in _OWN_COLUMNS]


def _rules(ruler: Any) -> list[Rule] | None:
    """Every rule of ``ruler`` as ``(number, match id, checks per token)``; None
    when one cannot be indexed."""
    strings = ruler.vocab.strings
    rules: list[Rule] = []
    for number in range(len(ruler.attrs)):
        match_id = strings[str(number)]
        for pattern in ruler.matcher.get(match_id)[1]:
            checks = [_check(token, strings) for token in pattern]
            if not checks or any(c is None for c in checks):
                return None
            rules.append((number, match_id, [c for c in checks if c is not None]))
    return rules


def _check(token: Mapping[str, Any], strings: Any) -> Check | None:
    """What one token of a rule tests; None for anything but a value, ``IN``,
    ``NOT_IN`` or ``REGEX`` (of a string attribute) of a known attribute."""
    out: list[Test] = []
    for name, wanted in token.items():
        if name not in _COLUMNS:
            return None
        column = _COLUMNS.index(name)
        if isinstance(wanted, dict):
            if len(wanted) != 1:
                return None
            ((op, arg),) = wanted.items()
            if op == "REGEX" and name not in _FLAGS and isinstance(arg, str):
                out.append((column, _REGEX, re.compile(arg)))
                continue
            if op not in ("IN", "NOT_IN") or not isinstance(arg, list | tuple):
                return None
            kind, listed = (_IN if op == "IN" else _NOT_IN), list(arg)
        else:
            kind, listed = _IN, [wanted]
        values = _values(name, listed, strings)
        if values is None:
            return None
        out.append((column, kind, values))
    if not out:
        return None
    out.sort(key=lambda test: (test[1], test[0]))  # a value to look up first, by column
    return tuple(out)


def _values(name: str, listed: list[Any], strings: Any) -> frozenset[int] | None:
    if name in _FLAGS:
        if not all(isinstance(w, bool) for w in listed):
            return None
        return frozenset(int(w) for w in listed)
    if not all(isinstance(w, str) for w in listed):
        return None
    return frozenset(strings.add(w) for w in listed)
