"""Memberships a verb gives or ends: sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import ended_memberships, memberships

OPEC = "Organization of the Petroleum Exporting Countries"
NATO = "North Atlantic Treaty Organization"
AU = "African Union"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Gabon quit OPEC in 1995 after a row over quotas.", ("Gabon", OPEC)),
        ("Mali left the African Union for two years in the 1980s.", ("Mali", AU)),
        ("Last year Chad withdrew from the African Union in protest.", ("Chad", AU)),
        ("Burundi pulled out of the Commonwealth after the vote.", ("Burundi", "Commonwealth of Nations")),
        ("Benin, which exited OPEC long ago, still sells oil.", ("Benin", OPEC)),
    ],
)  # fmt: skip
def test_a_body_left_is_a_former_membership(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair in ended_memberships(facts)
    assert pair in memberships(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Gabon threatened to quit OPEC over the quotas.",  # threatened, not done
        "Mali did not leave the African Union.",  # negated
        "Chad may withdraw from the African Union next year.",  # hypothetical
        "The Chadian delegation left the African Union summit early.",  # a meeting, no body
        "Malawi withdrew its envoy from Chad.",  # a country is no body to quit
    ],
)
def test_no_ended_membership_without_a_body_actually_left(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not ended_memberships(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Laos belongs to ASEAN and the WTO.",
         {("Laos", "Association of Southeast Asian Nations"), ("Laos", "World Trade Organization")}),
        ("Fiji, which belongs to the Commonwealth, sent aid.", {("Fiji", "Commonwealth of Nations")}),
        ("Gabon rejoined OPEC in 2016.", {("Gabon", OPEC)}),
        # a body before "member" coordinated with another
        ("Latvia, an EU and NATO member, sent aid.", {("Latvia", "European Union"), ("Latvia", NATO)}),
        ("Belgium, a NATO and EU member, sent aid.", {("Belgium", "European Union"), ("Belgium", NATO)}),
        # "As a member of Y, X ...": the subject of the clause
        ("As a member of the African Union, Togo sent troops.", {("Togo", AU)}),
        ("As an EU member, Malta must follow the rules.", {("Malta", "European Union")}),
        # members named after "such as", "including"
        ("NATO members such as Norway and Iceland sent ships.", {("Norway", NATO), ("Iceland", NATO)}),
        ("EU member states including Malta objected.", {("Malta", "European Union")}),
    ],
)  # fmt: skip
def test_memberships_held(facts_of, text: str, pairs: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pairs <= memberships(facts)
    assert not ended_memberships(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Tonga has applied to join the WTO.",  # an application, not a membership
        "Tonga is not a member of the WTO.",
        "Tonga could become a member of the WTO next year.",
        "Tonga, an EU and NATO critic, sent aid.",  # no member noun
        "Laos belonged to a trade bloc once.",  # no body named
    ],
)
def test_no_membership_when_not_a_member(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert memberships(facts_of(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru joined the BRICS group in January.",
        "In 2011 Chile and Peru joined the G20 group.",
    ],
)
def test_joining_a_body_named_before_its_kind(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    members = {m for m, _ in memberships(facts_of(text))}
    assert {"Chile", "Peru"} <= members


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Vietnam acceded to the WTO in 2007.", ("Vietnam", "World Trade Organization")),
        ("Montenegro acceded to NATO in 2017.", ("Montenegro", NATO)),
    ],
)
def test_acceding_to_a_body_makes_a_member(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's application to join the European Union was rejected in 1989.",
        "Georgia's bid to join NATO stalled.",
        "Vietnam acceded to China's request.",
    ],
)
def test_no_membership_from_a_bid_to_join_or_a_request_acceded_to(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gabon was readmitted to the African Union after the elections.",
        "The African Union readmitted Gabon in 2025.",
        "The African Union has readmitted Gabon.",
    ],
)
def test_readmitted_to_a_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Gabon", "African Union") in memberships(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The Gulf Cooperation Council, which groups Qatar, Oman and Kuwait, met on Monday.",
         {("Qatar", "Gulf Cooperation Council"), ("Oman", "Gulf Cooperation Council"),
          ("Kuwait", "Gulf Cooperation Council")}),
        ("The Andean Community comprises Peru, Bolivia and Ecuador.",
         {("Peru", "Andean Community"), ("Bolivia", "Andean Community")}),
        ("ASEAN, which brings together Vietnam and Laos, condemned the coup.",
         {("Vietnam", "Association of Southeast Asian Nations"),
          ("Laos", "Association of Southeast Asian Nations")}),
        ("The Andean Community, which encompasses Peru and Bolivia, criticised Chile.",
         {("Peru", "Andean Community"), ("Bolivia", "Andean Community")}),
    ],
)  # fmt: skip
def test_a_body_naming_its_members(facts_of, text: str, pairs: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    """ "the GCC, which groups Qatar and Oman": a body's verbs of composition, in the present."""
    assert pairs <= memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gabon hopes to be readmitted to the African Union.",
        "Gabon was not readmitted to the African Union.",
    ],
)
def test_not_readmitted(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert memberships(facts_of(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The summit brought together Peru and Bolivia.",
        "Analysts grouped Peru and Bolivia with Ecuador.",
        "The talks in Lima grouped Peru and Bolivia around one table.",
        "The Andean Community once comprised Peru and Chile.",
    ],
)
def test_no_membership_from_grouping_by_others_or_in_the_past(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert memberships(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "body", "members"),
    [
        ("Ruritania, Elbonia and Freedonia formed the Union of Lake States in 2021.",
         "Union of Lake States", {"Ruritania", "Elbonia", "Freedonia"}),
        ("Denmark and Sweden founded the Northern Trade Council in 1990.",
         "Northern Trade Council", {"Denmark", "Sweden"}),
        ("The Northern Trade Council, founded by Denmark and Sweden in 1990, met in Oslo.",
         "Northern Trade Council", {"Denmark", "Sweden"}),
        ("Denmark and Norway set up the Arctic Fisheries Commission.",
         "Arctic Fisheries Commission", {"Denmark", "Norway"}),
    ],
)  # fmt: skip
def test_states_that_found_a_body_together_are_its_members(  # type: ignore[no-untyped-def]
    facts_of, text: str, body: str, members: set[str]
) -> None:
    assert {(m, body) for m in members} <= memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Denmark created the National Water Agency.",  # one state's own institution
        "Ann Vale and Tom Reyes founded Acme Logistics.",  # founders, not members
        "Denmark and Sweden did not form the Baltic Union.",
        "Denmark and Sweden plan to form the Baltic Union.",
    ],
)
def test_no_membership_from_one_state_people_or_a_plan(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of(text))


