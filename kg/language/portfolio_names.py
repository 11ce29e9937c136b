"""A department's name the model cut at "and": "the Department for Education" +
"Skills", "the Ministry of Culture" + "Sport". A department or ministry names its
portfolio, and a portfolio may join two fields with "and"; the field after "and"
is no body of its own (but "the Department for Fisheries and Oxfam" names two bodies).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.language.lexicon import PORTFOLIO_WORDS

# Bodies named after their portfolio.
_DEPARTMENTS = frozenset({"department", "ministry", "office", "secretariat"})
# Fields a portfolio joins with "and", besides the cabinet's portfolio words.
FIELDS = PORTFOLIO_WORDS | frozenset(
    """business skills science technology innovation sport sports media pensions work works
    communities families enterprise affairs equality equalities local government regions
    rural food youth women children schools research industries regulatory reform
    heritage arts tourism""".split()
)
_MOST = 3  # words of the field after "and" ("Rural Affairs", "Food and Rural Affairs")


def joined_portfolios(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a department's name joined to the fields after it: "and
    Skills", ", Media and Sport"."""
    out = list(spans)
    for s in spans:
        if s.label_ != "ORG" or s not in out or not _a_department(s):
            continue
        end = _fields_end(doc, s.end)
        if end is None:
            continue
        for other in [o for o in out if s.end <= o.start < end]:
            if other.end > end:
                break
            out.remove(other)
        else:
            out[out.index(s)] = Span(doc, s.start, end, label="ORG")
    return out


def _fields_end(doc: Doc, i: int) -> int | None:
    """Where the fields joined on at ``i`` end: ", Food and Rural Affairs" ends after
    "Affairs"; None unless the last link is "and" and no longer name goes on."""
    end, last = i, ""
    while end + 1 < len(doc) and doc[end].lower_ in {",", "and"}:
        k = end + 1
        while k < len(doc) and k - end <= _MOST and _a_field(doc, k):
            k += 1
        if k == end + 1:
            break
        last, end = doc[end].lower_, k
    if last != "and" or (end < len(doc) and doc[end].is_title):
        return None  # no "and" ("the Department for Education, Oxfam"), or a name goes on
    return end


def _a_department(s: Span) -> bool:
    words = [t.lower_ for t in s]
    return len(words) >= 3 and words[0] in _DEPARTMENTS and words[1] in {"for", "of"}


def _a_field(doc: Doc, i: int) -> bool:
    t = doc[i]
    return t.is_title and t.lower_ in FIELDS
