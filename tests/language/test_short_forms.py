"""A body's short form is the one body of its article it may name, and none when two
may: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import affiliations, directed, speakers


def test_the_commission_after_one_commission_is_that_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The European Commission opened an inquiry into Hungary's budget on Monday. "
        "The Commission accused Budapest of breaking EU rules."
    )
    assert ("European Commission", "Hungary") in directed(facts, EventKind.CONFLICT)


def test_the_commission_after_two_commissions_is_neither(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The European Commission and the African Union Commission held talks in Addis "
        "Ababa. The Commission later criticised Sudan."
    )
    assert not any(t == "Sudan" for _, t in directed(facts, EventKind.CONFLICT))


def test_the_committee_after_two_committees_is_neither(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The House Armed Services Committee questioned Pentagon officials on Tuesday. The "
        "Senate Intelligence Committee also met on Tuesday. The committee later criticised "
        "Russia."
    )
    assert not any(t == "Russia" for _, t in directed(facts, EventKind.CONFLICT))


def test_the_committee_after_one_committee_is_that_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The Senate Foreign Relations Committee met Mexican officials in Washington on "
        "Tuesday. The committee later criticised Mexico's energy policy."
    )
    assert ("Senate Foreign Relations Committee", "Mexico") in directed(facts, EventKind.CONFLICT)


def test_a_bank_named_with_of_keeps_its_short_form(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The Central Bank of Ireland held rates on Monday. Shares in Harlow Bank rose. "
        "The Bank of England also held rates. In a report, the Bank said inflation would fall."
    )
    assert "Bank of England" in speakers(facts)


def test_the_bank_after_a_bank_whose_name_has_it_before_of(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The Reserve Bank of Norland lifted interest rates to 5%. The Bank said it had "
        "acted to curb inflation."
    )
    assert speakers(facts) == {"Reserve Bank of Norland"}


def test_the_bank_after_two_banks_with_it_before_of_is_neither(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The Bank of England held rates. The Reserve Bank of Norland lifted rates. The Bank "
        "said inflation was rising."
    )
    assert not speakers(facts)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Kestrel & Moore, the DIY retailer, cut 300 jobs. K&M said sales had fallen by 5%.",
         "Kestrel & Moore"),
        ("Shares in Brandt & Colley rose 4%. B&C said its profits would double.",
         "Brandt & Colley"),
        # (the initials without the ampersand were joined before)
        ("Dunmore & Radley posted a profit on Monday. DR said it would hire 200 staff.",
         "Dunmore & Radley"),
    ],
)  # fmt: skip
def test_a_firms_initials_with_its_ampersand_are_the_firm(facts_of, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {firm}


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel & Moore and Kendal & Marsh both cut jobs. K&M said sales had fallen by 5%.",
        "Kestrel & Moore cut jobs. ZQ said sales had fallen by 5%.",
    ],
)
def test_initials_of_two_long_forms_or_of_none_join_no_firm(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not speakers(facts_of(text)) & {"Kestrel & Moore", "Kendal & Marsh"}


# Initials several bodies share ("?ICC", "?BNP" in the gazetteer) name the listed body
# only when the story fits it; otherwise a body of their own, with no link.


def _wikidata(facts, name: str) -> str | None:  # type: ignore[no-untyped-def]
    return next((a.wikidata for a in facts.actors if a.name == name), None)


def test_initials_before_a_firms_title_are_no_court(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ICC chief executive Marten Holloway said the calendar was full.")
    assert ("Marten Holloway", "ICC") in affiliations(facts)
    assert _wikidata(facts, "ICC") is None


def test_initials_in_a_sentence_on_sport_are_no_court(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "ICC chairman Idris Kamberi criticised the umpires after the semi-final on Sunday."
    )
    assert ("Idris Kamberi", "ICC") in affiliations(facts)
    assert not any("Criminal" in o for _, o in affiliations(facts))


def test_initials_in_a_report_on_sport_are_no_court(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The ICC fined the bowler Jonas Trevick on Monday. Trevick took three wickets in "
        "the second innings and the referee reported him after the tournament."
    )
    assert ("ICC", "Jonas Trevick") in directed(facts, EventKind.CONFLICT)


def test_initials_after_the_long_form_of_another_body_are_that_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The International Cricket Council approved the new tournament on Friday. ICC "
        "chief executive Selma Okafor said the umpires agreed."
    )
    assert ("Selma Okafor", "International Cricket Council") in affiliations(facts)


def test_a_national_partys_initials_outside_its_country_are_no_link(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The BNP called a strike in Bangladesh on Monday. BNP leader Nasrin Haqmal said "
        "the government in Dhaka had arrested its activists."
    )
    assert ("Nasrin Haqmal", "BNP") in affiliations(facts)
    assert not any(o == "British National Party" for _, o in affiliations(facts))


def test_a_national_partys_initials_condemned_abroad_are_no_link(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Bangladeshi Prime Minister Rashed Kabirul condemned the BNP on Tuesday after "
        "the protests in Chittagong."
    )
    assert ("Rashed Kabirul", "BNP") in directed(facts, EventKind.CONFLICT)


def test_a_national_partys_initials_with_no_country_are_no_link(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("BNP leader Tomas Ebright was questioned by police on Monday.")
    assert ("Tomas Ebright", "BNP") in affiliations(facts)


def test_the_courts_initials_in_a_story_on_crimes_stay_the_court(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ICC prosecutor Amara Delacroix said the evidence of war crimes was strong.")
    assert ("Amara Delacroix", "International Criminal Court") in affiliations(facts)


def test_the_courts_initials_with_no_clue_stay_the_court(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Foreign Minister Pavel Orlund criticised the ICC on Wednesday.")
    assert ("Pavel Orlund", "International Criminal Court") in directed(facts, EventKind.CONFLICT)


def test_the_long_form_wins_in_any_story(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The International Criminal Court opened a case against the league's former "
        "chairman. ICC prosecutor Helga Ormsby said the case concerned war crimes."
    )
    assert ("Helga Ormsby", "International Criminal Court") in affiliations(facts)


def test_a_national_partys_initials_in_its_country_stay_the_party(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "BNP chairman Roy Gatling said in Burnley on Friday that the party would stand in "
        "every Lancashire seat."
    )
    assert ("Roy Gatling", "British National Party") in affiliations(facts)


def test_initials_a_country_owns_are_not_a_foreign_force(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Japan's SDF sent 3,000 troops to the flooded towns on Monday. SDF chief of staff "
        "Kaito Mirane said the work would take weeks."
    )
    assert ("Kaito Mirane", "SDF") in affiliations(facts)
    assert not any(o == "Syrian Democratic Forces" for _, o in affiliations(facts))


def test_initials_a_country_owns_are_not_a_foreign_party(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Cameroon's SDF boycotted the vote on Sunday. SDF leader Joseph Mbarga said "
        "the count was rigged."
    )
    assert ("Joseph Mbarga", "SDF") in affiliations(facts)


def test_initials_a_country_owns_after_of_are_not_a_foreign_force(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Soldiers of Japan's SDF reached the flooded valley on Friday. SDF spokesman Ren "
        "Odagiri said more soldiers would arrive."
    )
    assert ("Ren Odagiri", "SDF") in affiliations(facts)


def test_initials_in_another_field_are_so_throughout_the_article(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "ICC chief executive Lorna Beckwith said the calendar was full. On Tuesday the "
        "ICC criticised the Kestrel Sports Network over its coverage."
    )
    assert not any("Criminal" in a for a, _ in directed(facts, EventKind.CONFLICT))


def test_a_countrys_case_before_the_courts_initials_stays_the_court(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("ICC prosecutor Yusuf Benarde said Kenya's ICC case would go on.")
    assert ("Yusuf Benarde", "International Criminal Court") in affiliations(facts)
