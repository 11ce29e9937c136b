"""An "our" before a state's forces, envoys or land inside a quote is the speaker's
country: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        (
            '"Our soldiers were attacked by Sudanese troops," said Deng Mayen, a spokesman '
            "for the South Sudanese army.",
            "Sudan",
            "South Sudan",
        ),
        (
            '"Russian jets bombed our positions," said Oleh Vasko, the Ukrainian defence minister.',
            "Russia",
            "Ukraine",
        ),
        (
            '"Our government has imposed sanctions on Belarus," the Latvian foreign '
            "minister, Ilze Berzina, said on Friday.",
            "Latvia",
            "Belarus",
        ),
    ],
)
def test_our_is_the_speakers_country(  # type: ignore[no-untyped-def]
    facts_of, text: str, agent: str, target: str
) -> None:
    assert (agent, target) in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # no speaker named
        '"Our troops were attacked by Azerbaijan," a voice on the radio said.',
        # a party's own, not a state's
        '"Our party has been attacked by the Greens," said Tom Reed, a Labour spokesman.',
        # a speaker with no country
        '"Our soldiers were attacked by rebels," said Tom Reed, a local farmer.',
    ],
)
def test_no_country_for_our(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    pairs = directed(facts, EventKind.CONFLICT)
    assert not any(t in {"Armenia", "Labour Party", "United Kingdom"} for _, t in pairs)
    assert not any(t.endswith("Party") for _, t in pairs)
