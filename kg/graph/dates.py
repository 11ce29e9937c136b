"""Dates as typed literals: ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear``.

An article's date may be written in many ways; SPARQL can only compare it when
it is typed. :func:`date_literal` reads the common forms and returns the most
precise type the text supports, or None (the text is then kept as it is, in
``kg:dateText``).

>>> [str(date_literal(t)) for t in ("2005-03-20T10:00:00Z", "March 20, 2005", "20 Mar 2005")]
['2005-03-20', '2005-03-20', '2005-03-20']
>>> date_literal("2021-03").datatype == XSD.gYearMonth, date_literal("2021").datatype == XSD.gYear
(True, True)
>>> date_literal("Tue, 02 Mar 2021 10:00:00 GMT").datatype == XSD.date
True
>>> date_literal("Saturday") is None, date_literal("2023-02-29") is None
(True, True)
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from rdflib import Literal
from rdflib.namespace import XSD

_ISO = re.compile(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])")
_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y",
            "%Y/%m/%d", "%d.%m.%Y", "%B %Y", "%b %Y")  # fmt: skip


def date_literal(text: str | None) -> Literal | None:
    """The typed literal for a date as written, or None when it names no calendar date."""
    if not text or not text.strip():
        return None
    match = _ISO.match(text)
    if match:
        year, month, day = match.groups()
        try:
            if day:
                return Literal(date(int(year), int(month), int(day)).isoformat(), datatype=XSD.date)
            if month:
                if not 1 <= int(month) <= 12:
                    return None
                return Literal(f"{year}-{month}", datatype=XSD.gYearMonth)
        except ValueError:
            return None
        return Literal(year, datatype=XSD.gYear)
    text = " ".join(text.split())
    for fmt in _FORMATS:
        try:
            parsed = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if "%d" not in fmt:
            return Literal(parsed.strftime("%Y-%m"), datatype=XSD.gYearMonth)
        return Literal(parsed.isoformat(), datatype=XSD.date)
    try:
        return Literal(parsedate_to_datetime(text).date().isoformat(), datatype=XSD.date)
    except (TypeError, ValueError, IndexError):
        return None
