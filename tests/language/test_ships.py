"""Named ships: a navy's prefix names the state the ship acts for or is attacked as;
a name after a noun of ships is the ship's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The USS Harlow shot down a Chilean helicopter.", ("United States", "Chile")),
        ("A Peruvian jet fired two missiles at the USS Harlow.", ("Peru", "United States")),
        ("HMS Pelham was hit by a Peruvian missile.", ("Peru", "United Kingdom")),
        ("Bolivian gunboats attacked HMAS Corrin near the coast.", ("Bolivia", "Australia")),
        ("Ecuador sank the ROKS Haneul, officials said.", ("Ecuador", "South Korea")),
        ("The frigate HMS Pelham shelled Chilean positions.", ("United Kingdom", "Chile")),
    ],
)
def test_a_ship_named_with_its_navys_prefix_is_that_state(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The USS Harlow was not attacked on Tuesday.",
        "The INS Korwa fired at a Peruvian boat.",  # a prefix two navies share
        "Chile may attack the USS Harlow.",
    ],
)
def test_no_ship_attack(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {p for p in directed(facts_of(text), EventKind.CONFLICT) if "United States" in p}
    assert not {p for p in directed(facts_of(text), EventKind.CONFLICT) if "India" in p}


@pytest.mark.parametrize(
    "text",
    [
        "A Chilean submarine sank the Peruvian cruiser General Osorio.",
        "The Peruvian destroyer Almirante Vidal docked in Callao.",
        "The ferry Captain Mendez left Valparaiso on Monday.",
    ],
)
def test_a_name_after_a_ship_noun_is_no_person(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert affiliations(facts_of(text)) == set()


def test_the_named_cruiser_sunk_is_its_state(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "A Chilean submarine sank the Peruvian cruiser General Osorio."
    assert ("Chile", "Peru") in directed(facts_of(text), EventKind.CONFLICT)


def test_a_general_with_a_ship_word_elsewhere_is_a_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Chilean General Rafael Osorio met the destroyer's crew."
    assert affiliations(facts_of(text)) == {("Rafael Osorio", "Chile")}
