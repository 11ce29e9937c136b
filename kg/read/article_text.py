"""One article from its text or from a JSON record: the text normalised, the
dateline split off, the id given or made from the content.

>>> art = article_from_text("Talks resume\\nVIENNA -- Envoys met on Monday.", source="x.txt")
>>> art.title, art.dateline, art.text
('Talks resume', 'VIENNA', 'Envoys met on Monday.')
>>> art.id == article_from_text("Talks resume\\nVIENNA -- Envoys met on Monday.", source="y").id
True
"""

from __future__ import annotations

import hashlib
import re

from kg.errors import InputError
from kg.records import Article

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})"
# "TEHRAN -- ", "WASHINGTON, March 31 - ", "NEW YORK (Reuters) - ", "Moscow, 3 May (AFP) — ",
# and the AP style with the country or state after the city: "ABUJA, Nigeria (AP) — "
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?|[A-Z][A-Z.'’ -]{1,40}?)"
    rf"(?:\s*,\s*(?!{_DATE})(?P<region>[A-Z][A-Za-z.'’-]*(?:\s[A-Z][A-Za-z.'’-]*){{0,2}}))?"
    rf"(?:\s*,\s*(?P<date>{_DATE})(?:\s*,\s*\d{{4}})?)?"
    r"(?:\s*\((?P<agency>[A-Za-z .-]{2,30})\))?"
    r"\s*(?:--|—|–|-|_|(?<=[A-Za-z.]):)\s+(?=\S)"
)


def content_id(title: str, text: str) -> str:
    """A stable id from an article's content: the same text always gets the same id."""
    digest = hashlib.sha256(f"{title.strip()}\n{text.strip()}".encode()).hexdigest()
    return digest[:16]


def _safe_id(given: object) -> str | None:
    if given is None or isinstance(given, bool):
        return None
    text = str(given).strip()
    if not text:
        return None
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.")[:80].rstrip("-.")
    if slug and slug == text:
        return slug
    # Keep ids readable where possible but never let odd characters into IRIs.
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return (slug[:40] + "-" if slug else "") + digest


_DROP = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n"})


def normalise_text(text: str) -> str:
    """Line ends to ``\\n``; NUL, other control characters, stray byte-order marks
    and noncharacters dropped; lone surrogates (from JSON ``\\ud800`` escapes)
    replaced, so the text can always be encoded, stored and serialised.

    >>> normalise_text("a\\r\\nb\\x00c\\x1b[2J\\ud800")
    'a\\nbc[2J\\ufffd'
    """
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS)
    return _SURROGATE.sub("\ufffd", _DROP.sub("", text))


def split_dateline(body: str) -> tuple[str | None, str | None, str]:
    """Return ``(place, date, rest)`` when ``body`` opens with a news dateline.

    >>> split_dateline("WASHINGTON, March 3 - President Hale said so.")
    ('WASHINGTON', 'March 3', 'President Hale said so.')
    >>> split_dateline("ABUJA, Nigeria (AP) — The bloc met.")
    ('ABUJA, Nigeria', None, 'The bloc met.')
    >>> split_dateline("Iran said so.")
    (None, None, 'Iran said so.')
    """
    match = _DATELINE.match(body)
    if not match:
        return None, None, body
    place = match.group("place").strip()
    # A dateline place is upper case ("TEHRAN") or a short title-case place
    # name followed by a date or agency; a sentence opening with a hyphen is not.
    shouted = place.upper() == place and any(c.isalpha() for c in place)
    if not shouted and not (match.group("date") or match.group("agency")):
        return None, None, body
    if match.group(0).rstrip().endswith(":") and not shouted:
        return None, None, body  # "NEW DELHI: ..." (Indian papers), never "Iran: ..."
    if match.group("region"):
        place = f"{place}, {match.group('region')}"  # "ABUJA, Nigeria"
    return place, match.group("date"), body[match.end() :]


def article_from_text(
    raw: str,
    *,
    source: str,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    given_id: object = None,
) -> Article:
    """Build an :class:`Article` from plain text; the first line is the headline
    unless ``title`` is given."""
    text = normalise_text(raw).strip()
    if title is None:
        lines = text.split("\n", 1)
        if len(lines) == 2 and lines[1].strip() and len(lines[0]) <= 300:
            title, text = lines[0].strip(), lines[1].strip()
        else:
            title = ""
    title = " ".join(normalise_text(title).split())
    place, _dateline_date, body = split_dateline(text)
    if not body.strip() and not title:
        raise InputError("no text")
    art_id = _safe_id(given_id) or content_id(title, body)
    return Article(
        id=art_id,
        title=title,
        text=body,
        source=source,
        date=date or None,
        dateline=place,
        url=url,
        publisher=publisher,
    )


def _json_type(value: object) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
            int: "a number", float: "a number"}.get(type(value), "null")  # fmt: skip


def article_from_record(record: object, *, source: str) -> Article:
    """One record (a JSON object: ``text`` or ``body``, optional ``title``, ``date``,
    ``url``, ``source``, ``id``) to an article; wrong types are reported, extra
    fields ignored."""
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {_json_type(record)}")
    field_name = next((k for k in ("text", "body") if record.get(k) not in (None, "")), None)
    if field_name is None:
        raise InputError("record has no 'text' or 'body'")
    text = record[field_name]
    if not isinstance(text, str):
        raise InputError(f"'{field_name}' is {_json_type(text)}, not a string")
    if not text.strip():
        raise InputError(f"'{field_name}' is blank")
    title = record.get("title")
    if isinstance(title, bool) or not isinstance(title, str | int | float):
        title = ""

    def opt(name: str) -> str | None:
        value = record.get(name)
        return normalise_text(value).strip() or None if isinstance(value, str) else None

    given = record.get("id")
    return article_from_text(
        text,
        source=source,
        title=str(title),
        date=opt("date"),
        url=opt("url"),
        publisher=opt("source"),
        given_id=given if isinstance(given, str | int) else None,
    )
