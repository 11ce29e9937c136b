"""A warning of the warner's own force or sanctions against someone is a threat."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def _threats(facts) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return {
        (names[a], names[t], e.cameo)
        for e in facts.events
        if e.kind is EventKind.CONFLICT and e.type == "threaten" and e.factual
        for a in e.actors("agent")
        for t in e.actors("target")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serbia warned of military action against Croatia if the talks failed.",
            ("Serbia", "Croatia", "138"),
        ),
        ("China warned on Monday of retaliation against Japan.", ("China", "Japan", "138")),
        ("Russia warned of the use of force against Georgia.", ("Russia", "Georgia", "138")),
        (
            "Washington warned of sanctions against Iran over the tests.",
            ("United States", "Iran", "130"),
        ),
        ("The EU warned of tariffs on American goods.", ("European Union", "United States", "130")),
    ],
)
def test_warned_of_its_own_act_against_someone(
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in _threats(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The US warned of a Russian offensive against Ukraine.",  # another's act
        "Britain warned of attacks on hotels in Kenya.",  # a forecast of others' attacks
        "Police warned of retaliation by the Red Hand gang against Ireland.",  # by another
        "Russia warned of the use of nuclear weapons.",  # against no one
    ],
)
def test_a_warning_of_someone_elses_act_threatens_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not _threats(facts)
    assert ("United States", "Ukraine") not in directed(facts, EventKind.CONFLICT)
