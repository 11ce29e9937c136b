"""Names inside what is said that the statement is not about: whom the speaker
tells while saying it, and where traded goods come from. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind


def _statements(facts) -> list[tuple[set[str], set[str]]]:  # type: ignore[no-untyped-def]
    """(speakers, topics) of each statement, by name."""
    names = {a.key: a.name for a in facts.actors}
    return [
        ({names[k] for k in e.actors("speaker")}, {names[k] for k in e.actors("topic")})
        for e in facts.events
        if e.kind is EventKind.STATEMENT
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "told"),
    [
        ('Tom Rellick denied the unions had forced the changes, telling the Guardian "there is '
         'a recognition that something is wrong".', "Tom Rellick", "Guardian"),
        ("Tom Rellick said the strike was over, telling Radio Meridian the drivers would return "
         "on Monday.", "Tom Rellick", "Radio Meridian"),
        ("Ann Pollard insisted the reforms would work, speaking to Sky News on Sunday.",
         "Ann Pollard", "Sky News"),
        ("Tom Rellick said the deal was fair, in an interview with the Financial Times.",
         "Tom Rellick", "Financial Times"),
    ],
)  # fmt: skip
def test_whom_the_speaker_tells_is_no_topic(facts_of, text: str, speaker: str, told: str) -> None:  # type: ignore[no-untyped-def]
    found = [topics for speakers, topics in _statements(facts_of(text)) if speaker in speakers]
    assert found
    assert not any(told in topics for topics in found)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Tom Rellick said the Guardian had misreported his words.", "Guardian"),
        ("Ann Pollard said CNN had been unfair to the Kelso Party.", "CNN"),
        ("Ann Pollard said Peru's envoy had been telling Chile that the border was closed.",
         "Chile"),
    ],
)  # fmt: skip
def test_an_outlet_or_state_spoken_of_stays_a_topic(facts_of, text: str, topic: str) -> None:  # type: ignore[no-untyped-def]
    assert any(topic in topics for _, topics in _statements(facts_of(text)))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Chinese wine sales are growing, the Dunmore Farm Council said.", "China"),
        ("Ann Pollard said Indian steel exports had fallen by 5% last year.", "India"),
        ("Brazilian coffee prices rose sharply, the Kelso Trade Board said on Monday.", "Brazil"),
        ("The Kelso Trade Board said Japanese car imports had doubled.", "Japan"),
    ],
)
def test_where_goods_come_from_is_no_topic(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    found = _statements(facts_of(text))
    assert found
    assert not any(country in topics for _, topics in found)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Chinese government has lowered its tariffs, the Dunmore Farm Council said.",
         "China"),
        ("Tom Rellick said Chinese officials had rejected the plan.", "China"),
        ("Tom Rellick said the Japanese economy was recovering.", "Japan"),
    ],
)  # fmt: skip
def test_a_peoples_state_and_its_officials_stay_topics(facts_of, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert any(country in topics for _, topics in _statements(facts_of(text)))
