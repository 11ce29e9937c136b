"""Files in, :class:`Article` records out.

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

import errno
import hashlib
import logging
import os
import re
import stat
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.read.decode import decode_bytes
from kg.read.html import html_to_text
from kg.read.jsonrecords import json_records, jsonl_records
from kg.records import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 1_000_000  # see kg.config: KG_MAX_ARTICLE_MB

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "TEHRAN -- ", "WASHINGTON, March 31 - ", "NEW YORK (Reuters) - ", "Moscow, 3 May (AFP) — "
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?|[A-Z][A-Z.'’ -]{1,40}?)"
    rf"(?:\s*,\s*(?P<date>{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:\s*,\s*\d{{4}})?)?"
    r"(?:\s*\((?P<agency>[A-Za-z .-]{2,30})\))?"
    r"\s*(?:--|—|–|-|_)\s+(?=\S)"
)


@dataclass(frozen=True)
class Skipped:
    """An input that produced no article, and why."""

    source: str
    reason: str


ReadResult = Article | Skipped


def display_name(path: str | os.PathLike[str]) -> str:
    r"""A file name as text that can be stored, serialised and printed: bytes the
    file system holds that are not UTF-8 (``caf\xe9.txt`` written in Latin-1)
    are shown as ``\xe9`` escapes instead of lone surrogates. Opening the file
    still uses the path itself.

    >>> display_name(os.fsdecode(b"caf\xe9.txt")), display_name("Zoë.txt")
    ('caf\\xe9.txt', 'Zoë.txt')
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


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


_RAISE = "raise KG_MAX_ARTICLE_MB to read it"


def _too_big(size: int | None, suffix: str, max_bytes: int) -> str:
    limit = file_limit(suffix, max_bytes)
    if limit == 4 * max_bytes:
        size_text = f"{size:,} bytes" if size is not None else f"over {limit:,} bytes"
        return (f"file is {size_text}, too big for an article of at most "
                f"{max_bytes:,} bytes of text ({_RAISE})")  # fmt: skip
    return f"file is over {limit:,} bytes, the limit for one {suffix} file ({_RAISE})"


def _checked(make: Callable[[], Article], source: str, max_bytes: int) -> ReadResult:
    """The article ``make`` builds, or a :class:`Skipped` when it has no text or is too big."""
    try:
        article = make()
    except InputError as exc:
        return Skipped(source, str(exc))
    size = len(article.text.encode()) + len(article.title.encode())
    if size > max_bytes:
        return Skipped(source, f"article is {size:,} bytes of text, over the {max_bytes:,}-byte "
                               f"limit ({_RAISE})")  # fmt: skip
    return article


def _from_record(record: object, where: str, max_bytes: int, name: str) -> ReadResult:
    if isinstance(record, InputError):
        return Skipped(where, str(record))
    return _checked(lambda: article_from_record(record, source=name), where, max_bytes)


def file_limit(suffix: str, max_bytes: int) -> int:
    """Largest file read whole: text may take 4 bytes a character (UTF-32), HTML
    is mostly markup and a JSON array holds many articles."""
    return max_bytes * (20 if suffix in HTML_SUFFIXES | JSON_SUFFIXES else 4)


def _why_unreadable(exc: OSError) -> str:
    reasons = {errno.ELOOP: "symbolic link loop", errno.ENOENT: "no such file or directory",
               errno.EACCES: "permission denied", errno.EISDIR: "is a directory"}  # fmt: skip
    return reasons.get(exc.errno or 0) or f"cannot read: {exc.strerror or exc}"


