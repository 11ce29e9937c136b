"""Dates as written ("on Saturday", "March 3", "May 2018") to ISO dates.

A date is resolved only when it is unambiguous given the article's own date:
weekdays and relative days need the article date; a month and day take the
article's year (or the year before, if that day would lie after the article);
a full date needs nothing.

>>> resolve_date("Saturday", "2022-02-14")
'2022-02-12'
>>> resolve_date("yesterday", "2022-02-14")
'2022-02-13'
>>> resolve_date("March 3", "1987-03-04")
'1987-03-03'
>>> resolve_date("16 December", "2005-01-05")
'2004-12-16'
>>> resolve_date("Nov. 2, 2020", None)
'2020-11-02'
>>> resolve_date("last week", "2022-02-14") is None
True
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTH_NAMES = (
    "january february march april may june july august september october november december".split()
)
_MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
_MONTHS.update({name[:3]: i for name, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
WEEKDAYS = {
    d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}
# the days named by their distance from the day of writing (read by the names' bounds
# and by events told as given: "yesterday's meeting")
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}


def parse_iso(text: str | None) -> date | None:
    """The date part of an ISO date or timestamp ('2024-01-02T10:00Z')."""
    if not text:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text.strip())
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def resolve_date(text: str | None, article_date: str | None) -> str | None:
    """ISO date for ``text`` or None when it cannot be pinned down."""
    if not text:
        return None
    words = re.sub(r"[.,]", " ", text.lower()).split()
    anchor = parse_iso(article_date)
    if not words:
        return None
    if len(words) == 1 and words[0] in RELATIVE_DAYS and anchor:
        return (anchor + timedelta(days=RELATIVE_DAYS[words[0]])).isoformat()
    if len(words) == 1 and words[0] in WEEKDAYS and anchor:
        back = (anchor.weekday() - WEEKDAYS[words[0]]) % 7
        return (anchor - timedelta(days=back)).isoformat()
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit()]
    days = [n for n in numbers if 1 <= n <= 31]
    years = [n for n in numbers if n > 1000]
    if month is None or not days:
        return None
    day = days[0]
    if years:
        year = years[0]
    elif anchor:
        year = anchor.year
        try:
            if date(year, month, day) > anchor + timedelta(days=1):
                year -= 1
        except ValueError:
            return None
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
