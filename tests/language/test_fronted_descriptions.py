""" "Taiwan's president, she visited X": a description opening the sentence before
the subject it describes; the subject acts. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # a country's post before a pronoun: the pronoun's person, not the country
        ("Lin Meiwen won the vote in January. Taiwan's president, she met "
         "President Ruben Carvallo in Asuncion.", ("Lin Meiwen", "Ruben Carvallo")),
        # an explainer's opening question, then a former post with a country adjective
        ("Who is Sara Kobel? A former Danish foreign minister, she met Russian President "
         "Igor Vasko in 2019.", ("Sara Kobel", "Igor Vasko")),
        # a name told before, the description with a portfolio
        ("Omar Hadi will lead the talks. Egypt's former trade minister, he met Premier "
         "Chen Wubo in Beijing last week.", ("Omar Hadi", "Chen Wubo")),
    ],
)  # fmt: skip
def test_the_subject_after_a_fronted_description_meets(facts_of, text, met) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert pair(*met) in pairs
    assert not any("Taiwan" in p or "Denmark" in p or "Egypt" in p for p in pairs)


def test_a_fronted_description_gives_no_country_as_critic(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lin Meiwen won the vote in January. Taiwan's leader, she "
        "criticised Japan for the fishing ban."
    )
    found = directed(facts_of(text), EventKind.CONFLICT)
    assert ("Lin Meiwen", "Japan") in found
    assert ("Taiwan", "Japan") not in found


def test_a_subject_without_a_comma_is_untouched(facts_of) -> None:  # type: ignore[no-untyped-def]
    # one subject only: the minister is the one who met
    text = "Danish Foreign Minister Sara Kobel met Russian President Igor Vasko in 2019."
    assert pair("Sara Kobel", "Igor Vasko") in met_pairs(facts_of(text))