def _not_regular(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a directory"
    kind = "named pipe" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device"
    return f"not a regular file (a {kind})"


def read_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, name: str | None = None
) -> Iterator[ReadResult]:
    """Articles from one file, or one :class:`Skipped` saying why there are none.
    ``max_bytes`` is the largest article (its text, UTF-8 encoded); ``name`` is the
    source the articles carry (default: the path as given; see :func:`source_name`),
    while skip messages always name the path as given. Both are shown with
    :func:`display_name`, whatever bytes the file system holds."""
    source = display_name(path)
    named = display_name(name) if name else source
    suffix = path.suffix.lower()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        reason = _why_unreadable(exc)
        if exc.errno == errno.ENOENT and path.is_symlink():
            reason = "broken symbolic link"
        yield Skipped(source, reason)
        return
    with os.fdopen(fd, "rb") as fh:
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                yield Skipped(source, _not_regular(info.st_mode))
                return
            if suffix in JSONL_SUFFIXES:
                for where, record in jsonl_records(fh, source, 4 * max_bytes):
                    yield _from_record(record, where, max_bytes, named + where[len(source) :])
                return
            limit = file_limit(suffix, max_bytes)
            if info.st_size > limit:
                yield Skipped(source, _too_big(info.st_size, suffix, max_bytes))
                return
            data = fh.read(limit + 1)  # the size may lie (/proc) or grow while we read
        except InputError as exc:
            yield Skipped(source, str(exc))
            return
        except OSError as exc:
            yield Skipped(source, _why_unreadable(exc))
            return
    if len(data) > limit:
        yield Skipped(source, _too_big(None, suffix, max_bytes))
        return
    try:
        text = decode_bytes(data)
    except InputError as exc:
        yield Skipped(source, str(exc))
        return
    if not text.strip():
        yield Skipped(source, "empty file")
        return
    if suffix in JSON_SUFFIXES:
        for where, record in json_records(text, source):
            yield _from_record(record, where, max_bytes, named + where[len(source) :])
        return
    title = None
    if suffix in HTML_SUFFIXES:
        title, text = html_to_text(text)
    yield _checked(lambda: article_from_text(text, source=named, title=title), source, max_bytes)


def source_name(path: Path, given: Path) -> str:
    """The name an article read from ``path`` carries as its source: the path from
    the folder that was given (its own name included), or the file name of a file
    given directly - never the folders of the machine.

    >>> source_name(Path("/home/ann/news/politics/001.txt"), Path("/home/ann/news/politics"))
    'politics/001.txt'
    >>> source_name(Path("/tmp/x/a.json"), Path("/tmp/x/a.json")), source_name(Path("b.txt"), Path("."))
    ('a.json', 'b.txt')
    """
    if path == given:
        return path.name
    root = Path(os.path.abspath(given))
    try:  # "kg ingest ." names files from the current folder, "kg ingest news" from news/
        rel = Path(os.path.abspath(path)).relative_to(root.parent if given.name else root)
    except ValueError:
        return path.name
    return rel.as_posix()


def iter_files(
    paths: Iterable[str | os.PathLike[str]], *, suffixes: Collection[str] = ARTICLE_SUFFIXES
) -> Iterator[Path | Skipped]:
    """Expand folders recursively (following each real directory once) into
    files; inside folders only files with one of ``suffixes`` are taken."""
    for item in iter_sources(paths, suffixes=suffixes):
        yield item if isinstance(item, Skipped) else item[0]


def iter_sources(
    paths: Iterable[str | os.PathLike[str]], *, suffixes: Collection[str] = ARTICLE_SUFFIXES
) -> Iterator[tuple[Path, str] | Skipped]:
    """As :func:`iter_files`, each file with its :func:`source_name`."""
    seen_dirs: set[str] = set()
    for given in paths:
        path = Path(given)
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            broken = exc.errno == errno.ENOENT and path.is_symlink()
            yield Skipped(
                display_name(path), "broken symbolic link" if broken else _why_unreadable(exc)
            )
            continue
        except ValueError:  # a NUL in the name
            yield Skipped(repr(str(path)), "not a valid path")
            continue
        if stat.S_ISDIR(mode):
            for item in _walk(path, seen_dirs, suffixes):
                yield item if isinstance(item, Skipped) else (item, source_name(item, path))
        else:
            yield path, source_name(path, path)


def _walk(root: Path, seen_dirs: set[str], suffixes: Collection[str]) -> Iterator[Path | Skipped]:
    real = os.path.realpath(root)
    if real in seen_dirs:
        yield Skipped(
            display_name(root), "directory already read (symbolic link loop or second link)"
        )
        return
    seen_dirs.add(real)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield Skipped(display_name(root), f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError as exc:
            yield Skipped(display_name(path), _why_unreadable(exc))
            continue
        if is_dir:
            yield from _walk(path, seen_dirs, suffixes)
        elif path.suffix.lower() in suffixes:
            yield path
        else:
            suffix = display_name(path.suffix) or "no suffix"
            yield Skipped(display_name(path), f"not an article file ({suffix})")


def read_articles(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[ReadResult]:
    """Every article under ``paths``, in a stable order, with a :class:`Skipped`
    for each input that could not be read."""
    for item in iter_sources(paths):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_file(item[0], max_bytes=max_bytes, name=item[1])
