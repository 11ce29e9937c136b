"""The speaker after what is said: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The African Union will send a monitoring team to Darfur, Kenya's foreign "
            "minister, Amos Kiprono, said in a statement.",
            "Amos Kiprono",
        ),
        (
            "The World Bank has frozen its loans to Haiti, the bank's president, Omar Sall, "
            "told reporters.",
            "Omar Sall",
        ),
        (
            "Mercosur will admit Bolivia next year, Uruguay's foreign minister, Pablo Ferrer, "
            "said on Tuesday.",
            "Pablo Ferrer",
        ),
    ],
)
def test_a_speaker_after_the_content_says_it(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


def test_its_in_what_a_person_reports_is_not_the_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The World Bank has frozen its loans to Haiti, the bank's president, Omar Sall, "
        "told reporters."
    )
    assert directed(facts, EventKind.CONFLICT) == {("World Bank", "Haiti")}


@pytest.mark.parametrize(
    "text",
    [
        "The rebels will free the hostages, Ana Ruiz said.",  # a subject of its own
        "The talks ended in Lima, the capital, on Monday.",  # no speech verb
        "Peru sent troops to Tumbes, a port city, and said it would stay.",  # a place's apposition
    ],
)
def test_no_speaker_without_a_trailing_post_or_name(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert "Lima" not in speakers(facts) and "Tumbes" not in speakers(facts)
    assert not [s for s in speakers(facts) if s in {"capital", "port city"}]


def test_a_post_in_apposition_to_a_person_is_that_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("But Mr Kell denied Mr Ostra, his trade spokesman, said the plan was dead.")
    assert "Kell" not in speakers(facts)
