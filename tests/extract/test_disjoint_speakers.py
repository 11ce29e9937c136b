"""A pronoun that speaks is never someone its own words name. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import speakers


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed leads the Azure Party. Critics met in Kelby on Monday. He argued that it "
        "was their right to protest, just as Mr Reed had a right to speak.",
        "Tom Reed was re-elected on Monday. Critics were unhappy. "
        "He said Mr Reed had broken every promise.",
        "Tom Reed was re-elected on Monday. Critics were unhappy. "
        "He told reporters that Tom Reed should resign.",
        "Tom Reed was re-elected on Monday. Critics were unhappy. He did not attack the "
        "voters but argued the count was unfair - just as Mr Reed had a right to do.",
        "Tom Reed was re-elected on Monday. Critics were unhappy. "
        "He told Mr Reed that the count was unfair.",
    ],
)
def test_he_is_not_the_man_he_names(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Tom Reed" not in speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed arrived on Monday. He said the talks had failed.",
        "Tom Reed arrived on Monday. He said his rival, Ann Vale, had lied.",
        "Tom Reed said he would stand again.",
        'Tom Reed arrived on Monday. "I will stand again," he said.',
        "Tom Reed arrived on Monday. Mr Reed's own remarks had prompted censure - "
        'he told farmers to "go home" and rebuild.',
    ],
)
def test_he_still_speaks_of_others(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {"Tom Reed"}


def test_a_body_may_name_itself(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        'Velcor Group posted a loss. "Velcor believes its claim is sound and will win," it said.'
    )
    assert "Velcor Group" in speakers(facts)
