"""Names coordinated only to be set aside ("met A instead of B"): sentences written
for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("The Ghanaian president met the Togolese premier instead of the Beninese leader.",
         pair("Ghana", "Togo"), pair("Ghana", "Benin")),
        ("The Finnish minister phoned his Estonian counterpart instead of the Latvian minister.",
         pair("Finland", "Estonia"), pair("Finland", "Latvia")),
        ("The Kenyan president met not the Ugandan leader but the Tanzanian president.",
         pair("Kenya", "Tanzania"), pair("Kenya", "Uganda")),
    ],
)  # fmt: skip
def test_a_party_named_instead_takes_no_part(facts_of, text: str, kept, dropped) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert kept in pairs
    assert dropped not in pairs


def test_a_guest_named_with_not_is_no_guest(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The Norwegian king received the Finnish president and not the Danish premier."
    )
    visitors = {a.name for e in facts.events if e.kind is EventKind.VISIT for k in e.actors("visitor")
                for a in facts.actors if a.key == k}  # fmt: skip
    assert visitors == {"Finland"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana, Togo and Benin condemned Niger.", {("Ghana", "Niger"), ("Togo", "Niger"),
                                                    ("Benin", "Niger")}),
        ("Mali criticised Niger, not Chad, over the dispute.", {("Mali", "Niger")}),
    ],
)  # fmt: skip
def test_a_plain_list_keeps_every_name(facts_of, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert expected <= directed(facts_of(text), EventKind.CONFLICT)
