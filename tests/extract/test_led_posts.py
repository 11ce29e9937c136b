"""Posts told by who leads a body, by a person's own party and by membership phrases,
not by a title before the name: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import RelationType
from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a person's name glued to "-led" before a ruling body
        ("The Petra Lindqvist-led government of Sweden survived a confidence vote.",
         ("Petra Lindqvist", "Sweden")),
        ("Opponents of the Samuel Otieno-led government of Kenya marched on Monday.",
         ("Samuel Otieno", "Kenya")),
        ("Chile's Tomas Reyes-led government expelled the envoy.", ("Tomas Reyes", "Chile")),
        ("The Marek Dvorsky-led coalition government of the Czech Republic collapsed.",
         ("Marek Dvorsky", "Czech Republic")),
        # the story's junta, led or headed by someone
        ("The junta led by General Mahamat Ouedda closed the border with Niger.",
         ("Mahamat Ouedda", "junta")),
        ("The junta, led by Colonel Assane Diouma, freed two ministers on Monday.",
         ("Assane Diouma", "junta")),
        ("The junta headed by General Idris Kamoro banned the protests.",
         ("Idris Kamoro", "junta")),
        # a body "under" a person, set off by commas
        ("The People's Coalition, under Jonas Weller, won 40 seats in the election.",
         ("Jonas Weller", "People's Coalition")),
        ("The Liberal Party, under Marta Lind, left the government on Friday.",
         ("Marta Lind", "Liberal Party")),
        ("The National Union, under Paul Ndoro, boycotted the vote.",
         ("Paul Ndoro", "National Union")),
        # a person's own party by a possessive
        ("Dmitri Savin's Motherland Party won the regional vote on Sunday.",
         ("Dmitri Savin", "Motherland Party")),
        ("Kwame Asante's ruling Progress Party lost its majority on Thursday.",
         ("Kwame Asante", "Progress Party")),
        ("Anwar Haziq's People's Justice Party called for new elections.",
         ("Anwar Haziq", "People's Justice Party")),
        # a party set off by commas after a name
        ("Ibrahim Sankoh, of the ruling National Union party, said the vote was fair.",
         ("Ibrahim Sankoh", "National Union party")),
        ("Marta Lind, of the Liberal Party, said the plan would fail.",
         ("Marta Lind", "Liberal Party")),
        ("Chipo Dube, of the opposition Patriotic Front, said the count was rigged.",
         ("Chipo Dube", "Patriotic Front")),
        # members of a body, including those named
        ("Members of the New Dawn faction, including Tendai Chuma and Ruth Mazvi, were "
         "detained on Wednesday.", ("Ruth Mazvi", "New Dawn")),
        ("Leaders of the Liberal Party, including Marta Lind, met the king on Monday.",
         ("Marta Lind", "Liberal Party")),
        ("Senior figures from the Patriotic Front, including Chipo Dube, resigned.",
         ("Chipo Dube", "Patriotic Front")),
        # a figure in a body
        ("Grace Moyo, a leading figure in the New Dawn faction, was arrested on Tuesday.",
         ("Grace Moyo", "New Dawn")),
        ("Marta Lind, a senior figure in the Liberal Party, said the vote was fair.",
         ("Marta Lind", "Liberal Party")),
        ("Chipo Dube, a key figure of the Patriotic Front, was detained.",
         ("Chipo Dube", "Patriotic Front")),
        # stalwarts and loyalists
        ("National Union stalwart Paul Ndoro denounced the opposition on Monday.",
         ("Paul Ndoro", "National Union")),
        ("Chipo Dube, a Patriotic Front loyalist, was sworn in as minister on Monday.",
         ("Chipo Dube", "Patriotic Front")),
        ("Liberal Party loyalist Marta Lind said the leader would stay.",
         ("Marta Lind", "Liberal Party")),
        # a coup's leader and the story's junta
        ("Coup leader Abdou Tahirou said on Friday that the junta would hold power.",
         ("Abdou Tahirou", "junta")),
        ("The junta will rule for two years, coup leader Idris Kamoro said.",
         ("Idris Kamoro", "junta")),
        ("The 61-year-old coup leader, General Idris Kamoro, said the coup leaders would "
         "hold elections.", ("Idris Kamoro", "coup leaders")),
    ],
)  # fmt: skip
def test_posts_told_by_leading(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Tomas Reyes-led talks with Chile ended on Monday.", "Tomas Reyes"),  # an act
        ("The Unity Party, under pressure from Marta Lind, changed its policy.", "Marta Lind"),
        ("Marta Lind's Liberal Party rival Tomas Reyes won the seat.", "Marta Lind"),
        ("Marta Lind's criticism of the Liberal Party angered the voters.", "Marta Lind"),
        ("Critics of the Liberal Party, including Marta Lind, marched on Monday.", "Marta Lind"),
        ("Marta Lind, a key figure in the talks with the Liberal Party, spoke.", "Marta Lind"),
        ("Marta Lind, a hate figure for the Liberal Party, spoke on Monday.", "Marta Lind"),
        ("Marta Lind, of Chile, won the race on Sunday.", "Marta Lind"),
        ("A Peruvian government led by Ana Quispe would cut taxes, her allies said.",
         "Ana Quispe"),  # hypothetical
        ("Coup leader Abdou Tahirou met the envoy on Friday.", "Abdou Tahirou"),  # no junta
    ],
)  # fmt: skip
def test_no_post_told(facts_of, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert not {p for p, _ in affiliations(facts_of(text)) if p == person}


def test_a_former_government_led_is_a_former_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The former Petra Lindqvist-led government of Sweden had cut taxes.")
    [rel] = [r for r in facts.relations if r.type is RelationType.AFFILIATION]
    assert rel.current is False


@pytest.mark.parametrize(
    "text",
    [
        "Nadia Petrova, a candidate to lead the IMF, spoke.",
        "Nadia Petrova is the favourite to become head of the IMF.",
        "Luis Mora, the front-runner to become Peru's president, spoke.",
        "Luis Mora, a contender to head the IMF, spoke.",
    ],
)
def test_a_post_only_sought_is_not_held(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "junta"),
    [
        ("Soldiers seized power in Niger. The junta expelled the French ambassador. A junta "
         "spokesman, Colonel Amadou Diarra, said the envoy had 48 hours.", "junta"),
        ("Niger's junta expelled the French ambassador. Niger's junta spokesman Colonel "
         "Amadou Diarra said the envoy had 48 hours.", "Niger's junta"),
        ("The junta closed the border. Junta adviser Colonel Amadou Diarra said it would "
         "reopen in May.", "junta"),
    ],
)  # fmt: skip
def test_a_post_the_juntas_noun_opens_serves_the_junta(facts_of, text: str, junta: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Amadou Diarra", junta) in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The junta closed the border. Former junta spokesman Amadou Diarra said it was wrong.",
        "The junta closed the border. Opposition spokesman Amadou Diarra said it was wrong.",
        "Soldiers seized power in Mali. A junta spokesman, Colonel Amadou Diarra, spoke.",  # none named
    ],
)
def test_no_junta_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {b for p, b in affiliations(facts_of(text)) if "junta" in b.lower()}
