"""Cooperation: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def cooperated(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya backed Uganda's bid for the seat.", ("Kenya", "Uganda")),
        ("Chile praised Peru for its restraint.", ("Chile", "Peru")),
        ("Norway welcomed Sweden's offer.", ("Norway", "Sweden")),
        ("Supported by Russia and Iran, the Syrian government held the city.", ("Russia", "Syria")),
        ("Japan agreed with South Korea on a new fishing quota.", ("Japan", "South Korea")),
        ("Vietnam signed a trade deal with Australia.", ("Vietnam", "Australia")),
        ("Brazil worked closely with Argentina on the plan.", ("Brazil", "Argentina")),
        ("Cuba supplied weapons to the Venezuelan army.", ("Cuba", "Venezuela")),
        ("Serbia is Russia's closest ally in the Balkans.", ("Serbia", "Russia")),
        ("Serbia remains Russia's closest ally in the Balkans.", ("Serbia", "Russia")),
        ("Laos has become China's closest partner in Asia.", ("Laos", "China")),
        ("Belize stays Taiwan's most loyal ally.", ("Belize", "Taiwan")),
        ("Russia is Syria's main ally and trade partner.", ("Russia", "Syria")),
        ("The plan was backed by Qatar, a U.S. ally.", ("Qatar", "United States")),
    ],
)
def test_cooperation_constructions(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not back Uganda.",
        "Kenya refused to sign a deal with Uganda.",
        "Chile was accused of helping Venezuela's army.",
        "Tomas Lind promised to hail Labour's work on housing.",  # praise to come
        "Tomas Lind vowed to praise Kenya's efforts at the summit.",
    ],
)
def test_not_asserted_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


def test_parties_that_met_and_agreed(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = cooperated(
        facts_of,
        "Envoy Mira Kosk met her Danish and Dutch counterparts and said they had agreed on a plan.",
    )
    assert ("Mira Kosk", "Denmark") in got or ("Denmark", "Mira Kosk") in got
    assert ("Mira Kosk", "Netherlands") in got or ("Netherlands", "Mira Kosk") in got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A summit of Ghana, Togo and Benin in Accra on Monday agreed a common tariff on rice.",
         ("Ghana", "Benin")),
        ("The meeting of Chile and Peru agreed to reopen the border.", ("Chile", "Peru")),
        ("Talks between Chile and Peru agreed on a fishing quota.", ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_what_a_meeting_agreed_its_parties_agreed(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    got = cooperated(facts_of, text)
    assert pair in got or pair[::-1] in got


@pytest.mark.parametrize(
    "text",
    [
        "The EU summit agreed a budget.",  # one party: with no one
        "The summit of Ghana and Togo will agree a tariff.",  # not yet
    ],
)
def test_a_meeting_that_agrees_nothing_yet_or_alone_gives_no_pact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


def test_two_signatories_sign_together(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = cooperated(facts_of, "Chile and Peru signed a fishing agreement on Friday.")
    assert ("Chile", "Peru") in got or ("Peru", "Chile") in got


@pytest.mark.parametrize(
    "text",
    [
        "Chile signed the fishing pact alongside Peru on Friday.",
        "Chile's foreign minister, Ana Vale, signed the pact alongside her Peruvian "
        "counterpart, Luis Mora.",
    ],
)
def test_signing_alongside_a_party_signs_with_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    got = cooperated(facts_of, text)
    assert got & {("Chile", "Peru"), ("Peru", "Chile"), ("Ana Vale", "Luis Mora"),
                  ("Luis Mora", "Ana Vale")}  # fmt: skip


def test_signing_alongside_a_thing_signs_with_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, "Chile signed the pact alongside other measures.") == set()


def test_backing_ones_own_country_is_not_news(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = cooperated(facts_of, "Kenyan President Ruth Wanjiru defended Kenya's border policy.")
    assert got == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister spoke of U.S.-backed rebels who attacked the border.",
            ("United States", "U.S.-backed rebels"),
        ),
        ("Saudi-funded militias seized the port.", ("Saudi Arabia", "Saudi-funded militias")),
        ("Iran-backed rebels seized the port.", ("Iran", "Iran-backed rebels")),
        (
            "Relations between Panama and Canada were good, excellent.",
            ("Panama", "Canada"),
        ),
        ("Kenya has close ties with Uganda.", ("Kenya", "Uganda")),
        (
            "Chad is seen by both the United States and France as a vital partner.",
            ("France", "Chad"),
        ),
        ("Tokyo was willing to work with Seoul on the plan.", ("Japan", "South Korea")),
    ],
)
def test_backing_partners_and_good_relations(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    pairs = cooperated(facts_of, text)
    assert expected in pairs or expected[::-1] in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Relations between Kenya and Uganda are not good.",
        "The attorney general gave his advice to the prime minister.",
        "The company took on debt to fund the Seagram purchase.",
        "Chad is seen by both the United States and France as a vital partner.",  # US-France?
    ],
)
def test_not_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = cooperated(facts_of, text)
    assert ("United States", "France") not in pairs and ("France", "United States") not in pairs
    if "Chad" not in text:
        assert pairs == set()


def test_a_hope_is_no_agreement(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = '"I hope the Kenyan authorities agree with us," Envoy Ray Dale said.'
    assert cooperated(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt and Qatar have renewed diplomatic ties after a break.", ("Egypt", "Qatar")),
        ("Iran restored full diplomatic ties with Egypt in 2023.", ("Iran", "Egypt")),
        (
            "Kenya welcomed the resumption of formal ties between Egypt and Qatar.",
            ("Egypt", "Qatar"),
        ),
        ("Japan contributed a million dollars to Kenya.", ("Japan", "Kenya")),
        (
            "Georgian legislators approved a trade agreement with the European Union.",
            ("Georgia", "European Union"),
        ),
        (
            "The government of Kenya expressed appreciation for China's assistance.",
            ("Kenya", "China"),
        ),
    ],
)
def test_ties_money_and_thanks(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    pairs = cooperated(facts_of, text)
    assert expected in pairs or expected[::-1] in pairs


def test_a_backed_government_needs_a_named_backer(facts_of) -> None:  # type: ignore[no-untyped-def]
    backed = directed(
        facts_of("The military-backed government of Thailand said elections would be held."),
        EventKind.COOPERATION,
    )
    assert backed == set()
    assert ("Russia", "Syria") in directed(
        facts_of("The Russian-backed government of Syria said elections would be held."),
        EventKind.COOPERATION,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Norvale Finance, which supplies funds to Kenya's mortgage market, said profits fell.",
        "Shares in Elvar fell 70% while its US partner Kestrel Bio shed 43%.",
        "Kenya supplied Uganda with information on the talks.",
    ],
)
def test_trade_and_nationality_are_not_aid_or_alliance(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States lifted sanctions on Cuba.", ("United States", "Cuba")),
        (
            "Sanctions against Belarus were eased by the European Union.",
            ("European Union", "Belarus"),
        ),
        ("Chile removed the tariffs on Peruvian copper in May.", ("Chile", "Peru")),
    ],
)
def test_easing_sanctions_yields_to_the_target(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in directed(facts, EventKind.COOPERATION)
    assert not directed(facts, EventKind.CONFLICT)  # no sanction is imposed
    assert {e.cameo for e in facts.events if e.kind is EventKind.COOPERATION} == {"085"}


def test_sanctions_not_lifted(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The European Union refused to lift its sanctions on Belarus.")
    assert ("European Union", "Belarus") not in directed(facts, EventKind.COOPERATION)
    assert "035" in {
        e.cameo for e in facts_of("Norway agreed to lift the sanctions on Peru.").events
    }


def test_joint_bodies_formed_together(facts_of) -> None:  # type: ignore[no-untyped-def]
    for text in ("Chile and Peru formed a joint task force.",
                 "Chile and Peru set up a joint commission on water.",
                 "Chile and Peru launched a joint investigation on Monday."):  # fmt: skip
        assert ("Chile", "Peru") in directed(facts_of(text), EventKind.COOPERATION), text
    assert not directed(facts_of("Chile and Peru criticised the joint statement."),
                        EventKind.COOPERATION)  # fmt: skip


def test_a_deal_with_several_is_one_pair_each(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of("The SEC agreed a deal with Holm Capital, Vale Distributors and "
                              "Lind Securities."), EventKind.COOPERATION)  # fmt: skip
    assert ("SEC", "Holm Capital") in pairs or ("Holm Capital", "SEC") in pairs
    assert ("Holm Capital", "Vale Distributors") not in pairs  # the same side of the deal
    unnamed = directed(facts_of("The regulator agreed a deal with Holm Capital and Vale "
                                "Distributors."), EventKind.COOPERATION)  # fmt: skip
    assert ("Holm Capital", "Vale Distributors") not in unnamed
    pairs = directed(facts_of("Chile signed a deal with Peru and Bolivia."), EventKind.COOPERATION)
    assert {("Chile", "Peru"), ("Chile", "Bolivia")} <= pairs and ("Peru", "Bolivia") not in pairs
    pairs = directed(facts_of("A deal between Chile, Peru and Bolivia was signed."),
                     EventKind.COOPERATION)  # fmt: skip
    assert ("Peru", "Bolivia") in pairs  # all three are parties


def test_a_kind_named_before_its_members_is_no_actor(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ghanaian banks Volta Trust Bank and Coastal Savings Bank have agreed "
                     "terms for a merger.")  # fmt: skip
    assert not any(a.name == "Ghanaian banks" for a in facts.actors)
    assert ("Volta Trust Bank", "Coastal Savings Bank") in directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ann Roe, Vale's closest ally, said he would stay.", ("Ann Roe", "Vale")),
        ("Chad is seen by France as a vital partner.", ("Chad", "France")),
    ],
)  # fmt: skip
def test_named_allies_still_are(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("A truce brokered by Qatar between Chad and Niger took effect.", ("Chad", "Niger")),
        ("The deal signed in Doha between Chad and Niger ended the war.", ("Chad", "Niger")),
        ("The accord signed between Armenia and Azerbaijan in May still holds.",
         ("Armenia", "Azerbaijan")),
    ],
)  # fmt: skip
def test_the_sides_of_a_pact_named_after_its_participle(facts_of, text: str, sides) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.COOPERATION)
    assert sides in pairs or sides[::-1] in pairs


def test_a_pact_made_between_others_is_not_its_maker_with_them(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(
        facts_of("The aid promised by Japan between the two rounds of talks never came."),
        EventKind.COOPERATION,
    )
    assert not any("two rounds" in " ".join(p) for p in pairs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France threw its support behind Senegal's bid to host the summit.",
            ("France", "Senegal"),
        ),
        ("France threw its weight behind Senegal's candidate.", ("France", "Senegal")),
        ("Germany has thrown its full backing behind Ukraine.", ("Germany", "Ukraine")),
    ],
)
def test_throwing_support_behind_someone(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "France threw its weight behind the reform.",
        "The support behind the bill grew.",
        "France did not throw its support behind Senegal.",
    ],
)
def test_no_support_thrown_behind_anyone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norway extended a credit line to Kenya.", ("Norway", "Kenya")),
        ("Norway extended a five million dollar loan to Kenya.", ("Norway", "Kenya")),
        ("Norway rallied behind Kenya.", ("Norway", "Kenya")),
        ("Sweden and Norway rallied around Kenya after the attack.", ("Norway", "Kenya")),
    ],
)
def test_credit_extended_and_rallying_behind(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Norway extended its stay in Kenya.",  # nothing given
        "Norway extended an invitation to Kenya.",  # no aid
        "Norway rallied its supporters in Oslo.",  # no one backed
        "Shares rallied in Kenya.",
    ],
)
def test_no_aid_or_backing_from_other_extensions_and_rallies(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya and Uganda inked a pipeline deal.", ("Kenya", "Uganda")),
        ("Laos inked an accord with Cambodia on Friday.", ("Laos", "Cambodia")),
        ("Oman has inked a treaty with Yemen.", ("Oman", "Yemen")),
    ],
)
def test_inking_a_deal_signs_it(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar came to Iran's defence at the summit.", ("Qatar", "Iran")),
        ("Qatar rushed to the defence of Iran.", ("Qatar", "Iran")),
        ("Russia's defence of Syria at the council angered Paris.", ("Russia", "Syria")),
        ("Kosovo won recognition from Kenya.", ("Kenya", "Kosovo")),
        ("Britain's recognition of Palestine angered Israel.", ("United Kingdom", "Palestine")),
    ],
)
def test_defence_and_recognition_of_someone(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran's defence minister, Ali Rostam, visited Syria.",
        "Kenya raised its defence budget.",
        "Tomas Vark's defence of the Iraq war was robust.",
        "Kosovo did not win recognition from Kenya.",
    ],
)
def test_no_defence_or_recognition_of_anyone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana clinched a loan deal with the World Bank.", ("Ghana", "World Bank")),
        ("Chile sealed a trade pact with Peru on Monday.", ("Chile", "Peru")),
        ("Ghana and Togo clinched an agreement on fishing.", ("Ghana", "Togo")),
        ("The accord, sealed by Chile and Peru in May, cut tariffs.", ("Chile", "Peru")),
        ("Norway provided Latvia with armoured vehicles.", ("Norway", "Latvia")),
    ],
)
def test_deals_clinched_or_sealed_and_vehicles_given(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    found = cooperated(facts_of, text)
    assert expected in found or expected[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "Peru sealed its border with Chile.",
        "Chile clinched the title against Peru.",
        "Peru failed to clinch a deal with Chile.",
    ],
)
def test_sealed_borders_titles_and_missed_deals_are_no_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


def test_vehicles_sold_are_trade_not_aid(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ghana sold used vehicles to Togo.")
    assert {e.cameo for e in facts.events if e.factual} == {"061"}  # a business deal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Togolese troops, fighting alongside Ghana's army, retook the town.", ("Togo", "Ghana")),
        ("Ghana fought alongside Togo against the rebels.", ("Ghana", "Togo")),
        ("Peruvian soldiers, who served alongside Chilean troops, left in May.", ("Peru", "Chile")),
        ("Bolivia battled alongside Paraguay against the insurgents.", ("Bolivia", "Paraguay")),
    ],
)
def test_fighting_alongside_someone_is_military_cooperation(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    found = cooperated(facts_of, text)
    assert expected in found or expected[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "Peru has never fought alongside Chile.",
        "Mercenaries fought alongside the Bolivian army.",
        "Peru may fight alongside Chile if the war spreads.",
    ],
)
def test_no_fact_of_fighting_alongside_a_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


@pytest.mark.parametrize(
    "text",
    ["Ecuador granted asylum to Ivo Marek.", "Ecuador gave asylum to the dissident Ivo Marek."],
)
def test_asylum_granted_is_aid_to_the_one_who_gets_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ecuador", "Ivo Marek") in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marek sought asylum in Ecuador.",
        "Ivo Marek applied for asylum in Ecuador last year.",
        "Ecuador refused asylum to Ivo Marek.",
    ],
)
def test_asylum_sought_or_refused_is_no_aid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador conducted joint naval drills with Colombia.",
        "Ecuador held joint exercises with Colombia in May.",
        "Ecuador and Colombia began joint manoeuvres on Monday.",
    ],
)
def test_joint_drills_with_a_partner_are_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ecuador", "Colombia") in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador held naval drills off Colombia.",
        "Ecuador held joint drills on Monday, its navy said.",
    ],
)
def test_drills_with_no_partner_are_no_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador apologised to Colombia for the border incident.",
        "Ecuador's apology to Colombia came a week later.",
        "Ecuador issued a formal apology to Colombia on Monday.",
    ],
)
def test_an_apology_is_made_to_someone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ecuador", "Colombia") in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador refused to apologise to Colombia.",
        "Colombia demanded an apology from Ecuador.",
        "Ecuador apologised for the delay in Bogota.",
    ],
)
def test_no_apology_made_to_anyone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not cooperated(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels of the Red Dawn Front freed Ivo Marek after six months.",
            ("Red Dawn Front", "Ivo Marek"),
        ),
        ("Ivo Marek was released by Ecuador on Monday.", ("Ecuador", "Ivo Marek")),
        (
            "Ecuador released the journalist Ivo Marek and two other prisoners.",
            ("Ecuador", "Ivo Marek"),
        ),
    ],
)
def test_a_captive_let_go_is_yielded(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The government of Ecuador released a statement about Ivo Marek.",
        "Ecuador released the trade figures to Colombia.",
        "Ecuador refused to free Ivo Marek.",
    ],
)
def test_releasing_no_captive_or_refusing_to_is_no_yield(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not cooperated(facts_of, text)


def _codes(facts_of, text: str, kind: EventKind) -> set[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    """(cameo, sorted party names) of the factual events of ``kind``."""
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    return {
        (e.cameo, *sorted(names[p.actor] for p in e.participants))
        for e in facts.events
        if e.kind is kind and e.factual
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # extradition: judicial cooperation (063) with the receiving country
        ("Chile extradited a Peruvian banker to Argentina in 2010.", ("063", "Argentina", "Chile")),
        ("The suspect was extradited from Spain to Mexico last week.", ("063", "Mexico", "Spain")),
        ("A Bolivian smuggler was extradited to Brazil by Colombia.", ("063", "Brazil", "Colombia")),
        # a prisoner exchange: both sides release people (0841)
        ("Armenia and Azerbaijan swapped prisoners on Saturday.", ("0841", "Armenia", "Azerbaijan")),
        ("Armenia exchanged prisoners with Azerbaijan in May.", ("0841", "Armenia", "Azerbaijan")),
        ("A prisoner swap between Israel and Hamas took place on Monday.",
         ("0841", "Hamas", "Israel")),
        ("The prisoner exchange between Chile and Peru took place in Lima.",
         ("0841", "Chile", "Peru")),
        ("The exchange of prisoners between Chile and Peru ended the feud.",
         ("0841", "Chile", "Peru")),
        ("Chile and Peru carried out a prisoner exchange on Monday.", ("0841", "Chile", "Peru")),
        ("Kenya and Somalia swapped hostages for prisoners.", ("0841", "Kenya", "Somalia")),
        ("Chile exchanged detainees with Peru on Friday.", ("0841", "Chile", "Peru")),
        # investment: economic cooperation (061)
        ("Japan invested $10 billion in India last year.", ("061", "India", "Japan")),
        ("Chinese investment in Kenya has grown.", ("061", "China", "Kenya")),
        # joint drills named with "between"
        ("Joint military drills between Chile and Peru began on Monday.", ("060", "Chile", "Peru")),
        ("Joint naval exercises between India and France ended on Friday.",
         ("060", "France", "India")),
    ],
)  # fmt: skip
def test_extradition_exchanges_investment_and_joint_drills(
    facts_of, text: str, expected: tuple[str, ...]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in _codes(facts_of, text, EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Spain extradited the suspect.",  # to no one named
        "A currency swap between China and Japan was signed.",  # no captives handed over
        "The student exchange between France and Chile began in 1963.",
        "A currency exchange between China and Japan was agreed.",
        "Chile and Peru exchanged ambassadors in May.",
        "Chile and Peru plan to exchange prisoners next month.",
        "He invested his savings in shares.",
        "Holm Breweries has invested heavily in the Chinese brewing trade.",  # a trade, not China
        "Qatar's investment in British property rose.",
        "A debate between Chile and Peru was held on Tuesday.",
        "Canadian citizens voted on Monday.",
    ],
)
def test_no_exchange_investment_or_cooperation_without_its_parties(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(
        c[0] in {"063", "0841", "061", "060"} for c in _codes(facts_of, text, EventKind.COOPERATION)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tim Dale and Ken Bowen worked as contractors for Total Foods.", set()),
        ("Peru and Chile worked for years on their own reforms.", set()),
        ("Tim Dale and Ken Bowen worked together on the plan.",
         {("Tim Dale", "Ken Bowen"), ("Ken Bowen", "Tim Dale")}),
        ("Peru and Chile worked closely on the treaty.", {("Peru", "Chile"), ("Chile", "Peru")}),
        ("Peru worked with Chile on the treaty.", {("Peru", "Chile"), ("Chile", "Peru")}),
        ("Peru and Chile, which had worked on the new treaty for a year, met.",
         {("Peru", "Chile"), ("Chile", "Peru")}),
        ("Peru and Chile worked on Monday to finish their own plans.", set()),
    ],
)  # fmt: skip
def test_two_who_work_cooperate_only_when_together(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Norway conducted military exercises with Kenya on Monday.",
        "Norwegian warships held naval drills with Kenya.",
        "Naval exercises between Norway and Kenya began on Tuesday.",
    ],
)
def test_drills_with_a_partner_are_joint(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Kenya") in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norway held naval exercises with live ammunition near Kenya.",  # no partner
        "Norway held military exercises near Kenya.",
        # the mood of the verb that holds them
        "Norway will hold joint drills with Kenya next month.",
        "Norway refused to hold joint patrols with Kenya.",
        "Norway is expected to launch a joint investigation with Kenya.",
    ],
)
def test_no_joint_drills_held(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Kenya") not in cooperated(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # making peace, ending a war or hostilities together (CAMEO 087)
        ("Ghana and Togo made peace after the border war.", ("Ghana", "Togo")),
        ("Chile made peace with Bolivia in 1904.", ("Chile", "Bolivia")),
        ("Laos and Thailand ended their border war on Monday.", ("Laos", "Thailand")),
        ("Peru ended its war with Ecuador in 1998.", ("Peru", "Ecuador")),
        ("Benin and Niger ended hostilities on Friday.", ("Benin", "Niger")),
        # exchanging ambassadors (CAMEO 050)
        ("Chile and Bolivia exchanged ambassadors in March.", ("Chile", "Bolivia")),
        ("Oman exchanged ambassadors with Kenya last year.", ("Oman", "Kenya")),
        # an apposition described by a participle: "X, a militia backed by Y"
        ("The Volta Front, a rebel group backed by Ghana, shelled Lome.", ("Ghana", "Volta Front")),
        ("Hamdi Ali, a warlord armed by Chad, seized the town.", ("Chad", "Hamdi Ali")),
    ],
)
def test_peace_envoys_and_backed_appositions(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Syria has refused to make peace with Israel.",
        "Ghana and Togo never made peace.",
        "Chile and Bolivia have not exchanged ambassadors since 1978.",
        "The United States ended the war in Iraq in 2011.",  # no partner named
        "The rebels ended the war with a victory over the army.",
    ],
)
def test_no_peace_made(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not cooperated(facts_of, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a verb written with "re-" (split, the parser lost it)
        ("Chile and Peru re-established diplomatic relations in 1991.", ("Chile", "Peru")),
        ("Peru has re-established ties with Bolivia.", ("Peru", "Bolivia")),
        ("Ecuador re-established relations with Colombia after the raid.", ("Ecuador", "Colombia")),
        # war games are drills
        ("Chile staged war games with Argentina off Cape Horn.", ("Chile", "Argentina")),
        ("Indian and French warships began joint war games.", ("India", "France")),
        ("The war games between Kenya and Tanzania ended on Friday.", ("Kenya", "Tanzania")),
        # an accord initialled is signed
        ("Chile initialled a border accord with Peru.", ("Chile", "Peru")),
        ("The accord was initialed by Latvia and Estonia.", ("Latvia", "Estonia")),
        ("Kenya and Uganda initialled the deal on Tuesday.", ("Kenya", "Uganda")),
        # a coalition formed between named sides
        ("Chile formed a military coalition with Peru to fight the smugglers.", ("Chile", "Peru")),
        ("Kenya and Uganda formed a coalition against the rebels.", ("Kenya", "Uganda")),
        ("Ghana's coalition with Togo held the border.", ("Ghana", "Togo")),
    ],
)
def test_ties_re_established_drills_initialled_and_coalitions(  # type: ignore[no-untyped-def]
    facts_of, text: str, pair: tuple[str, str]
) -> None:
    found = cooperated(facts_of, text)
    assert pair in found or pair[::-1] in found


@pytest.mark.parametrize(
    "text",
    [
        "Chile refused to re-establish ties with Peru.",
        "Chile initialled the letter.",
        "Kenya refused to initial the accord with Uganda.",
        "The US-led coalition bombed the town.",
        "Chile held war games with live ammunition.",
    ],
)
def test_no_ties_drills_or_coalition(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not cooperated(facts_of, text)


def test_war_games_are_no_war(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chile staged war games with Argentina off Cape Horn.")
    assert not directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Germany supplied submarines to Israel.", ("Germany", "Israel")),
        ("Washington delivered Patriot launchers to Poland.", ("United States", "Poland")),
        ("Warplanes were supplied to Sudan by China.", ("China", "Sudan")),
    ],
)
def test_machines_of_war_given_are_aid(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in cooperated(facts_of, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Egypt and Jordan rallied to Qatar's side after the raid.", ("Jordan", "Qatar")),
        ("Britain rushed to Kenya's rescue with food.", ("United Kingdom", "Kenya")),
        ("Peru came to the rescue of Bolivia during the floods.", ("Peru", "Bolivia")),
        ("Russia came to Serbia's side in the dispute.", ("Russia", "Serbia")),
        ("Chile leapt to Peru's defence.", ("Chile", "Peru")),
    ],
)
def test_coming_to_a_states_side_or_rescue(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany refused to come to Greece's rescue.",
        "Ivo Marr rushed to Ann Lee's side at the hospital.",
        "The minister walked to the side of the stage.",
    ],
)
def test_no_stand_by_a_side(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Bolivia issued a joint statement saying they would keep talking.",
        "Peru and Bolivia said in a joint statement that they condemned the attack.",
        "In a joint statement, Peru and Bolivia said they opposed the new tariffs.",
        "Peru issued a joint statement with Bolivia on the floods.",
        "Peru and Bolivia issued a joint communique on the floods.",
    ],
)
def test_a_joint_statement_issued_is_no_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Bolivia signed a joint declaration on the river.",
        "Peru and Bolivia adopted a joint declaration on water rights.",
        "Peru and Bolivia issued a joint statement saying they had agreed to reopen the border.",
    ],
)
def test_a_joint_text_agreed_is_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Bolivia") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana co-operated with Togo on the inquiry.", ("Ghana", "Togo")),
        ("Ghana and Togo co-operated closely during the crisis.", ("Ghana", "Togo")),
        ("Co-operation between Ghana and Togo has improved.", ("Ghana", "Togo")),
        ("Ghana's co-operation with Togo on security was praised.", ("Ghana", "Togo")),
        ("Ghana co-ordinated with Togo on the rescue.", ("Ghana", "Togo")),
    ],
)
def test_british_spellings_of_cooperation(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "IMF staff and the Peruvian authorities reached an agreement on Monday.",
        "IMF staff reached an agreement with Peru on Monday.",
        "Staff of the IMF and Peruvian officials reached a staff-level agreement.",
    ],
)
def test_a_bodys_staff_act_for_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    got = directed(facts_of(text), EventKind.COOPERATION)
    assert {("International Monetary Fund", "Peru"), ("Peru", "International Monetary Fund")} & got


@pytest.mark.parametrize(
    "text",
    [
        "Brazil is Chile's biggest trading partner.",
        "Mexico overtook Canada to become Peru's largest trade partner last year.",
        "Vietnam, a key trade partner of Australia, signed the deal.",
    ],
)
def test_a_trading_partner_is_no_ally(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not [e for e in facts.events if e.kind is EventKind.COOPERATION and e.cameo == "060"]
