"""Names joined by "and" to a word inside another name's phrase
(kg.extract.joined_names): sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Rania Qasim and Trade Minister Olga Ivanova met on Monday.",
        "Foreign Minister Priya Raman and Finance Minister Kemal Ozturk held talks on Monday.",
        "Foreign Minister Chen Wei and Trade Minister Amara Diallo met in Lusaka.",
        "Rebel commander Idris Mahamat and government negotiator Fatima Bello met in Doha.",
        "Bidya Thapa and Giorgos Stavrou met in Geneva on Monday.",
    ],
)
def test_a_titled_name_hung_on_the_next_before_and_is_coordinated(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """The parser makes the first name a modifier of the second and hangs the
    "and" on it; a person's name modifies no other name, so both met."""
    from tests.helpers import met_pairs

    pairs = met_pairs(facts_of(text))
    assert len(pairs) == 1 and all(len(p) == 2 for p in pairs), pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade Minister Olga Ivanova met Envoy Tom Berg on Monday.", {("Olga Ivanova", "Tom Berg")}),
        ("Trade Minister Olga Ivanova and her deputy met Tom Berg.", {("Olga Ivanova", "Tom Berg")}),
        ("Envoy Tom Berg met Foreign Minister Rania Qasim and Trade Minister Olga Ivanova.",
         {("Tom Berg", "Rania Qasim"), ("Tom Berg", "Olga Ivanova")}),
    ],
)  # fmt: skip
def test_only_names_joined_by_and_are_parties(
    facts_of, text: str, expected: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import met_pairs, pair

    assert met_pairs(facts_of(text)) == {pair(*p) for p in expected}


@pytest.mark.parametrize(
    "text",
    [
        '"We are pleased," said Peter and Helen executive producer Sarah Jones.',
        "Peter and Helen executive producer Sarah Jones said on Monday that the show would return.",
        '"It went well," said Peter and Helen series producer Sarah Jones.',
    ],
)
def test_a_name_of_two_names_before_a_title_is_not_two_more_speakers(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "Peter and Helen producer Sarah Jones": a show named after two people, not three speakers."""
    from tests.helpers import speakers

    assert speakers(facts_of(text)) == {"Sarah Jones"}
