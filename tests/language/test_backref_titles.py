"""A bare title or description that speaks later in the story: the one earlier person
who holds that post ("the premier" for a prime minister, "the director-general",
"the Ghanaian leader" for "President X of Ghana"), nobody when two could."""

from __future__ import annotations

import pytest

from kg.language.bare_titles import premier_alike
from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Prime Minister Eskil Marnov of Norway met President Adjoa Kwarteng of Ghana in "
         "Bergen. The premier said the talks had been useful.", "Eskil Marnov"),
        ("Premier Tao Linhai of China met President Adjoa Kwarteng of Ghana in Tianjin. The "
         "prime minister said ties were strong.", "Tao Linhai"),
        ("Prime Minister Eskil Marnov of Norway met Deputy Prime Minister Rune Vik of Denmark. "
         "The premier said the meeting was useful.", "Eskil Marnov"),
        ("The director-general of the World Health Organization, Pilar Osuna, visited Uganda "
         "on Tuesday. The director-general later told reporters the outbreak was contained.",
         "Pilar Osuna"),
        ("The inspector-general of the Kenyan police, Jomo Wekesa, met the governor of "
         "Mombasa. The inspector-general said the force would add patrols.", "Jomo Wekesa"),
        ("King Hamad bin Rashed of Jordan met President Adjoa Kwarteng of Ghana in Aqaba. "
         "The Jordanian ruler said the region needed calm.", "Hamad bin Rashed"),
        ("President Adjoa Kwarteng of Ghana met President Yao Dossou of Benin in Tamale. The "
         "Ghanaian leader said trade would grow.", "Adjoa Kwarteng"),
        # "President X of France": France's, so "the French president" is X, not France
        ("President Remy Aubert of France met Chancellor Ute Kessel in Bonn. The French "
         "president later told reporters that Europe must act.", "Remy Aubert"),
        ("Foreign Minister Sofie Dahl of Denmark met Secretary of State Paul Carver in Boston. "
         "The Danish minister said the talks were frank.", "Sofie Dahl"),
    ],
)  # fmt: skip
def test_a_later_title_is_the_one_earlier_holder(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in speakers(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # two prime ministers: "the premier" could be either
        "Prime Minister Eskil Marnov of Norway and Prime Minister Liv Sande of Sweden met in "
        "Lund. The premier said the talks had gone well.",
        # two Danish ministers: "the Danish minister" is neither
        "Foreign Minister Sofie Dahl of Denmark met Defence Minister Jens Lund of Denmark in "
        "Aarhus. The Danish minister said the talks were frank.",
        # a generic title names someone new
        "Prime Minister Eskil Marnov of Norway visited Oslo. A premier said the plan would fail.",
    ],
)
def test_a_title_two_could_hold_or_a_generic_one_names_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) <= {"Norway", "Sweden", "Denmark"}


def test_the_premier_is_another_name_of_a_prime_minister() -> None:
    assert premier_alike(["premier"], ["prime", "minister"])
    assert premier_alike(["prime", "minister"], ["premier"])
    assert not premier_alike(["premier"], ["deputy", "prime", "minister"])
    assert not premier_alike(["premier"], ["premier"])  # (the same post: no other name)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("King Hamad bin Rashed of Jordan received President Adjoa Kwarteng of Ghana in Aqaba. "
         "The kingdom's ruler said the region needed calm.", "Hamad bin Rashed"),
        ("Strikes spread across Chile on Monday. President Ines Cabral of Chile met union "
         "leaders. The country's president said wages would rise.", "Ines Cabral"),
        # no holder named: the country itself
        ("Strikes spread across Chile on Monday. The country's president said wages would "
         "rise.", "Chile"),
    ],
)  # fmt: skip
def test_the_countrys_post_is_its_one_holder(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


def test_the_countrys_post_with_two_countries_named_is_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "President Adjoa Kwarteng of Ghana met President Yao Dossou of Benin in Accra. The "
        "country's president said trade would grow."
    )
    assert speakers(facts) == set()
