"""A side's claim to a deed of its own owns up to it; other claims stay charges:
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Grey Lynx claimed on Monday to have hacked the servers of Latvia's central bank.",
         ("Grey Lynx", "Latvia")),
        ("The Sable Front claimed to have attacked a Malian army convoy.",
         ("Sable Front", "Mali")),
        ("The Volga Brigade claimed to have shelled a Ukrainian border post.",
         ("Volga Brigade", "Ukraine")),
    ],
)  # fmt: skip
def test_a_claim_to_ones_own_deed_owns_up_to_it(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    got = directed(facts_of(text), EventKind.CONFLICT)
    assert any(a.endswith(pair[0]) and b.startswith(pair[1]) for a, b in got), got


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("Grey Lynx claimed to have been attacked by Latvia's police.", "attacked"),
        ("Grey Lynx claimed that Latvia had hacked its servers.", "hacked"),
        ("Grey Lynx denied having hacked the servers of Latvia's central bank.", "hacked"),
        ("Grey Lynx threatened to hack the servers of Latvia's central bank.", "hack"),
        ("Latvia accused Grey Lynx of hacking the servers of its central bank.", "hacking"),
        ("Grey Lynx claimed to hack the servers of banks every week.", "hack"),
    ],
)
def test_other_claims_stay_charges(facts_of, text: str, deed: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not [e for e in facts.events if e.trigger == deed and e.factual]
