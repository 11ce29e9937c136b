"""The C allocator's thresholds for a process that parses a corpus.

spaCy's layers make and free arrays of a few hundred KiB to tens of MiB for
every batch. glibc serves an allocation above its mmap threshold with fresh
pages from the kernel and returns them when it is freed, and gives the top of
its heap back whenever more than its trim threshold is free there, so a run
that allocates alike batch after batch has the kernel map and zero the same
memory again each time (about 210,000 page faults over 200 short articles,
most of them inside the model's layers). glibc raises both thresholds itself
after the first large block is freed, but only up to 32 MiB and in steps;
:func:`steady_heap` sets them once, high enough that the arrays of a batch
come from the heap and are reused by the next (half the page faults). The
memory freed is still given back at every store flush
(:func:`kg.run.work.give_back_memory` trims the heap explicitly). A threshold
the user set through glibc's environment variables is left as it is, and
nothing happens where the C library is not glibc.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable

M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters (malloc.h)
M_TOP_PAD = -2
M_MMAP_THRESHOLD = -3

MIB = 1 << 20
SETTINGS = {
    M_MMAP_THRESHOLD: 64 * MIB,  # larger blocks still get pages of their own
    M_TRIM_THRESHOLD: 256 * MIB,  # free heap kept at the top between batches
    M_TOP_PAD: 64 * MIB,  # room the heap grows by at once
}
ENVIRONMENT = ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_")


def steady_heap(mallopt: Callable[[int, int], int] | None = None) -> bool:
    """Set glibc's mmap, trim and top-pad thresholds to :data:`SETTINGS` (for the
    whole process); True if they were set. ``mallopt`` is glibc's own unless given."""
    if any(name in os.environ for name in ENVIRONMENT):
        return False  # the user's choice
    mallopt = mallopt if mallopt is not None else _glibc_mallopt()
    if mallopt is None:
        return False
    return all(mallopt(param, value) == 1 for param, value in SETTINGS.items())


def _glibc_mallopt() -> Callable[[int, int], int] | None:
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):
            return None
        function = ctypes.CDLL(None).mallopt
    except (AttributeError, OSError, ValueError):  # not glibc
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_int]
    function.restype = ctypes.c_int
    return function