@pytest.mark.parametrize(
    ("text", "body", "members"),
    [
        ("Mali, Niger and Chad formed a new bloc, the Sahel States Alliance, in July.",
         "Sahel States Alliance", {"Mali", "Niger", "Chad"}),
        ("Ghana, Togo and Benin formed a new alliance, the Coastal Security Pact, on Monday.",
         "Coastal Security Pact", {"Ghana", "Togo", "Benin"}),
        ("Denmark and Norway on Friday set up a joint body, the Arctic Fisheries Commission.",
         "Arctic Fisheries Commission", {"Denmark", "Norway"}),
    ],
)  # fmt: skip
def test_states_that_found_a_body_named_beside_its_kind_are_its_members(  # type: ignore[no-untyped-def]
    facts_of, text: str, body: str, members: set[str]
) -> None:
    assert {(m, body) for m in members} <= memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Andes Trade Accord has been ratified by Chile and Peru but not by Ecuador.",
        "The Andes Trade Accord was signed by Chile and Peru, but not by Ecuador.",
    ],
)
def test_a_state_a_signing_was_denied_of_is_no_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = memberships(facts_of(text))
    assert ("Chile", "Andes Trade Accord") in found
    assert ("Ecuador", "Andes Trade Accord") not in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Morocco returned to the African Union in 2017.", ("Morocco", AU)),
        ("Fiji returned to the Commonwealth after the elections.", ("Fiji", "Commonwealth of Nations")),
        ("Gabon returned to OPEC in 2016 after a long absence.", ("Gabon", OPEC)),
    ],
)  # fmt: skip
def test_a_state_that_returned_to_a_body_is_a_member(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Morocco may return to the African Union next year.",
        "Fiji did not return to the Commonwealth.",
        "The African Union envoy returned to Morocco.",
        "Gabon returned to the negotiating table with OPEC.",
    ],
)
def test_a_return_not_made_or_not_to_a_body_is_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia withdrew from the INF Treaty in 2019.",
        "Iran pulled out of the Non-Proliferation Treaty.",
        "North Korea quit the NPT in 2003.",
    ],
)
def test_a_treaty_left_is_no_membership(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The African Union, whose members include Togo and Benin, met.",
         {("Togo", AU), ("Benin", AU)}),
        ("NATO's members include Iceland and Norway.", {("Iceland", NATO), ("Norway", NATO)}),
        ("OPEC's members include Gabon and Angola.", {("Gabon", OPEC), ("Angola", OPEC)}),
        ("Malta and Cyprus entered the European Union in 2004.",
         {("Malta", "European Union"), ("Cyprus", "European Union")}),
        ("Latvia entered the eurozone in 2014.", {("Latvia", "Eurozone")}),
        ("Croatia entered the euro area in 2023.", {("Croatia", "Eurozone")}),
        ("Hungary and Poland were welcomed into NATO in 1999.",
         {("Hungary", NATO), ("Poland", NATO)}),
        ("NATO welcomed Sweden into the alliance on Thursday.", {("Sweden", NATO)}),
        ("Bulgaria was welcomed into the Schengen area.", {("Bulgaria", "Schengen Area")}),
        ("Albania became part of NATO in 2009.", {("Albania", NATO)}),
        ("Peru is part of the Andean Community.", {("Peru", "Andean Community")}),
        ("Ghana remains part of ECOWAS.", {("Ghana", "Economic Community of West African States")}),
    ],
)  # fmt: skip
def test_members_a_body_names_takes_in_or_has_as_parts(facts_of, text: str, pairs) -> None:  # type: ignore[no-untyped-def]
    assert pairs <= memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The EU welcomed Chad's decision on Monday.",  # welcomed, not taken in
        "The government welcomed the refugees into the country.",  # no body
        "Ukraine will never become part of NATO.",  # hypothetical
        "Serbia is not part of the European Union.",  # negated
        "The soldiers are part of a NATO mission in Kosovo.",  # a mission, not the body
        "Crimea is part of Ukraine.",  # a country is no body
        "Russian troops entered Georgia in 2008.",  # a country is no body
        "The talks' members include Iran and Iraq.",  # no body
    ],
)
def test_no_membership_from_a_welcome_or_a_part_that_is_not_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of(text))


