"""Whom "called" rings (kg.extract.ringing): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Filipino President Marco Dizon called Japanese Prime Minister Aiko Tanaka on Monday to "
         "discuss the typhoon.", pair("Marco Dizon", "Aiko Tanaka")),
        ("Chancellor Otto Brandt called Polish President Adam Nowak on Friday.",
         pair("Otto Brandt", "Adam Nowak")),
        ("Envoy Mira Kosk called her Egyptian counterpart on Tuesday.", pair("Mira Kosk", "Egypt")),
        ("President Lia Moreno called Chancellor Otto Brandt to congratulate him.",
         pair("Lia Moreno", "Otto Brandt")),
    ],
)  # fmt: skip
def test_calling_someone_is_a_phone_call(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert met_pairs(facts) == {expected}
    assert any(e.kind is EventKind.PHONE_CALL for e in facts.events)


@pytest.mark.parametrize(
    "text",
    [
        "Filipino President Marco Dizon called on Japanese Prime Minister Aiko Tanaka to apologise.",
        "Filipino President Marco Dizon called Japanese Prime Minister Aiko Tanaka a liar.",
        "Filipino President Marco Dizon called Japanese Prime Minister Aiko Tanaka to resign.",
        "Filipino President Marco Dizon called for talks with Japanese Prime Minister Aiko Tanaka.",
        'Chancellor Otto Brandt called Polish President Adam Nowak "a friend".',
        "Chancellor Otto Brandt called Poland a friend.",
        "A man called Marco Dizon was arrested by Chancellor Otto Brandt's police.",
        "Chancellor Otto Brandt will call Polish President Adam Nowak on Friday.",
    ],
)
def test_calling_on_naming_or_urging_is_no_call(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()
