"""How names compare across articles."""

from __future__ import annotations

import pytest

from kg.graph.name_forms import fuller, initials, name_words, part_of, stands_for


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Karim al-Rashid", ["karim", "rashid"]),
        ("Mr Tom O\u2019Neill", ["tom", "o'neill"]),
        ("Dr Lena van Dijk", ["lena", "dijk"]),
        ("Baroness Vale", ["baroness", "vale"]),  # a peer keeps her title
    ],
)
def test_name_words(name: str, words: list[str]) -> None:
    assert name_words(name) == words


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("Northern Farmers Union", "NFU"),
        ("UK Coastal League", "UKCL"),
        ("Council of Harbour Towns", "CHT"),
        ("Anglo-Nordic Trust", "ANT"),
    ],
)
def test_initials(name: str, letters: str) -> None:
    assert initials(name) == letters


def test_fuller_and_part_of() -> None:
    assert fuller(["ann", "b", "vale"], ["ann", "vale"])
    assert fuller(["vincent", "vale"], ["vince", "vale"])
    assert not fuller(["ann", "vale"], ["anna", "vale"])
    assert not fuller(["ann", "vale"], ["bo", "vale"])  # too short to be a short form
    assert part_of("Vale", "Ann B Vale") and part_of("Ann Vale", "Ann Vale Jones")
    assert not part_of("Ann B Vale", "Ann B Vale") and not part_of("Bo", "Ann Vale")


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("DR", "Dockers and Riggers Union", True),
        ("DRU", "Dockers and Riggers Union", True),
        ("DR Union", "Dockers and Riggers Union", True),
        ("DR Union", "DR", True),
        ("DR", "DR Union", True),
        ("DR", "Dockers and Riggers Council", False),  # only a closing Union or Party drops
        ("DR", "Western Radio", False),
        ("Dockers", "Dockers and Riggers Union", False),  # not an acronym
        ("DR", "DR", False),
    ],
)
def test_stands_for(short: str, name: str, expected: bool) -> None:
    assert stands_for(short, name) is expected
