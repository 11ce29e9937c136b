"""Posts of a region's government and the government as a party: the region stays a
place, its government is an organisation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, cooperation_pairs, directed, met_pairs, pair, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region's post before the name
        ("Scottish First Minister Callum Reid met the Irish prime minister on Monday.",
         ("Callum Reid", "Scottish government")),
        ("Welsh First Minister Megan Pryce said the funding was not enough.",
         ("Megan Pryce", "Welsh government")),
        ("Catalan regional president Jordi Vidal said the vote would go ahead.",
         ("Jordi Vidal", "Catalan government")),
        ("Bavarian premier Anton Huber met German Chancellor Olaf Brandt in Munich.",
         ("Anton Huber", "Bavarian government")),
        ("Quebec Premier Louise Tremblay said the province would appeal.",
         ("Louise Tremblay", "Quebec government")),
        ("Scotland's Net Zero Secretary Fiona Baird said targets would be met.",
         ("Fiona Baird", "Scottish government")),
        # after the name, or with "of" the region
        ("Callum Reid, Scotland's first minister, said the plan was unfair.",
         ("Callum Reid", "Scottish government")),
        ("The first minister of Wales, Megan Pryce, criticised the decision.",
         ("Megan Pryce", "Welsh government")),
        ("The premier of Ontario, Doug Fenwick, said the tariffs were unfair.",
         ("Doug Fenwick", "Ontario government")),
    ],
)  # fmt: skip
def test_a_regional_post_serves_the_regions_government(facts_of, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in affiliations(facts_of(text))


def test_coordinated_regional_posts(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The first ministers of Scotland and Wales, Callum Reid and Megan Pryce, met on Friday."
    )
    assert {("Callum Reid", "Scottish government"), ("Megan Pryce", "Welsh government")} <= (
        affiliations(facts)
    )
    assert pair("Callum Reid", "Megan Pryce") in met_pairs(facts)


def test_governors_of_two_states_act_for_their_governments(facts_of) -> None:  # type: ignore[no-untyped-def]
    # (as "the central bank governors of A and B met": A and B; never the states themselves)
    facts = facts_of("The governors of Texas and Ohio met in Austin on Monday.")
    assert met_pairs(facts) == {pair("Texas government", "Ohio government")}


@pytest.mark.parametrize(
    "text",
    [
        "The Scottish and Welsh governments signed a joint agreement on Tuesday.",
        "The governments of Scotland and Wales signed a joint agreement on Tuesday.",
        "The government of Wales signed an agreement with the Scottish Government.",
    ],
)
def test_regional_governments_as_parties(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Scottish government", "Welsh government") in cooperation_pairs(facts_of(text))


def test_one_actor_for_every_form_of_the_name(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Scotland's government criticised the UK government.")
    assert ("Scottish government", "United Kingdom") in directed(facts, EventKind.CONFLICT)
    facts = facts_of("The Catalan regional government condemned the ruling.")
    assert speakers(facts) == {"Catalan government"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Scottish MP Alan Gray said the budget was unfair.", "Alan Gray"),  # a seat
        ("A Scottish businessman, Tom Kerr, met the minister.", "Tom Kerr"),
        ("Welsh Secretary Owen Price visited Cardiff on Monday.", "Owen Price"),  # the UK's
        ("Scottish shadow health secretary Ann Bell said waits were too long.", "Ann Bell"),
        ("London mayor Sam Kahn said the city would be ready.", "Sam Kahn"),
        ("Georgia Governor Levan Beridze met the envoy.", "Levan Beridze"),  # a country
    ],
)  # fmt: skip
def test_no_regional_government_post(facts_of, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert not {b for p, b in affiliations(facts_of(text)) if p == person and "government" in b}


@pytest.mark.parametrize(
    "text",
    [
        "Scottish Labour leader Ann Sarwood said the plan was a mistake.",
        "Protesters gathered in the Welsh town of Llanfair on Sunday.",
        "Prime Minister Tom Hale visited Scotland on Monday.",
        "Scotland condemned the decision.",
        "Anna Roth, chief executive of Heritage Trust Scotland, said the sale was wrong.",
    ],
)
def test_the_region_never_acts(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not {a.name for a in facts.actors if "government" in a.name or a.name in {
        "Scotland", "Wales"}}  # fmt: skip
