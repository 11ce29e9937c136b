"""A journey that is part of a life is no visit: made as a refugee, a child or a
student, to study or settle, years ago or in a decade. Sentences of our own."""

from __future__ import annotations

import pytest
from helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # what the traveller went as
        ("Foreign Minister Tomas Ravel, who arrived in Canada as a refugee, said the rules "
         "were harsh.", "Tomas Ravel", "Canada"),
        ("Deputy Minister Lea Konn first travelled to France as a student in 1989.", "Lea Konn",
         "France"),
        ("President Amir Dosh visited Germany as a child with his parents.", "Amir Dosh",
         "Germany"),
        ("Foreign Minister Tomas Ravel recalled his first visit to France as a student.",
         "Tomas Ravel", "France"),
        # what the journey was for
        ("Minister Paulo Serr went to Portugal to study in 1998 and returned in 2004.",
         "Paulo Serr", "Portugal"),
        ("Minister Ana Vale went to Canada to settle with her family.", "Ana Vale", "Canada"),
        ("Senator Ruth Gale flew to Spain to retire.", "Ruth Gale", "Spain"),
        # how long ago, or the decade
        ("Foreign Minister Tomas Ravel arrived in Norway eleven years ago.", "Tomas Ravel",
         "Norway"),
        ("Ambassador Hana Velt first travelled to Japan two decades ago.", "Hana Velt", "Japan"),
        ("Senator Ruth Gale, who visited Cuba in the 1970s, criticised the embargo.",
         "Ruth Gale", "Cuba"),
        ("Minister Ana Vale travelled to India in the 1960s.", "Ana Vale", "India"),
    ],
)  # fmt: skip
def test_a_journey_of_a_life_is_no_visit(facts_of, text: str, person: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(person, country) not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Foreign Minister Tomas Ravel visited Britain last week.", "Tomas Ravel",
         "United Kingdom"),
        ("Foreign Minister Tomas Ravel arrived in Britain on Monday for talks.", "Tomas Ravel",
         "United Kingdom"),
        ("President Amir Dosh flew to Germany last night.", "Amir Dosh", "Germany"),
        ("Prime Minister Aldo Brenn arrived in Japan as part of a regional tour.", "Aldo Brenn",
         "Japan"),
        ("Minister Paulo Serr travelled to Japan in 2004 for talks with Prime Minister Ken "
         "Saito.", "Paulo Serr", "Japan"),
    ],
)  # fmt: skip
def test_a_visit_stays_a_visit(facts_of, text: str, person: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert pair(person, country) in met_pairs(facts_of(text))
