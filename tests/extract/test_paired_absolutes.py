"""A second with-absolute the parser ran into the first one's object: "with A backing B
and C opposing her" (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The vote was close, with Tom Reed backing Ann Vale and Mark Doyle opposing her.",
         ("Mark Doyle", "Ann Vale")),
        ("The talks went badly, with Chile accusing Peru of spying and Bolivia criticising "
         "Chile.", ("Bolivia", "Chile")),
    ],
)  # fmt: skip
def test_the_second_absolute_has_its_own_subject(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "backed", "not_backed"),
    [
        ("The vote was close, with Tom Reed backing Ann Vale and Mark Doyle opposing her.",
         ("Tom Reed", "Ann Vale"), ("Tom Reed", "Mark Doyle")),
        ("The summit split, with France backing Germany and Italy opposing the plan.",
         ("France", "Germany"), ("France", "Italy")),
    ],
)  # fmt: skip
def test_the_second_subject_is_no_one_the_first_backs(facts_of, text, backed, not_backed) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert backed in found
    assert not_backed not in found


def test_a_name_deep_in_the_first_object_opens_no_absolute(facts_of) -> None:  # type: ignore[no-untyped-def]
    # "ending" is the deal's: Bolivia is one of the deal's sides, as Peru is
    text = "With Chile backing a deal between Peru and Bolivia ending the war, the talks resumed."
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert ("Chile", "Peru") in found
    assert ("Chile", "Bolivia") in found
