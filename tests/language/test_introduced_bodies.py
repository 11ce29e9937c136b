"""A body's name given after a definite description of what it is ("Ghana's main
opposition party, the X,"), and a party's noun alone before a post ("Party chairman
X"): the post is the one party's named before. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, speakers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The ruling party of Moldova, Popular Union, dismissed the report. Party chairman "
         "Levan Kapan said it was biased.", ("Levan Kapan", "Popular Union")),
        ("Ghana's main opposition party, the Progress Congress, rejected the budget. The "
         "party's general secretary, Kofi Asante, called it cruel.",
         ("Kofi Asante", "Progress Congress")),
        ("The ruling party of Moldova, Popular Union, dismissed the report. The party's "
         "chairman, Levan Kapan, said it was biased.", ("Levan Kapan", "Popular Union")),
        ("The Green Dawn party won three seats in Peru. Party leader Tomas Lind said voters "
         "wanted change.", ("Tomas Lind", "Green Dawn party")),
    ],
)  # fmt: skip
def test_a_party_named_once_owns_the_post(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # two parties named before: neither
        "Peru's Popular Force party and the Broad Front party met on Monday. Party chairman "
        "Luis Vera said the talks failed.",
        # no party named
        "Party chairman Luis Vera said the talks had failed.",
        # a party that is a gathering
        "The garden party drew a crowd in Lima. Party organiser Tomas Lind said it was fun.",
        # "the group" and a longer name ending in a country
        "The Hispanic Business Organization of Canada held a meeting. The group's president, "
        "Maria Lopes, said sales were weak.",
    ],
)
def test_no_party_or_two_give_no_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {
        b
        for p, b in affiliations(facts_of(text))
        if p in {"Luis Vera", "Tomas Lind", "Maria Lopes"}
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tory co-chairman Ann Vale had opened the forum with an attack on Labour's record and "
        "party leader Tom Hale is due to speak later.",
        "The Labour Party published its plans on Monday. A party official said the Greens had "
        "copied them.",
    ],
)
def test_a_party_noun_within_a_sentence_names_no_party(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not any(org == "Labour Party" for _, org in affiliations(facts))
    assert "Labour Party" not in speakers(facts)
