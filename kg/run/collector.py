"""The garbage collector around a run's start and end.

Python's cycle collector runs a full collection whenever the objects alive have
grown by about a quarter since the last one; each walks every object alive.
While a run starts (the extraction modules imported, the spaCy pipeline and
the gazetteers built) millions of long-lived objects are made at once, so
several full collections walk them all and find next to nothing (a few hundred
objects); :func:`paused` keeps the collector off for such a stretch (and
can set what it made aside for good, as :func:`kg.run.work.settle` does for
the pipeline). At the
end of a command the process exits, and the interpreter's last full collection
would walk every object alive once more only to have the process end:
:func:`skip_final_collection` sets them aside first.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused(*, keep: bool = False) -> Iterator[None]:
    """No automatic collection inside the block; the collector is as it was
    after it (left off if it was off, on again if it was on), even when the
    block raises. Cycles made meanwhile are collected later as usual, except
    with ``keep``: then everything alive at the end of the block is set aside
    as long-lived (``gc.freeze``), since the first collection after the block
    would otherwise walk all the block made (``gc.unfreeze`` gives it back)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if was_on:
            gc.enable()


def skip_final_collection() -> None:
    """Set every object alive aside from the collector (``gc.freeze``), so the
    interpreter's last collection at exit has nothing to walk. Only for a
    process about to end: what is alive now is never collected afterwards."""
    gc.freeze()
