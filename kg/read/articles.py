"""Files in, :class:`Article` records out.

Reads ``.txt`` (first line is the headline), ``.html``/``.htm`` (visible text),
``.json`` (one record or an array) and ``.jsonl`` (one record per line).
Folders are walked recursively. Every input either yields articles or a
:class:`Skipped` naming the source and the reason, so one bad file never stops
a batch.

How one text or record becomes an article (title, dateline, id) is
:mod:`kg.read.article_text`.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.read.article_text import article_from_record, article_from_text
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
