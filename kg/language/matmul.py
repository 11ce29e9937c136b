"""Matrix products for the pipeline's neural layers through numpy's BLAS.

On a CPU, thinc computes every layer's matrix product with the ``blis``
package, whose generic kernels take about three times as long as the
OpenBLAS numpy ships with (single-threaded, float32, the shapes of the small
English model: a few thousand rows by 96-480 columns). Those products are
most of the time spaCy spends parsing. :func:`install` gives each CPU layer of
a loaded pipeline thinc's own CPU operations with its ``use_blis=False``
option, under which a product is ``numpy.dot``: the same weights and
arithmetic, the sums taken in another order. On 500 documents (177,475
tokens of news and synthetic text) every tag, dependency, head, lemma and
entity came out identical, and parsing took a third less CPU time.

OpenBLAS may use several threads for one product. kg parses with one process
per core instead (``kg ingest --jobs N``), so :func:`install` keeps numpy's BLAS
to one thread in this process: threads on top of worker processes would only
compete for the same cores.
"""

from __future__ import annotations

from typing import Any

from thinc.api import NumpyOps

_OPS = NumpyOps(use_blis=False)
_limiter: Any = None


def install(nlp: Any) -> int:
    """Give every CPU layer of ``nlp``'s components numpy's matrix product (layers
    on a GPU keep their operations) and keep numpy's BLAS to one thread. Returns
    how many layers changed."""
    global _limiter
    changed = 0
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps and node.ops is not _OPS:
                node.ops = _OPS
                changed += 1
    if changed and _limiter is None:
        from threadpoolctl import threadpool_limits

        _limiter = threadpool_limits(limits=1, user_api="blas")
    return changed
