"""A national party's name that another country's name qualifies is that country's
party: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations

# The gazetteer's British parties (general knowledge)
_BRITISH = {"Labour Party", "Conservative Party"}


@pytest.mark.parametrize(
    "text",
    [
        "Britain's ambassador met Israel's Labour party leader, Amir Dolev, on Monday.",
        "Britain said Australia's Labour party leader, Kim Reed, would visit London.",
        "Iranian Conservatives in parliament blocked the deal, British officials said.",
        "British diplomats said South Korea's Conservatives had won the vote.",
    ],
)
def test_another_country_s_party_is_not_britain_s(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {a.name for a in facts_of(text).actors} & _BRITISH


@pytest.mark.parametrize(
    "text",
    [
        "Britain's Labour party said it would fight the election on the economy.",
        "Tory leader Ken Moss said the British Conservatives would win.",
        "Labour leader Ann Vale met Britain's Conservative leader Tom Ross.",
    ],
)
def test_britain_s_own_party_stays(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {a.name for a in facts_of(text).actors} & _BRITISH


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Labour Minister Ali Hamad met British officials in London.",
        "Saudi Labour Minister Ali Hamad said the rules would change.",
    ],
)
def test_a_ministry_s_field_after_a_demonym_is_no_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not [a for a in facts.actors if a.name.startswith("Labour")]
    assert ("Ali Hamad", "Saudi Arabia") in affiliations(facts)
