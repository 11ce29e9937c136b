"""A government a pronoun owns acts for its owner's country ("his government's
crackdown"), and a "their" before a meeting noun is the two people just named."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    "text",
    [
        "President Oleg Varnik of Belarus praised his government's crackdown on protesters.",
        "Prime Minister Nadia Korsun of Belarus defended her government's crackdown on protesters.",
        "President Oleg Varnik of Belarus met President Ana Quispe of Peru. He said his "
        "administration's crackdown on protesters would go on.",
    ],
)
def test_his_government_is_his_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Belarus", "protesters") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # no country for the person: nobody
        "Oleg Varnik, a banker, praised his government's crackdown on protesters.",
        # the government is no one's pronoun: nobody named
        "President Oleg Varnik of Belarus praised the government's crackdown on protesters.",
    ],
)
def test_a_government_with_no_country_acts_for_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    agents = {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)}
    assert "Belarus" not in agents


@pytest.mark.parametrize(
    "text",
    [
        "President Adjoa Kwarteng of Ghana praised President Yao Dossou of Benin on Monday. "
        "Their talks focused on trade.",
        "Adjoa Kwarteng and Yao Dossou signed a border pact in Lome. Their meeting lasted two "
        "hours.",
        "Adjoa Kwarteng thanked Yao Dossou for his support. Kwarteng said their discussions "
        "had been frank.",
    ],
)
def test_their_meeting_is_the_two_just_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Adjoa Kwarteng", "Yao Dossou") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # a third person speaks of "their" talks: not hers
        "Adjoa Kwarteng criticised Yao Dossou. Analyst Kofi Manu said their talks had failed.",
        # "their" is the fans, no one who met
        "The singer Adjoa Kwarteng thanked her fans. Their support had been remarkable.",
    ],
)
def test_their_with_no_pair_meets_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of(text))
    assert pair("Adjoa Kwarteng", "Yao Dossou") not in pairs
    assert not any("Kofi Manu" in p for p in pairs)


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        (
            "Rui Matos, Portugal's foreign minister, whose country has imposed sanctions on "
            "Venezuela, said on Monday the measures would stay.",
            ("Portugal", "Venezuela"),
        ),
        (
            "Sergio Valdes, Mexico's trade minister, whose government Brazil took to the WTO "
            "last year, said on Monday the tariffs would stay.",
            ("Brazil", "Mexico"),
        ),
        (
            "Nadia Korsun, the foreign minister of Belarus, said on Monday that her country "
            "had imposed sanctions on Lithuania.",
            ("Belarus", "Lithuania"),
        ),
        (
            "President Oleg Varnik of Belarus said his nation had imposed sanctions on Poland.",
            ("Belarus", "Poland"),
        ),
    ],
)
def test_whose_or_her_country_is_the_country_of_her_post(  # type: ignore[no-untyped-def]
    facts_of, text: str, deed: tuple[str, str]
) -> None:
    """ "X, Chile's minister, whose country/government ...", "her country": the
    country of X's post is the party, not X, nor a body called "whose country"."""
    assert deed in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # no post for the person: no country, and no body called "her country"
        "Nadia Korsun, a novelist, said her country had imposed sanctions on Lithuania.",
        "Nadia Korsun, whose country has imposed sanctions on Lithuania, spoke on Monday.",
    ],
)
def test_a_country_of_a_person_with_no_post_is_no_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    agents = {a for a, _ in directed(facts_of(text), EventKind.CONFLICT)}
    assert not any("country" in a for a in agents)
