"""Stage 1: files in, :class:`Article` records out.

Reads ``.txt`` (first line is the headline), ``.html``/``.htm`` (visible text),
``.json`` (one record or an array) and ``.jsonl`` (one record per line).
Folders are walked recursively. Every input either yields articles or a
:class:`Skipped` naming the source and the reason, so one bad file never stops
a batch.

>>> art = article_from_text("Talks resume\\nVIENNA -- Envoys met on Monday.", source="x.txt")
>>> art.title, art.dateline, art.text
('Talks resume', 'VIENNA', 'Envoys met on Monday.')
>>> art.id == article_from_text("Talks resume\\nVIENNA -- Envoys met on Monday.", source="y").id
True
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.decode import decode_bytes
from kg.errors import InputError
from kg.htmltext import html_to_text

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "TEHRAN -- ", "WASHINGTON, March 31 - ", "NEW YORK (Reuters) - ", "Moscow, 3 May (AFP) — "
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?|[A-Z][A-Z.'’ -]{1,40}?)"
    rf"(?:\s*,\s*(?P<date>{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:\s*,\s*\d{{4}})?)?"
    r"(?:\s*\((?P<agency>[A-Za-z .-]{2,30})\))?"
    r"\s*(?:--|—|–|-)\s+(?=\S)"
)


@dataclass(frozen=True)
class Article:
    """One news article, as read from its source."""

    id: str
    title: str
    text: str
    source: str
    date: str | None = None
    dateline: str | None = None
    url: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Skipped:
    """An input that produced no article, and why."""

    source: str
    reason: str


ReadResult = Article | Skipped


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
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")[:80]
    if slug and slug == text:
        return slug
    # Keep ids readable where possible but never let odd characters into IRIs.
    return (slug[:40] + "-" if slug else "") + hashlib.sha256(text.encode()).hexdigest()[:12]


def normalise_text(text: str) -> str:
    """Line ends to ``\\n``, NUL and other control characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)


def split_dateline(body: str) -> tuple[str | None, str | None, str]:
    """Return ``(place, date, rest)`` when ``body`` opens with a news dateline.

    >>> split_dateline("WASHINGTON, March 3 - President Reagan said so.")
    ('WASHINGTON', 'March 3', 'President Reagan said so.')
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


def _record_to_article(record: object, *, source: str) -> Article:
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text", record.get("body"))
    if not isinstance(text, str) or not text.strip():
        raise InputError("record has no 'text' or 'body' string")
    title = record.get("title", "")
    if not isinstance(title, str):
        title = str(title) if title is not None else ""

    def opt(name: str) -> str | None:
        value = record.get(name)
        return value.strip() or None if isinstance(value, str) else None

    return article_from_text(
        text,
        source=source,
        title=title,
        date=opt("date"),
        url=opt("url"),
        publisher=opt("source"),
        given_id=record.get("id"),
    )


def _read_json_records(text: str, source: str) -> Iterator[ReadResult]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Skipped(source, f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    records = data if isinstance(data, list) else [data]
    for n, record in enumerate(records, 1):
        where = f"{source}[{n}]" if isinstance(data, list) else source
        try:
            yield _record_to_article(record, source=where)
        except InputError as exc:
            yield Skipped(where, str(exc))


def _read_jsonl_records(text: str, source: str) -> Iterator[ReadResult]:
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"invalid JSON line: {exc.msg} at column {exc.colno}")
            continue
        try:
            yield _record_to_article(record, source=where)
        except InputError as exc:
            yield Skipped(where, str(exc))


def read_file(path: Path, *, max_bytes: int = 5_000_000) -> Iterator[ReadResult]:
    """Articles from one file, or one :class:`Skipped` saying why there are none."""
    source = str(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Skipped(source, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(source, f"cannot read: {exc.strerror or exc}")
        return
    try:
        text = decode_bytes(data)
    except InputError as exc:
        yield Skipped(source, str(exc))
        return
    if not text.strip():
        yield Skipped(source, "empty file")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_records(text, source)
    elif suffix in JSON_SUFFIXES:
        yield from _read_json_records(text, source)
    else:
        title = None
        if suffix in HTML_SUFFIXES:
            title, text = html_to_text(text)
        try:
            yield article_from_text(text, source=source, title=title)
        except InputError as exc:
            yield Skipped(source, str(exc))


def iter_files(
    paths: Iterable[str | os.PathLike[str]], *, suffixes: Collection[str] = ARTICLE_SUFFIXES
) -> Iterator[Path | Skipped]:
    """Expand folders recursively (following each real directory once) into
    files; inside folders only files with one of ``suffixes`` are taken."""
    seen_dirs: set[str] = set()
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield Skipped(str(path), "no such file or directory")
        elif path.is_dir():
            yield from _walk(path, seen_dirs, suffixes)
        else:
            yield path


def _walk(root: Path, seen_dirs: set[str], suffixes: Collection[str]) -> Iterator[Path | Skipped]:
    real = os.path.realpath(root)
    if real in seen_dirs:
        yield Skipped(str(root), "directory already visited (symlink loop)")
        return
    seen_dirs.add(real)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield Skipped(str(root), f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError as exc:
            yield Skipped(str(path), f"cannot stat: {exc.strerror or exc}")
            continue
        if is_dir:
            yield from _walk(path, seen_dirs, suffixes)
        elif path.suffix.lower() in suffixes:
            yield path
        else:
            yield Skipped(str(path), f"not an article file ({path.suffix or 'no suffix'})")


def read_articles(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = 5_000_000
) -> Iterator[ReadResult]:
    """Every article under ``paths``, in a stable order, with a :class:`Skipped`
    for each input that could not be read."""
    for item in iter_files(paths):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_file(item, max_bytes=max_bytes)
