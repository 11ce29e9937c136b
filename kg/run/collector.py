"""The garbage collector around a run's start and end.

Python's cycle collector runs a full collection whenever the objects alive have
grown by about a quarter since the last one; each walks every object alive.
While a run starts (the extraction modules imported, the spaCy pipeline and
the gazetteers built) millions of long-lived objects are made at once, so
several full collections walk them all and find next to nothing (a few hundred
objects); :func:`paused` keeps the collector off for such a stretch (and
can set what it made aside for good, as :func:`kg.run.work.settle` does for
the pipeline). While articles are parsed and their facts extracted,
:func:`rarer` collects the young generation less often: each young collection
walks every container made since the last one that is still alive (spaCy's
documents and kg's records live through the article), so at Python's default
of one per 700 allocations most are walked several times. At the
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
    was_on, thresholds = gc.isenabled(), gc.get_threshold()
    gc.disable()
    # A library may switch the collector on again inside the block (spaCy's model
    # loading does, around every msgpack file it reads); a young threshold of 0
    # keeps automatic collections off all the same.
    gc.set_threshold(0, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if keep:
            gc.freeze()
        if was_on:
            gc.enable()
        else:
            gc.disable()


YOUNG = 5_000  # allocations between two young collections while articles are read


@contextmanager
def rarer(young: int = YOUNG) -> Iterator[None]:
    """A young-generation collection every ``young`` net allocations of
    containers inside the block (Python's default is 700), the older
    generations' thresholds unchanged; the thresholds are as before after it."""
    before = gc.get_threshold()
    gc.set_threshold(young, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def skip_final_collection() -> None:
    """Set every object alive aside from the collector (``gc.freeze``), so the
    interpreter's last collection at exit has nothing to walk. Only for a
    process about to end: what is alive now is never collected afterwards."""
    gc.freeze()
