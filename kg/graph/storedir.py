"""The directory of an on-disk store: its mark, its writer lock and its logs.

* The **mark** ``kg-store.json`` is written before the database and flagged once
  the database exists. kg never writes into a non-empty directory without it
  (it may be someone else's data) and never silently recreates a store whose
  database files went missing.
* The **lock** ``kg.lock`` tells writers and servers apart. A process that
  writes (``kg ingest``, ``kg query --update``, ``kg serve --writable``) holds it
  exclusively; a read-only ``kg serve`` holds it shared, so that no ingest
  changes the files under a server that would keep serving what it first read.
  Readers (``kg query``, ``kg export``, the network commands) take no lock at
  all: they open the database read-only and are never in a writer's way. The
  lock is ``flock``: per open file, released by the kernel when a process dies.
* The **logs**: the database engine starts a new ``LOG`` at each read-write
  opening and keeps the old ones (up to a thousand); kg keeps the newest
  :data:`KEEP_LOGS`.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
from pathlib import Path
from typing import IO

from kg.errors import StoreBusyError, StoreError

log = logging.getLogger(__name__)

MARKER = "kg-store.json"
LOCK = "kg.lock"
STORE_FORMAT = 1
KEEP_LOGS = 3
_OURS = (MARKER, LOCK)  # what kg itself may have put in a directory before its mark


def check_directory(path: Path, *, create: bool) -> bool:
    """Refuse what is not a kg store; create the directory and its mark when
    ``create``. True when the database already exists."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"store location {path} is a file, not a directory")
    marker = path / MARKER
    try:
        if not marker.exists():
            if path.exists() and _foreign(path):
                raise StoreError(
                    f"{path} is not empty and is not a kg store (no {MARKER}); "
                    "refusing to write into it - choose another --store directory"
                )
            if not create:
                raise StoreError(f"no store at {path}: ingest something first "
                                 f"(kg ingest PATH --store {path})")  # fmt: skip
            path.mkdir(parents=True, exist_ok=True)
            if not marker.exists():  # a second kg creating the same store wrote it meanwhile
                write_marker(path, initialised=False)
                return False
        info = json.loads(marker.read_text(encoding="utf-8"))
    except OSError as exc:
        raise StoreError(f"cannot use store {path}: {exc.strerror or exc}") from None
    except ValueError:
        raise StoreError(f"store {path} is damaged: unreadable {MARKER}") from None
    if not isinstance(info, dict) or info.get("kg_store_format") != STORE_FORMAT:
        found = info.get("kg_store_format") if isinstance(info, dict) else info
        raise StoreError(f"store {path} has format {found!r}, "
                         f"this kg reads format {STORE_FORMAT}")  # fmt: skip
    has_database = (path / "CURRENT").exists()
    if info.get("initialised") and not has_database:
        raise StoreError(
            f"store {path} is damaged: its database files are missing; kg will not "
            "silently start an empty store there - restore it or choose another --store"
        )
    return has_database


def _foreign(path: Path) -> bool:
    """True when the directory holds something kg did not put there."""
    for entry in os.scandir(path):
        name = entry.name
        if name in _OURS or (name.startswith(f".{MARKER}.") and name.endswith(".tmp")):
            continue
        return True
    return False


def write_marker(path: Path, *, initialised: bool) -> None:
    """Write the store mark atomically. ``initialised`` records that the database
    exists, so a store whose files went missing is reported, not recreated."""
    info = {"kg_store_format": STORE_FORMAT, "initialised": initialised}
    tmp = path / f".{MARKER}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(info) + "\n", encoding="utf-8")
    os.replace(tmp, path / MARKER)


# -- the writer lock -------------------------------------------------------------


def lock(path: Path, *, shared: bool) -> IO[bytes] | None:
    """Take the store's lock (shared for a read-only server, else exclusive) or
    raise :class:`StoreBusyError` saying who holds it. The lock lasts as long as
    the returned file is open; None where the directory cannot hold a lock file
    (a read-only file system: nobody can write there either)."""
    try:
        handle = open(path / LOCK, "ab")  # noqa: SIM115 - held open on purpose
    except OSError as exc:
        log.debug("no lock file in %s: %s", path, exc)
        return None
    try:
        fcntl.flock(handle, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        if shared or writer_active(path):
            raise StoreBusyError(
                f"store {path} is busy: another kg process is writing to it "
                "(kg ingest, kg query --update or kg serve --writable); try again when it "
                "has finished (or query a server started with kg serve --writable)"
            ) from None
        raise StoreBusyError(
            f"store {path} is being served by kg serve (read-only), which would go on "
            "serving what it read at start; stop that server first, or serve the store "
            "with kg serve --writable and ingest through it (--store http://HOST:PORT)"
        ) from None
    return handle


def writer_active(path: Path) -> bool:
    """True when a process holds the store's lock exclusively (a writer)."""
    try:
        handle = open(path / LOCK, "rb")  # noqa: SIM115
    except OSError:
        return False
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


# -- logs ------------------------------------------------------------------------


def tidy_logs(path: Path, keep: int = KEEP_LOGS) -> int:
    """Remove all but the newest ``keep`` old engine logs; how many went."""
    try:
        old = sorted((e for e in os.scandir(path) if e.name.startswith("LOG.old.")),
                     key=lambda e: e.stat().st_mtime_ns)  # fmt: skip
    except OSError:
        return 0
    removed = 0
    for entry in old[: max(len(old) - keep, 0)]:
        with contextlib.suppress(OSError):
            os.remove(entry.path)
            removed += 1
    return removed
