"""Forces sent at a government's request: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "sender", "asker"),
    [
        ("Chile sent paratroopers to Bolivia at the request of the Bolivian government.",
         "Chile", "Bolivia"),
        ("At the invitation of Peru's government, Chile deployed 900 soldiers to Lima.",
         "Chile", "Peru"),
        ("Peruvian troops were sent to Bolivia at the invitation of Bolivia's government.",
         "Peru", "Bolivia"),
        ("Chile intervened in Bolivia in May at the request of the Bolivian government.",
         "Chile", "Bolivia"),
        ("Chile dispatched peacekeepers to La Paz upon the request of La Paz.", "Chile", "Bolivia"),
    ],
)  # fmt: skip
def test_forces_sent_at_a_governments_request_protect_it(facts_of, text, sender, asker) -> None:  # type: ignore[no-untyped-def]
    assert (sender, asker) in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "sender", "asker"),
    [
        ("Chile may send paratroopers to Bolivia at the request of La Paz.", "Chile", "Bolivia"),
        ("Chile refused to deploy paratroopers despite a request from Bolivia.", "Chile", "Bolivia"),
        ("Chile sent a letter to Peru at the request of the Peruvian government.", "Chile", "Peru"),
        ("Chile deployed paratroopers to the north at the request of the United Nations.",
         "Chile", "United Nations"),
        ("Chile deployed police to the border at the request of the Chilean army.", "Chile", "Chile"),
    ],
)  # fmt: skip
def test_no_protection_is_given(facts_of, text, sender, asker) -> None:  # type: ignore[no-untyped-def]
    assert (sender, asker) not in directed(facts_of(text), EventKind.COOPERATION)
