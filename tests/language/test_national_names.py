"""Organisation names that hold a country's name: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, memberships, speakers


def _actors(facts) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in facts.actors}


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Hiro Sato, the head of the Japan Anti-Doping Agency, said the tests were clean.",
            "Hiro Sato",
            "Japan Anti-Doping Agency",
        ),
        (
            "Dana Rourke, president of the Canada Border Services Agency, met Joan Miller.",
            "Dana Rourke",
            "Canada Border Services Agency",
        ),
        (
            "Kip Otieno, the director of the Kenya Wildlife Service, said the park was safe.",
            "Kip Otieno",
            "Kenya Wildlife Service",
        ),
    ],
)
def test_a_country_name_begins_a_body_name(facts_of, text: str, person: str, body: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert (person, body) in affiliations(facts)
    assert not {"Anti-Doping Agency", "Border Services Agency", "Wildlife Service"} & _actors(facts)


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("The Japan Anti-Doping Agency criticised Kenji Mori on Thursday.", "Japan Anti-Doping Agency", "Kenji Mori"),
        ("The Canada Border Services Agency detained Ahmed Qadri.", "Canada Border Services Agency", "Ahmed Qadri"),
        ("The Kenya Wildlife Service condemned Ouma Kibet on Friday.", "Kenya Wildlife Service", "Ouma Kibet"),
    ],
)  # fmt: skip
def test_the_joined_body_acts(facts_of, text: str, agent: str, target: str) -> None:  # type: ignore[no-untyped-def]
    assert agent in {a for a, b in directed(facts_of(text), EventKind.CONFLICT) if b == target}


@pytest.mark.parametrize(
    "text",
    [
        "Japan's anti-doping agency said the tests were clean.",
        "Kenya Airways and Japan signed an agreement on flights.",
        "Peter Odum, the head of the Ministry of Defence in Kenya, met Sam Wekesa.",
        "Omar Diallo, director of the Institute for Labour Studies in Paris, said wages fell.",
    ],
)
def test_a_country_or_place_beside_a_body_stays_apart(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    names = _actors(facts_of(text))
    assert not any(n.endswith((" in Kenya", " in Paris")) for n in names)
    # no name joined from the two ("Japan's anti-doping agency" is the country's body
    # named by its kind, "Japan anti-doping agency", never "Japan Anti-Doping Agency")
    assert not any(n.startswith("Japan ") and n[6:7].isupper() for n in names)


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Tomas Verel, the president of the Board of Control for Cricket in India, "
            "met Anil Prakash on Monday.",
            "Tomas Verel",
            "Board of Control for Cricket in India",
        ),
        (
            "Lena Kolar, head of the Centre for Human Rights in Iran, said the trial was unfair.",
            "Lena Kolar",
            "Centre for Human Rights in Iran",
        ),
        (
            "Sam Odongo, chairman of the Federation for Sport in Uganda, met Peter Okot.",
            "Sam Odongo",
            "Federation for Sport in Uganda",
        ),
    ],
)
def test_a_body_for_a_field_in_a_country_keeps_the_country(
    facts_of, text: str, person: str, body: str
) -> None:  # type: ignore[no-untyped-def]
    assert (person, body) in affiliations(facts_of(text))


def test_the_acronym_after_the_whole_name_is_the_same_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The Board of Control for Cricket in Sri Lanka (BCCSL) criticised Ravi Sharma on "
        "Monday. The BCCSL said it would act."
    )
    assert "Board of Control for Cricket in Sri Lanka" in speakers(facts)
    assert ("Board of Control for Cricket in Sri Lanka", "Ravi Sharma") in directed(
        facts, EventKind.CONFLICT
    )


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        ("The Japan Anti-Doping Agency criticised Kenji Mori on Thursday.", "Japan Anti-Doping Agency", "Japan"),
        ("The Canada Border Services Agency detained Ahmed Qadri.", "Canada Border Services Agency", "Canada"),
        ("Kip Otieno, the director of the Kenya Wildlife Service, said the park was safe.", "Kenya Wildlife Service", "Kenya"),
    ],
)  # fmt: skip
def test_the_joined_body_belongs_to_its_country(
    facts_of, text: str, body: str, country: str
) -> None:  # type: ignore[no-untyped-def]
    assert (body, country) in memberships(facts_of(text))
