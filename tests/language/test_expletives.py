"""An "it" that stands for a clause, not for an actor (kg.language.expletives), in
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.expletives import expletive


def _it(nlp, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in nlp(text) if t.lower_ == "it")


@pytest.mark.parametrize(
    "text",
    [
        "It is wrong to close the border, the minister said.",
        "It seems that the talks have failed.",
    ],
)
def test_an_it_for_a_clause(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert expletive(_it(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Bank said it was ready to talk.",
        "Velcor said it would appeal.",
    ],
)
def test_an_it_for_an_actor(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not expletive(_it(nlp, text))
