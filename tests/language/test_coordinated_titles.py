"""One person described by two titles under one "the": sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mary Rourke met the Kenyan president in Nairobi. The former UN envoy and Irish "
         "president said the talks were useful.", {"Mary Rourke"}),
        ("Tomas Berg visited Kabul. The Swedish diplomat and former UN envoy said peace was "
         "possible.", {"Tomas Berg"}),
        ("Aino Lahti arrived in Cairo. The Finnish minister and EU envoy said the ceasefire "
         "would hold.", {"Aino Lahti"}),
        # any word of titles.FORMER_WORDS ("ousted", "deposed", "late") qualifies a title
        ("Mary Rourke met the Kenyan president in Nairobi. The ousted party chairman and "
         "Irish senator said the talks were useful.", {"Mary Rourke"}),
        # no one person named before: nobody, not the country
        ("The talks ended on Friday. The former UN envoy and Irish president said they were "
         "useful.", set()),
        ("Mary Rourke met Tom Vell. The former UN envoy and Irish president said the talks "
         "were useful.", set()),  # two people named: which is not told
    ],
)  # fmt: skip
def test_two_titles_of_one_person_are_the_person(facts_of, text: str, speaker: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert _last(facts_of, text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # two people: a title each under its own "the", or two states, or a shared one
        ("Mary Rourke met officials. The UN envoy and the Irish president said the talks "
         "were useful.", {"United Nations", "Ireland"}),
        ("Mary Rourke met officials. The French president and German chancellor said the "
         "talks were useful.", {"France", "Germany"}),
        ("Mary Rourke met officials. The Kenyan president and prime minister said the talks "
         "were useful.", {"Kenya"}),
        ("Mary Rourke met officials. The Irish president said the talks were useful.",
         {"Ireland"}),
    ],
)  # fmt: skip
def test_titles_of_two_people_stay_theirs(facts_of, text: str, speaker: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert _last(facts_of, text) == speaker


def _last(facts_of, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The speakers of the text's second sentence."""
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    return {names[a] for e in facts.events if e.kind is EventKind.STATEMENT
            and e.evidence.sentence == 1 for a in e.actors("speaker")}  # fmt: skip
