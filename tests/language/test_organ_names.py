"""A standing organ of a body of the world told in lower case through its owner is
the gazetteer's organ (kg.language.organ_names): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("The UN's security council condemned Mali for the attack.",
         "United Nations Security Council"),
        ("The security council of the United Nations condemned Mali for the attack.",
         "United Nations Security Council"),
        ("The AU's commission condemned Mali over the coup.", "African Union Commission"),
        ("The African Union's commission condemned Mali over the coup.",
         "African Union Commission"),
    ],
)  # fmt: skip
def test_the_known_organ_acts(facts_of, text: str, organ: str) -> None:  # type: ignore[no-untyped-def]
    assert (organ, "Mali") in directed(facts_of(text), EventKind.CONFLICT)


def test_the_known_organ_speaks(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The African Union's commission said the vote in Mali was fair.")
    assert "African Union Commission" in speakers(facts)


@pytest.mark.parametrize(
    "text",
    [
        "The UN's own staff council criticised the cuts on Monday.",  # no standing organ
        "The EU's council meeting ended without a deal, diplomats said.",  # a meeting
        "The UN's human rights council condemned Mali for the killings.",  # not listed
    ],
)
def test_no_organ_the_gazetteer_does_not_know(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of(text).actors}
    assert not any(n.endswith(("Council", "Commission")) for n in names)
