"""One name, one kind within an article: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import ActorType, EventKind
from tests.helpers import affiliations, directed


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        ("The mining firm Velkor sued Peru in May. Velkor said the tax was illegal. It later sued Chile.",
         "Velkor", "Chile"),
        ("The steel maker Rostigan accused Kenya of fraud. Later Rostigan asked Uganda to step in. "
         "It then blamed Tanzania.", "Rostigan", "Tanzania"),
        ("Shipping firm Marvello criticised Norway. Marvello has since sold its ferries, and "
         "yesterday it accused Denmark of bias.", "Marvello", "Denmark"),
    ],
)  # fmt: skip
def test_a_firm_stays_a_firm_when_the_model_later_calls_it_a_person(
    facts_of, text: str, name: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    named = [a for a in facts.actors if a.name == name]
    assert [a.type for a in named] == [ActorType.ORGANIZATION]
    assert (name, target) in directed(facts, EventKind.CONFLICT)


def test_a_person_named_in_full_keeps_a_surname_that_a_firm_also_bears(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Anna Velkor, the chief executive, spoke in Lima. The mining firm Velkor sued Peru. "
        "Velkor said the tax was illegal."
    )
    kinds = {a.type for a in facts.actors if a.name.endswith("Velkor")}
    assert ActorType.PERSON in kinds


def test_a_title_the_model_took_for_a_firm_is_not_found_again_as_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The Bishop of Leeds, the Rt Rev Dr Tom Lind, said the novel was fun. "
        "Later the Bishop said there was little evidence."
    )
    first = [e for e in facts.events if e.evidence.sentence == 0]
    assert {a.name for a in facts.actors if a.key in first[0].actors("speaker")} == {"Tom Lind"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a bare word the gazetteer knows as a body is a surname where the article names
        # someone by it; "the West" keeps its article
        ("Maria West, a novelist, spoke on Monday. West accused the publisher Tomas Lind of fraud.",
         ("West", "Tomas Lind")),
        ("The painter Dana West opened a show. West thanked the curator Tomas Lind for it.",
         ("West", "Tomas Lind")),
        ("The novelist Dana West spoke in Oslo. West criticised Tomas Lind over the prize.",
         ("West", "Tomas Lind")),
    ],
)  # fmt: skip
def test_a_surname_the_gazetteer_knows_as_a_body_is_the_person(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    kinds = {e.kind for e in facts.events}
    pairs = {p for k in kinds - {EventKind.STATEMENT} for p in directed(facts, k)}
    # the person, by surname or in full
    assert any(a.endswith(pair[0]) and a != "the West" and b == pair[1] for a, b in pairs)
    assert all(a.name != "the West" for a in facts.actors)


def test_the_west_keeps_its_article_beside_a_person_of_that_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Singer Ana West praised Iran. The West condemned Iran on Monday.")
    assert ("the West", "Iran") in directed(facts, EventKind.CONFLICT)


def test_a_country_that_is_only_a_persons_surname_is_the_person(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Defence Minister Tomas Jordan visited the troops on Monday. Opposition "
                     "leader Raul Feld accused Jordan of misleading parliament.")  # fmt: skip
    assert directed(facts, EventKind.CONFLICT) == {("Raul Feld", "Tomas Jordan")}


@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Tomas Jordan met Jordanian officials. Opposition leader Raul Feld "
        "accused Jordan of misleading parliament.",
        "Defence Minister Tomas Jordan flew to Jordan. Opposition leader Raul Feld accused "
        "Jordan of misleading parliament.",
    ],
)
def test_a_country_the_story_names_otherwise_stays_the_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Raul Feld", "Jordan") in directed(facts_of(text), EventKind.CONFLICT)


def test_a_country_named_before_the_person_stays_the_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Jordan accused Syria of shelling its border on Monday. Its envoy, Tom "
                     "Jordan, met Ann Vale in Geneva.")  # fmt: skip
    assert directed(facts, EventKind.CONFLICT) == {("Jordan", "Syria")}
    assert ("Tom Jordan", "Jordan") in affiliations(facts)


@pytest.mark.parametrize("town", ["Amsterdam", "Rotterdam"])
def test_a_town_of_the_country_in_the_story_keeps_the_country(facts_of, town: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(f"Tom Holland arrived in {town} on Monday. Holland accused Germany of "
                     "blocking the deal.")  # fmt: skip
    assert directed(facts, EventKind.CONFLICT) == {("Netherlands", "Germany")}


def test_a_town_of_another_country_does_not_keep_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Tom Holland met Ann Vale in Paris on Monday. Holland accused Germany of "
                     "blocking the deal.")  # fmt: skip
    assert directed(facts, EventKind.CONFLICT) == {("Tom Holland", "Germany")}
