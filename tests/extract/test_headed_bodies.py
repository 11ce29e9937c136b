"""Posts told by heading a body its owner's possessive names, by being appointed to
head one, and by being sworn in or named where the parser misses the object; no
post for whom a verb only weighs for one: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import RelationType
from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # heading a body named by its kind and its owner
        ("Hamid Karimi, who leads Iran's nuclear agency, met inspectors.", ("Hamid Karimi", "Iran")),
        ("Hamid Karimi, who runs Iran's atomic energy agency, met inspectors.",
         ("Hamid Karimi", "Iran")),
        ("Nadia Petrova runs Bulgaria's tax agency.", ("Nadia Petrova", "Bulgaria")),
        ("Sara Mendez leads the agency of Mexico that handles migration.", ("Sara Mendez", "Mexico")),
        # appointed, named or chosen to head one: the appointer's, or the body named
        ("Kenya appointed Amara Odede to head its central bank.", ("Amara Odede", "Kenya")),
        ("Peru picked Carlos Huaman to run its intelligence service.", ("Carlos Huaman", "Peru")),
        ("Sweden named Eva Lund to lead its embassy in Kabul.", ("Eva Lund", "Sweden")),
        ("The UN chose Joseph Kamau to lead its refugee agency.", ("Joseph Kamau", "United Nations")),
        ("The UN selected Ines Marlow to head the WHO.", ("Ines Marlow", "World Health Organization")),
        # sworn in, or named, where the parser misses the object
        ("Ghana swore in Kwame Asante as president on Saturday.", ("Kwame Asante", "Ghana")),
        ("Ghana swore in Kwame Asante as its new chief justice.", ("Kwame Asante", "Ghana")),
        ("Chad swore in Idriss Moussa as prime minister.", ("Idriss Moussa", "Chad")),
        ("The UN named Ines Marlow its new envoy for Yemen.", ("Ines Marlow", "United Nations")),
    ],
)  # fmt: skip
def test_posts_of_heading_and_appointment(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hamid Karimi, who heads Kenya's largest bank, spoke on Monday.",  # one bank of many
        "Joseph Kamau, who owns Kenya's biggest airline, spoke.",  # no post of the state's
        "Hamid Karimi, who hopes to lead Iran's nuclear agency, spoke on Monday.",  # a hope
        "Chile urged Pablo Ferrada to lead its delegation.",  # urged, not appointed
        "Kenya did not appoint Amara Odede to head its central bank.",  # negated
        "Kenya may appoint Amara Odede to head its central bank.",  # not yet
        "Ghana swore in Kwame Asante.",  # no post named
        # weighed for a post, not holding it
        "Pablo Ferrada was rejected as Chile's envoy to Spain.",
        "Pablo Ferrada was considered as Chile's envoy to Spain.",
        "Tomas Lind, who was tipped as NATO's next spokesman, declined.",
        "Ines Marlow was rejected as head of the WHO.",
    ],
)
def test_no_post_of_heading_or_weighing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


def test_a_body_headed_until_a_year_is_a_former_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Eva Lund, who ran Sweden's aid agency until 2015, spoke.")
    rels = [r for r in facts.relations if r.type is RelationType.AFFILIATION]
    assert rels and all(r.current is False for r in rels)  # the agency's post, and Sweden's
