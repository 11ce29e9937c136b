"""A titled person "seen" where a journey went was met; "saw" elsewhere meets no one."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan President Tom Mbeki travelled to Kampala, where he saw Ugandan President "
         "Yoweri Obura.", ("Tom Mbeki", "Yoweri Obura")),
        ("Canadian Prime Minister Paul Grant's trip to Seoul, where he saw South Korean "
         "President Min Park, lasted three days.", ("Min Park", "Paul Grant")),
        ("Polish President Jan Nowak was in Kyiv on Monday, where he saw President Ivan Koval.",
         ("Ivan Koval", "Jan Nowak")),
        ("Chilean Foreign Minister Rosa Diaz arrived in Lima, where she saw Peruvian President "
         "Jorge Salas.", ("Jorge Salas", "Rosa Diaz")),
    ],
)  # fmt: skip
def test_a_titled_person_seen_where_a_journey_went_was_met(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canadian Prime Minister Paul Grant will travel to Seoul, where he will see South "
         "Korean President Min Park.", ("Min Park", "Paul Grant")),
        ("Ana Vale travelled to Lyon, where she saw her sister Maria Vale.",
         ("Ana Vale", "Maria Vale")),
        ("Kenyan President Tom Mbeki said he saw Ugandan President Yoweri Obura on television.",
         ("Tom Mbeki", "Yoweri Obura")),
        ("Polish President Jan Nowak travelled to Kyiv but did not see President Ivan Koval.",
         ("Ivan Koval", "Jan Nowak")),
    ],
)  # fmt: skip
def test_seeing_with_no_journey_told_done_meets_no_one(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) not in met_pairs(facts_of(text))
