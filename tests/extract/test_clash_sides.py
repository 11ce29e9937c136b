"""A fight "with" one side, hung on a clause whose subject is the other side."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas withdrew after fierce clashes with Israeli forces.", ("Hamas", "Israel")),
        ("Israel lost three soldiers in fighting with Hezbollah.", ("Israel", "Hezbollah")),
        (
            "Syria said it had pulled back its troops after skirmishes with Turkish forces.",
            ("Syria", "Turkey"),
        ),
    ],
)
def test_clause_subject_is_the_other_side(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert expected in found
    assert expected[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "Mr Blair spoke after clashes with the Conservatives.",  # no armed sides
        "Protesters were arrested after clashes with Kenyan police.",  # passive: held
        "Labour regrouped after clashes with the Liberal Democrats.",  # parties, no state
    ],
)
def test_no_battle_read_into_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert not {p for p in found if "Kenya" in p or "Conservatives" in p or "Labour" in p}
