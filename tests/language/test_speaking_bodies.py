"""Who "it" is when a body abroad reports its own act (kg.language.speaking_bodies):
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "agent", "place"),
    [
        ("The UN peacekeeping mission in Lebanon said it had protested to Israel.",
         "United Nations", "Lebanon"),
        ("The EU delegation in Kenya said it had protested to Somalia.", "European Union", "Kenya"),
        ("The African Union mission in Somalia said it had condemned Eritrea.",
         "African Union", "Somalia"),
    ],
)  # fmt: skip
def test_it_said_by_a_body_abroad_is_whose_body_it_is(
    facts_of, text: str, agent: str, place: str
) -> None:  # type: ignore[no-untyped-def]
    """ "the UN mission in Lebanon said it had ...": the UN did, not the country the
    mission is in."""
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert any(a == agent for a, _ in found)
    assert not any(a == place for a, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan newspaper in Nairobi said it had criticised Somalia.",
        "The Kenyan bank in Kampala said it had criticised Uganda.",  # a firm, no state's
    ],
)
def test_it_said_by_a_paper_or_a_firm_is_not_its_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert not any(a == "Kenya" for a, _ in found)
