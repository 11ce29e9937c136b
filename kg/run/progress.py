"""A progress bar on stderr (when it is a terminal) for long runs.

It shows articles done, articles/s, words/s and, once the inputs have been
counted, the total and an ETA. Counting runs in a background thread (it only
lists files and counts JSON Lines records), so a large corpus starts at once.

>>> estimate_articles([])
0
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.read.articles import JSON_SUFFIXES, JSONL_SUFFIXES, Skipped, iter_files


def estimate_articles(paths: Iterable[str]) -> int:
    """How many articles ``paths`` hold: one per file, one per line of JSON Lines."""
    total = 0
    for item in iter_files(paths):
        if isinstance(item, Skipped):
            continue
        suffix = item.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            total += _count_lines(item)
        elif suffix in JSON_SUFFIXES or not _is_rdf(item):
            total += 1
    return total


def _is_rdf(path: Path) -> bool:
    from kg.graph.formats import RDF_FORMATS

    return path.suffix.lower() in RDF_FORMATS


def _count_lines(path: Path) -> int:
    n = 0
    try:
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                n += block.count(b"\n")
    except OSError:
        return 0
    return n


class Progress:
    """Counts articles as they are written; shows articles/s, words/s and ETA."""

    def __init__(
        self,
        *,
        enabled: bool = True,
        total: int | None = None,
        paths: Iterable[str] | None = None,
        stream: Any = None,
    ) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled and (stream is not None or sys.stderr.isatty())
        self.total = total
        self.paths = list(paths) if paths is not None else None
        self.done = 0
        self.words = 0
        self._start = time.perf_counter()
        self._bar: Any = None
        self._counter: threading.Thread | None = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from tqdm import tqdm

            self._bar = tqdm(total=self.total, unit="article", file=self.stream,
                             dynamic_ncols=True, desc="ingest", smoothing=0.05)  # fmt: skip
            if self.total is None and self.paths is not None:
                self._counter = threading.Thread(target=self._count, daemon=True)
                self._counter.start()
        return self

    def _count(self) -> None:
        total = estimate_articles(self.paths or [])
        bar = self._bar
        if bar is not None:
            bar.total = max(total, self.done)
            bar.refresh()

    def step(self, item: object = None) -> None:
        """One article handled (``item`` is what the writer handled, if anything)."""
        self.done += 1
        self.words += getattr(item, "words", 0)
        if self._bar is not None:
            elapsed = time.perf_counter() - self._start
            self._bar.set_postfix_str(f"{self.words / max(elapsed, 1e-9):,.0f} words/s",
                                      refresh=False)  # fmt: skip
            self._bar.update(1)

    def wait_for_total(self, timeout: float | None = None) -> int | None:
        """Block until the inputs are counted; the total (None when unknown)."""
        if self._counter is not None:
            self._counter.join(timeout)
        return self._bar.total if self._bar is not None else self.total

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()
