"""Organisation names the model cuts at "and" or a comma.

* A portfolio list before a title is a title, not a body: "Culture, Media and
  Sport Secretary X" (the model tags "Media").
* A company's name ends in its legal form: "Irish Charm plc", where the model
  tagged "Irish" alone (a demonym) or the whole name as a person.
* Two names across a spaced dash are two names: "Whitehall - Labour".
* A body whose name coordinates two fields keeps both: "the Finance and Economy
  Ministry" (the model tags "Economy Ministry", or "Finance" and "Economy
  Ministry" as two bodies).
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc

from kg.language.lexicon import ORG_HEAD_WORDS, PORTFOLIO_TITLES

_LINKS = {",", "and", "&"}
# The legal form that ends a company's name: "Holm Widgets Limited".
_LEGAL_FORMS = frozenset({"limited", "ltd", "plc", "inc", "llc", "llp", "corp", "corporation"})


def in_portfolio_list(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is one field of a list that ends in a portfolio
    title ("Culture, Media and Sport Secretary")."""
    lo = start
    while lo > 0 and start - lo < 6 and (doc[lo - 1].text in _LINKS or _field(doc[lo - 1])):
        lo -= 1
    hi = end
    while hi < len(doc) and hi - end < 6 and (doc[hi].text in _LINKS or _field(doc[hi])):
        hi += 1
    titled = hi < len(doc) and doc[hi].lower_ in PORTFOLIO_TITLES and doc[hi].is_title
    return titled and any(t.text == "," for t in doc[lo:hi])


def coordinated_start(doc: Doc, start: int, end: int) -> int:
    """Where a body's name begins when the model left out the first of two
    coordinated fields ("Finance and" of "Finance and Economy Ministry")."""
    if doc[end - 1].lower_ not in ORG_HEAD_WORDS or start < 2:
        return start
    link, field = doc[start - 1], doc[start - 2]
    # the field untagged, or tagged alone as a body of its own ("Public" of "the
    # Public and Civic Services Union")
    alone = field.ent_type_ == "ORG" and field.ent_iob_ == "B" and link.ent_iob_ != "I"
    if link.lower_ in {"and", "&"} and _field(field) and (not field.ent_type_ or alone):
        return start - 2
    return start


def _field(token: object) -> bool:
    t = token  # a capitalised word that is no title: "Culture", "Rural", "Affairs"
    return bool(getattr(t, "is_title", False)) and getattr(t, "lower_", "") not in PORTFOLIO_TITLES


def dash_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]] | None:
    """The names on either side of a spaced dash the model read as one name
    ("Whitehall - Labour"), or None when there is no such dash."""
    cuts = [i for i in range(start + 1, end - 1)
            if doc[i].text in {"-", "–", "—", "--"} and doc[i - 1].whitespace_ and doc[i].whitespace_]  # fmt: skip
    if not cuts:
        return None
    bounds = [start, *cuts, end]
    return [(lo if k == 0 else lo + 1, hi) for k, (lo, hi) in enumerate(pairwise(bounds))]


def legal_name_end(doc: Doc, start: int, end: int) -> int | None:
    """Where a company's name ends when ``doc[start:end]`` or the few capitalised
    untagged words after it end in a legal form ("Irish" of "Irish Charm plc"),
    else None."""
    hi, form = end, doc[end - 1].lower_.rstrip(".")
    while form not in _LEGAL_FORMS and hi < len(doc) and hi - end < 4:
        nxt = doc[hi]
        if nxt.ent_type_ or not (nxt.is_title or nxt.lower_.rstrip(".") in _LEGAL_FORMS):
            break
        hi, form = hi + 1, nxt.lower_.rstrip(".")
    return hi if form in _LEGAL_FORMS else None
