"""The pipeline's layers multiply with numpy's BLAS and annotate as with blis."""

from __future__ import annotations

import numpy
import pytest
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from kg.language import matmul
from kg.language.nlp import prepare_text

# Invented sentences with names, titles, quotes, numbers and a long coordination,
# so every component (tagger, parser, entities) has work to do.
TEXT = prepare_text(
    "Foreign Minister Ilse Korhonen met her Valdorian counterpart, Tomas Reyna, in "
    'Geneva on Monday. "We will not accept new tariffs," Reyna told reporters after '
    "the talks, which lasted 4 hours. The Northern Union, the Coastal League and three "
    "smaller parties signed the accord, while the army of Valdoria shelled two villages "
    "near the border and the central bank cut rates by 0.5 points."
)


def _layers(nlp):  # type: ignore[no-untyped-def]
    return [node for _, pipe in nlp.pipeline if hasattr(getattr(pipe, "model", None), "walk")
            for node in pipe.model.walk()]  # fmt: skip


def _annotations(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in doc]


def test_load_pipeline_gives_every_layer_numpys_product(nlp) -> None:  # type: ignore[no-untyped-def]
    layers = _layers(nlp)
    assert layers
    assert all(not node.ops.use_blis for node in layers if isinstance(node.ops, NumpyOps))
    assert matmul.install(nlp) == 0  # installed once: nothing left to change


def test_blas_keeps_to_one_thread(nlp) -> None:  # type: ignore[no-untyped-def]
    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert blas
    assert all(lib["num_threads"] == 1 for lib in blas)


def test_annotations_are_those_of_blis(nlp) -> None:  # type: ignore[no-untyped-def]
    fast = _annotations(nlp(TEXT))
    layers = _layers(nlp)
    saved = [node.ops for node in layers]
    blis = NumpyOps()
    try:
        for node in layers:
            node.ops = blis
        plain = _annotations(nlp(TEXT))
    finally:
        for node, ops in zip(layers, saved, strict=True):
            node.ops = ops
    assert fast == plain
    assert any(t[5] == "B" and t[0] == "Ilse" for t in fast)  # the text had entities to find


@pytest.mark.parametrize(("trans1", "trans2"), [(False, False), (True, False), (False, True)])
def test_the_product_matches_blis(trans1: bool, trans2: bool) -> None:
    rng = numpy.random.default_rng(7)
    x = rng.standard_normal((40, 30) if not trans1 else (30, 40), dtype=numpy.float32)
    y = rng.standard_normal((30, 20) if not trans2 else (20, 30), dtype=numpy.float32)
    fast = matmul._OPS.gemm(x, y, trans1=trans1, trans2=trans2)
    plain = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert fast.shape == (40, 20)
    numpy.testing.assert_allclose(fast, plain, rtol=1e-5, atol=1e-5)
    out = numpy.empty((40, 20), dtype=numpy.float32)
    assert matmul._OPS.gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, plain, rtol=1e-5, atol=1e-5)