def test_a_part_that_was_is_no_member_now(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not memberships(facts_of("The Delta Institute was part of the Coastal University."))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Georgia signed up to the Partnership for Peace in 1994.",
         ("Georgia", "Partnership for Peace")),
        ("Armenia signed up to NATO's Partnership for Peace programme in 1994.",
         ("Armenia", "Partnership for Peace")),
        ("Peru signed up to the Pacific Alliance in 2012.", ("Peru", "Pacific Alliance")),
        ("Laos signed on to the Association of Southeast Asian Nations in 1997.",
         ("Laos", "Association of Southeast Asian Nations")),
    ],
)  # fmt: skip
def test_signing_up_to_a_body_joins_it(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    found = memberships(facts_of(text))
    assert pair in found
    assert (pair[0], NATO) not in found  # a programme of NATO's is not NATO


@pytest.mark.parametrize(
    "text",
    [
        "Chile signed a trade deal with the European Union on Monday.",
        "Colombia signed the OECD's accession protocol on Monday.",
        "Ukraine joined the EU's customs programme on Monday.",
        "Ukraine applied to join the European Union in 2022.",
        "Peru has not signed up to the Pacific Alliance.",
        "Peru plans to sign up to the Pacific Alliance.",
        "Kenya signed up for talks with the African Union on Monday.",
    ],
)
def test_no_membership_of_a_body_by_a_deal_a_protocol_or_a_bid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = memberships(facts_of(text))
    assert not {b for _, b in found} & {
        "European Union", "Organisation for Economic Co-operation and Development",
        "Pacific Alliance", AU,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The Southern Union, which Chile and Peru joined in 2019, met on Tuesday.",
         {("Chile", "Southern Union"), ("Peru", "Southern Union")}),
        ("The Northern Fisheries Council, which Norway and Iceland joined in 1998, met in Oslo.",
         {("Norway", "Northern Fisheries Council"), ("Iceland", "Northern Fisheries Council")}),
        ("The Amber Cooperation Council, which Estonia joined last year, held a summit.",
         {("Estonia", "Amber Cooperation Council")}),
    ],
)  # fmt: skip
def test_a_body_a_relative_clause_joins(facts_of, text: str, pairs: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert pairs <= memberships(facts_of(text))


def test_a_body_a_relative_clause_leaves_is_a_former_membership(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Coastal Trade Organisation, which Ghana left in 2019, met in Lome.")
    assert ("Ghana", "Coastal Trade Organisation") in ended_memberships(facts)


@pytest.mark.parametrize(
    "text",
    [
        "The Southern Union, which Chile wants to join, met on Tuesday.",
        "The Southern Union, which Chile has not joined, met on Tuesday.",
        "The talks, which Chile and Peru joined on Monday, ended without a deal.",
    ],
)
def test_no_membership_from_a_relative_clause_not_joining_a_body(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {m for m, _ in memberships(facts_of(text))} & {"Chile", "Peru"}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Latvia joined NATO alongside Estonia and Lithuania.",
         {("Latvia", NATO), ("Estonia", NATO), ("Lithuania", NATO)}),
        ("Laos belongs to ASEAN together with Cambodia.",
         {("Laos", "Association of Southeast Asian Nations"), ("Cambodia", "Association of Southeast Asian Nations")}),
        ("Gabon rejoined OPEC along with Angola.", {("Gabon", OPEC), ("Angola", OPEC)}),
    ],
)  # fmt: skip
def test_one_named_alongside_the_joiner_joins_too(
    facts_of, text: str, pairs: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert pairs <= memberships(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gabon rejoined OPEC, unlike Angola.",
        "Gabon rejoined OPEC instead of Angola.",
        "Gabon hopes to rejoin OPEC along with Angola.",  # only hoped
        "Gabon, which trades alongside Angola, rejoined OPEC.",  # another clause's partner
    ],
)
def test_no_membership_for_one_set_against_the_joiner(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(m == "Angola" for m, _ in memberships(facts_of(text)))
