"""Text literals made once per text."""

from __future__ import annotations

from rdflib import Literal

from kg.graph.literals import text_literal


def test_the_same_text_gives_the_same_literal_equal_to_a_new_one() -> None:
    first = text_literal("Ana Ruiz")
    assert text_literal("Ana Ruiz") is first
    assert first == Literal("Ana Ruiz") and first.datatype is None and first.language is None
    assert text_literal("Ana Ruiz ") != first
