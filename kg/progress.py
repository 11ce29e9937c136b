"""A progress bar on stderr (when it is a terminal) for long runs."""

from __future__ import annotations

import sys
from typing import Any


class Progress:
    """Counts articles as they are written; shows articles/s while running."""

    def __init__(self, *, enabled: bool = True, total: int | None = None) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.total = total
        self._bar: Any = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from tqdm import tqdm

            self._bar = tqdm(total=self.total, unit="article", file=sys.stderr, dynamic_ncols=True,
                             desc="ingest")  # fmt: skip
        return self

    def step(self, _item: object = None) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()
