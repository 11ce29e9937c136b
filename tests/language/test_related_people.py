""" "His rival", "her predecessor", "the tycoon": the one person the story has named
as such before: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the rival named beside the noun, the parser hanging "his" on the name
        ("Prime Minister Karl Hesse faces a challenge from his rival Dieter Blum. Mr Hesse "
         "attacked his rival on Tuesday.", ("Karl Hesse", "Dieter Blum")),
        # "the main rival of X", a copula
        ("Dieter Blum is the main rival of Prime Minister Karl Hesse. Mr Hesse attacked his "
         "rival on Tuesday.", ("Karl Hesse", "Dieter Blum")),
        # "His rival X said", two sentences before
        ("Prime Minister Karl Hesse has faced a revolt. His rival Dieter Blum said he would "
         "stand. On Tuesday Mr Hesse accused his rival of disloyalty.",
         ("Karl Hesse", "Dieter Blum")),
        # a succession told by the verb, active and passive
        ("Anne Crosby succeeded Tom Fenwick as party chair in May. Ms Crosby criticised her "
         "predecessor on Thursday.", ("Anne Crosby", "Tom Fenwick")),
        ("Tom Fenwick was replaced by Anne Crosby as chair. Ms Crosby criticised her "
         "predecessor.", ("Anne Crosby", "Tom Fenwick")),
        ("Anne Crosby replaced Tom Fenwick as chair. Mr Fenwick criticised his successor.",
         ("Tom Fenwick", "Anne Crosby")),
        # a kind of person named before the name
        ("The tycoon Viktor Ramsov bought a newspaper in 2003. President Anton Kral later "
         "attacked the tycoon over his taxes.", ("Anton Kral", "Viktor Ramsov")),
        ("Viktor Ramsov, a billionaire, bought a newspaper. President Anton Kral later "
         "attacked the billionaire.", ("Anton Kral", "Viktor Ramsov")),
    ],
)  # fmt: skip
def test_the_person_named_as_such(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # two rivals, two tycoons: either
        "Karl Hesse faces his rival Dieter Blum and his rival Otto Rahn. Mr Hesse attacked "
        "his rival.",
        "Tycoon Viktor Ramsov and tycoon Ivan Dorn met. President Anton Kral attacked the tycoon.",
        # no succession told, no tycoon named
        "Anne Crosby met Tom Fenwick. Ms Crosby criticised her predecessor.",
        "President Anton Kral attacked the tycoon.",
        # another's rival: Blum's rival is not told
        "Karl Hesse faces his rival Dieter Blum. Otto Rahn attacked his rival.",
    ],
)
def test_no_one_such_person_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)
