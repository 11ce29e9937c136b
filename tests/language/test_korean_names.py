"""Names after a title that the model cuts: a surname it takes for a people's name,
a given name of two hyphened syllables (kg.language.korean_names). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, speakers


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("South Korean National Assembly Speaker Han Ji-won said on Monday that the vote "
         "would go ahead.", "Han Ji-won", "South Korean National Assembly"),
        ("Mayor Han Ji-won said on Friday that the city would cut fares.",
         "Han Ji-won", None),
        ("Speaker Han Ji-won told lawmakers in Seoul that the session was over.",
         "Han Ji-won", None),
    ],
)  # fmt: skip
def test_a_name_after_a_title_is_one_person(  # type: ignore[no-untyped-def]
    facts_of, text: str, person: str, body: str | None
) -> None:
    facts = facts_of(text)
    assert person in speakers(facts) or person in {a.name for a in facts.actors}
    assert not any(a.name == "Han" for a in facts.actors)
    if body is not None:
        assert (person, body) in affiliations(facts)


def test_a_speakers_election_names_nobody(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The National Assembly Speaker election was held on Monday in Seoul.")
    assert not affiliations(facts)
