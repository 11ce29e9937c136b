"""A participle after a clause a speaker tells is the speaker's when that clause's
subject names no one (kg.extract.told_participles): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway's foreign minister, Jonas Brekke, said on Monday that the negotiations had "
         "failed, accusing Iran of stalling.", ("Jonas Brekke", "Iran")),
        ("Peter Vance, the Australian trade minister, said the deal was dead, blaming China "
         "for the collapse.", ("Peter Vance", "China")),
        ("Kenya's president, Daniel Mwangi, told reporters on Wednesday that the border would "
         "stay closed, criticising Uganda.", ("Daniel Mwangi", "Uganda")),
        ("Chile's foreign minister, Ana Rojas, said the vote had been rigged, condemning "
         "Bolivia.", ("Ana Rojas", "Bolivia")),
    ],
)  # fmt: skip
def test_the_speaker_does_what_the_participle_says(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_told_clause_with_an_actor_keeps_its_participle(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Carl Holm, the Dutch foreign minister, said that Turkey had closed its border, "
            "accusing Greece of smuggling.")  # fmt: skip
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert ("Turkey", "Greece") in found
    assert ("Carl Holm", "Greece") not in found


@pytest.mark.parametrize(
    ("text", "speaker", "other"),
    [
        ("Anna Berg, Sweden's foreign minister, said, citing a Danish report, that the talks "
         "had stalled.", "Anna Berg", "Denmark"),
        ("Mark Dale said on Monday that the talks had stalled, citing Israel's objections.",
         "Mark Dale", "Israel"),
        ("Mark Dale said on Monday that Iran's envoy had left the talks, accusing Israel of "
         "sabotage.", "Mark Dale", "Israel"),
    ],
)  # fmt: skip
def test_no_act_of_the_speaker_beyond_the_participle(
    facts_of, text: str, speaker: str, other: str
) -> None:  # type: ignore[no-untyped-def]
    assert (speaker, other) not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said a car bomb had exploded in Damascus, killing two Syrian officials.",
        "Kabul said the bomb had exploded near a checkpoint, killing three Pakistani soldiers.",
        "Chile said the storm had hit the coast, forcing Peruvian ships into port.",
    ],
)
def test_a_deed_after_the_told_clause_is_not_the_speakers(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert not {("Turkey", "Syria"), ("Afghanistan", "Pakistan"), ("Chile", "Peru")} & found, text
