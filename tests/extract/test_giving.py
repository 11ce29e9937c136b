"""What a verb of giving gives and to whom: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.giving import given_things, given_to, is_aid, is_arms, is_control
from kg.records import EventKind
from tests.helpers import coded, cooperation_pairs, directed


def _verb(nlp, text: str, lemma: str):  # type: ignore[no-untyped-def]
    return next(t for t in nlp(text) if t.lemma_ == lemma)


@pytest.mark.parametrize(
    ("text", "lemma", "recipient"),
    [
        ("Norway lent Kenya five million dollars.", "lend", "Kenya"),
        ("Norway provided Kenya with a loan.", "provide", "Kenya"),
        ("Norway gave Kenya two helicopters.", "give", "Kenya"),
        ("Norway extended credit lines worth $3bn to Kenya.", "extend", "Kenya"),
    ],
)
def test_who_is_given(nlp, text: str, lemma: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert [t.text for t in given_to(_verb(nlp, text, lemma))] == [recipient]


def test_nobody_is_given_what_is_only_advice(nlp) -> None:  # type: ignore[no-untyped-def]
    assert given_to(_verb(nlp, "Norway provided Kenya with advice.", "provide")) == []


@pytest.mark.parametrize(
    ("text", "lemma", "passive", "aid"),
    [
        ("Norway supplied arms to Kenya.", "supply", False, True),
        ("Arms were supplied to Kenya by Norway.", "supply", True, True),
        ("Norway sent a letter to Kenya.", "send", False, False),
        ("Norway extended a line of credit to Kenya.", "extend", False, True),
        ("Norway sent two shipments of rice to Kenya.", "send", False, True),
        ("Norway sent a message of support to Kenya.", "send", False, False),
    ],
)
def test_what_is_given_and_whether_it_is_aid(
    nlp, text: str, lemma: str, passive: bool, aid: bool
) -> None:  # type: ignore[no-untyped-def]
    things = given_things(_verb(nlp, text, lemma), passive)
    assert things
    assert any(is_aid(t) for t in things) is aid


@pytest.mark.parametrize(
    ("text", "lemma", "control"),
    [
        ("Norway handed over control of the base to Kenya.", "hand", True),
        ("Norway transferred the airfield to Kenya.", "transfer", True),
        ("Norway ceded sovereignty to Kenya.", "cede", True),
        ("Norway handed the documents to Kenya.", "hand", False),
        ("Norway transferred five million dollars to Kenya.", "transfer", False),
    ],
)
def test_whether_what_is_handed_over_is_control(nlp, text: str, lemma: str, control: bool) -> None:  # type: ignore[no-untyped-def]
    things = given_things(_verb(nlp, text, lemma), False)
    assert things
    assert any(is_control(t) for t in things) is control


def test_control_of_a_place_goes_to_whom_the_parser_hangs_on_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    verb = _verb(nlp, "Britain handed over control of the base to Iraq.", "hand")
    assert [t.text for t in given_to(verb)] == ["Iraq"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States handed over control of the base to Iraq.", ("United States", "Iraq")),
        ("Britain handed the airfield over to Kenya on Monday.", ("United Kingdom", "Kenya")),
        ("Control of the port was handed over to Ghana by Togo.", ("Togo", "Ghana")),
        ("France transferred control of the airport to Mali.", ("France", "Mali")),
    ],
)
def test_handing_over_control_is_cooperation(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya turned over the suspects to Uganda.",
        "Kenya turned the two suspects over to Uganda.",
        "Kenya transferred two pirates to Uganda for trial.",
    ],
)
def test_handing_over_wanted_people_is_judicial_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Kenya", "Uganda", "063") in coded(facts_of, text, EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya turned over the documents to Uganda.",  # papers
        "Kenya turned over a new leaf with Uganda.",  # an idiom
        "The junta handed over power to Kenya.",  # power is no place nor person
        "Kenya delivered a speech to Uganda.",  # words are no aid
        "Kenya did not turn over the suspects to Uganda.",
    ],
)
def test_nothing_handed_over_to_uganda(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Britain handed the documents to Kenya.",  # papers, not control
        "Togo refused to hand over the port to Ghana.",
        "Chile will transfer control of the island to Peru next year.",
    ],
)
def test_no_control_handed_over(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "arms"),
    [
        ("Norway sold fighter jets to Kenya.", True),
        ("Norway sold Kenya two missile systems.", True),
        ("Norway sold a batch of rifles to Kenya.", True),
        ("Norway sold Kenya six patrol boats.", True),
        ("Norway sold its stake to Kenya.", False),
        ("Norway sold two fishing boats to Kenya.", False),
        ("Norway sold 5,000 cars to Kenya.", False),
    ],
)
def test_whether_what_is_sold_is_arms(nlp, text: str, arms: bool) -> None:  # type: ignore[no-untyped-def]
    things = given_things(_verb(nlp, text, "sell"), False)
    assert things
    assert any(is_arms(t) for t in things) is arms


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Norway sold arms to Kenya in 1986.", ("Norway", "Kenya")),
        ("Norway sold Kenya six warships.", ("Norway", "Kenya")),
        ("Norway has agreed to sell Kenya four patrol boats.", ("Norway", "Kenya")),
        ("Helicopters were sold to Kenya by Norway.", ("Norway", "Kenya")),
    ],
)
def test_selling_arms_is_arming(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    ["Norway sold its stake to Kenya.", "Norway sold 5,000 cars to Kenya.",
     "Norway did not sell arms to Kenya."],
)  # fmt: skip
def test_selling_anything_else_is_trade(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # a sale is a business deal (CAMEO 061), never aid
    assert not _aid_codes(facts_of(text))


def _aid_codes(facts) -> set[str]:  # type: ignore[no-untyped-def]
    """The aid codes (CAMEO 07) of the factual events of ``facts``."""
    return {e.cameo for e in facts.events if e.factual and e.cameo.startswith("07")}


@pytest.mark.parametrize(
    "text",
    [
        "Norway forgave $2 billion in debt owed by Kenya.",
        "Norway forgave Kenya's debts last year.",
        "Norway forgave Kenya $300 million in debt.",
        "Debts of $2 billion owed by Kenya were forgiven by Norway.",
        "Norway cancelled debts worth $80 million owed by Kenya.",
        "Norway wrote off the debts Kenya owed it.",
    ],
)
def test_forgiving_a_debt_aids_the_debtor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert ("Norway", "Kenya") in directed(facts, EventKind.COOPERATION)
    assert {e.cameo for e in facts.events if e.kind is EventKind.COOPERATION} == {"071"}


@pytest.mark.parametrize(
    "text",
    [
        "Norway cancelled $150m of Kenyan debt on Wednesday.",
        "Norway has written off $1bn of Kenyan debt.",
        "Norway waived Kenyan debts worth $80m.",
        "Kenyan debt of $2bn was forgiven by Norway.",
    ],
)
def test_debt_of_a_countrys_people_aids_the_country(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "Kenyan debt" is Kenya's debt: cancelling it relieves Kenya."""
    assert ("Norway", "Kenya") in directed(facts_of(text), EventKind.COOPERATION)


def test_debt_of_no_country_relieves_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Norway cancelled $150m of foreign debt on Wednesday.")
    assert not directed(facts, EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Norway may forgive $2 billion in debt owed by Kenya.",
        "Norway refused to forgive the debts owed by Kenya.",
        "Norway paid off debts worth $80 million owed to Kenya.",
    ],
)
def test_no_debt_forgiven(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Kenya") not in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Italy forgave $90m of Haiti's debt on Thursday.", ("Italy", "Haiti")),
        ("Russia forgave Cuba's debts on Tuesday.", ("Russia", "Cuba")),
        ("Mexico forgave the debts of Honduras on Monday.", ("Mexico", "Honduras")),
    ],
)
def test_a_dated_forgiveness_is_done(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    """ "forgave" is only ever a past (the tagger sometimes calls it a present): with a
    day it is no scheduled act."""
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador will forgive Haiti's debt on Thursday.",
        "Ecuador forgives Haiti's debt on Thursday, officials said.",
    ],
)
def test_a_forgiveness_to_come_is_not_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ecuador", "Haiti") not in directed(facts_of(text), EventKind.COOPERATION)


def test_forgiving_people_stays_forgiving(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "forgave the rebels" is no aid: the word's own sense (CAMEO 056)."""
    facts = facts_of("Norway forgave the Kenyan rebels for the attack.")
    assert {e.cameo for e in facts.events if e.kind is EventKind.COOPERATION} <= {"056"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya was granted $2 billion by Norway.",
        "Norway granted aid to Kenya in 1998.",
        "Norway supplied Kenya with hundreds of drones.",
        "Norway supplied Kenya with thousands of rifles.",
        "Norway shipped tonnes of weapons to Kenya.",
        "Norway shipped arms to Kenya in the 1980s.",
    ],
)
def test_granting_and_shipping_aid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Kenya") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Norway granted independence to Kenya.",
        "Norway granted Kenya access to its ports.",
        "The firm shipped its products to Kenya.",
        "Norway supplied Kenya with hundreds of ideas.",
        "Norway did not ship arms to Kenya.",
    ],
)
def test_granting_or_shipping_no_aid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Kenya") not in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Norway handed over Tomas Halvorsen to Kenya in 2003.",
        "Norway handed the suspects over to Kenya on Sunday.",
        "The fugitive was handed over to Kenya by Norwegian authorities.",
        "Norway transferred 20 detainees to Kenya.",
    ],
)
def test_handing_over_a_person_is_judicial_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Kenya") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Norway refused to hand over Tomas Halvorsen to Kenya.",
        "Norway handed Tomas Halvorsen a letter.",  # who is handed something is no recipient state
    ],
)
def test_no_person_handed_over(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.COOPERATION)
    assert ("Norway", "Kenya") not in pairs and ("Norway", "Tomas Halvorsen") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Peru thanked Chile for sending tanks.",
        "Lima thanked Santiago for sending tanks to Peru.",
        "Peru thanked Chile on Monday for sending food aid.",
        "Peru thanked Chile for sending aid to Peru.",
    ],
)
def test_who_thanks_another_for_giving_is_given_to(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    coop = directed(facts_of(text), EventKind.COOPERATION)
    assert ("Chile", "Peru") in coop  # the aid
    assert ("Peru", "Chile") in coop  # the thanks


@pytest.mark.parametrize(
    "text",
    [
        "Peru thanked Chile for sending tanks to Bolivia.",  # given to another
        "Ecuador praised Chile for sending tanks.",  # praise names no recipient
        "Peru thanked Chile for hosting the talks.",  # no giving
    ],
)
def test_no_thanker_is_given_to_when_another_is_or_nothing_is_given(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    coop = directed(facts_of(text), EventKind.COOPERATION)
    assert ("Chile", "Peru") not in coop and ("Chile", "Ecuador") not in coop


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peru gave security guarantees to Bolivia in 1994.", ("Peru", "Bolivia")),
        ("Chile provided Bolivia with security guarantees.", ("Chile", "Bolivia")),
        ("Security guarantees were given to Ecuador by Peru.", ("Peru", "Ecuador")),
    ],
)
def test_security_guarantees_given_are_aid(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council gave Peru a deadline.",  # a body's name, nothing given
        "Peru refused to give security guarantees to Chile.",
        "Peru gave guarantees to the bondholders.",  # no security, no state
    ],
)
def test_no_security_given_without_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "sender", "war"),
    [
        ("Chile sent troops to Iraq as part of the US-led coalition.", "Chile", "Iraq"),
        (
            "Peru sent 900 soldiers to Afghanistan as part of the NATO-led force.",
            "Peru",
            "Afghanistan",
        ),
        ("Chile sent 1,200 troops to Iraq as part of the invasion.", "Chile", "Iraq"),
        ("Troops were sent to Iraq by Peru as part of the American-led coalition.", "Peru", "Iraq"),
    ],
)
def test_troops_sent_to_a_war_aid_no_one_there(facts_of, text, sender, war) -> None:  # type: ignore[no-untyped-def]
    assert (sender, war) not in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile sent aid to Haiti as part of a UN relief effort.", ("Chile", "Haiti")),
        ("Peru sent weapons to Bolivia as part of a package agreed in June.", ("Peru", "Bolivia")),
        ("Chile sent troops to Bolivia.", ("Chile", "Bolivia")),
    ],
)
def test_what_is_sent_as_part_of_no_war_is_still_aid(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Norway sold Chile 36 jets.",
        "Norway agreed to sell Kenya 36 Viggen jets.",
        "Norway handed Kenya ten patrol boats on Monday.",
        "Norway handed over ten patrol boats to Kenya.",
        "Ten patrol boats were handed to Kenya by Norway.",
    ],
)
def test_arms_handed_or_sold_to_a_recipient_before_them_are_aid(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.COOPERATION)
    assert ("Norway", "Kenya") in pairs or ("Norway", "Chile") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Norway handed Kenya a protest note.",
        "Norway handed Kenya a $5 million fine.",
        "Norway sold Kenya 36 percent of the shares.",
    ],
)
def test_nothing_handed_or_sold_as_aid(facts_of, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Kenya") not in directed(facts_of(text), EventKind.COOPERATION)


def test_suspects_handed_over_are_no_aid(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Norway handed over two suspects to Kenya.")
    assert {e.cameo for e in facts.events if e.kind is EventKind.COOPERATION} == {"063"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Bolivia sent jets to help Paraguay fight the rebels.", ("Bolivia", "Paraguay")),
        ("Chile deployed 800 troops to help Ivory Coast restore order.", ("Chile", "Ivory Coast")),
        ("Peru dispatched 500 soldiers to help Ecuador defeat the rebels.", ("Peru", "Ecuador")),
        ("Chile sent advisers to help Peru counter drug gangs.", ("Chile", "Peru")),
        ("Uruguay lent Paraguay $2bn to help the Paraguayan government rebuild its ports.",
         ("Uruguay", "Paraguay")),
    ],
)  # fmt: skip
def test_the_one_helped_is_named_right_after_help(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert pair in found
    assert all(t in {pair[1], "Paraguay"} for s, t in found if s == pair[0])  # not the rebels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malian troops, backed by French air strikes, retook the town.", ("France", "Mali")),
        ("Backed by Russian air power, Syrian forces retook the city.", ("Russia", "Syria")),
        (
            "The Yemeni army, supported by Saudi money and weapons, held the port.",
            ("Saudi Arabia", "Yemen"),
        ),
        ("Chad's army was backed by Nigerien firepower.", ("Niger", "Chad")),
        ("Egyptian air strikes helped the Libyan army retake the port.", ("Egypt", "Libya")),
    ],
)
def test_what_a_backer_lends_stands_for_it(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean firm, backed by strong sales, raised its forecast.",
        "The Peruvian rebels were backed by heavy artillery.",
        "Mali denied its army was backed by French air strikes.",
    ],
)
def test_no_one_lends_what_has_no_owner(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a sum with its currency sign, whatever the model tags the number
        ("Qatar lent Egypt $1bn last year.", ("Qatar", "Egypt")),
        ("Germany lent Greece $3bn last month.", ("Germany", "Greece")),
        ("Norway loaned $500m to Ghana.", ("Norway", "Ghana")),
        ("Ghana was loaned $500m by Norway.", ("Norway", "Ghana")),
    ],
)
def test_a_sum_lent_or_loaned_is_aid(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert (*pair, "071") in coded(facts_of, text, EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia asked Chile for a loan.",
        "Norway loaned the painting to the Louvre.",  # no aid
        "Ghana sought a $1bn loan from Norway.",
    ],
)
def test_no_sum_lent(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Embraer sold 20 passenger jets to Kenya.",  # civilian machines
        "Embraer delivered twelve airliners to Peru.",  # a firm's counted wares
        "Holm Motors shipped 400 buses to Ghana.",
    ],
)
def test_a_firms_wares_are_trade_not_aid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _aid_codes(facts_of(text))  # (a sale is a business deal: CAMEO 061)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Oxfam delivered 20 tonnes of rice to Chad.", ("Oxfam", "Chad")),
        ("Holm Motors gave Ghana $2m after the floods.", ("Holm Motors", "Ghana")),
        ("Brazil delivered twelve helicopters to Peru.", ("Brazil", "Peru")),
    ],
)
def test_aid_by_its_name_or_sum_or_from_a_state_is_aid(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Kenya sent food to Somali refugees on Monday.", ("Kenya", "Somalia")),
        ("Poland gave blankets to Belarusian migrants at the border.", ("Poland", "Belarus")),
        ("Turkey delivered tents to Syrian refugees last winter.", ("Turkey", "Syria")),
    ],
)
def test_aid_to_refugees_is_no_aid_to_the_state_they_fled(facts_of, text: str, absent) -> None:  # type: ignore[no-untyped-def]
    assert absent not in directed(facts_of(text), EventKind.COOPERATION)


def test_aid_to_a_countrys_army_is_still_aid_to_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya sent food to the Somali army on Monday."
    assert ("Kenya", "Somalia") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Armenia gave Azerbaijani troops 48 hours to pull back.",
        "Ghana gave the Togolese soldiers 24 hours to withdraw.",
    ],
)
def test_time_given_to_someone_is_no_aid_to_them(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        (
            "The Asian Development Bank disbursed $400m to Laos on Friday.",
            "Asian Development Bank",
            "Laos",
        ),
        ("Denmark allocated $30m to Mali for schools.", "Denmark", "Mali"),
        ("Austria earmarked 20 million euros for Moldova.", "Austria", "Moldova"),
        ("Kuwait channelled funds to Jordan through its central bank.", "Kuwait", "Jordan"),
        ("Finland funnelled money to Niger through a charity.", "Finland", "Niger"),
        ("Belgium awarded Benin a grant of 5 million euros.", "Belgium", "Benin"),
        ("Benin was awarded a $5m grant by Belgium.", "Belgium", "Benin"),
    ],
)
def test_money_moved_to_a_receiver_is_aid(facts_of, text: str, giver: str, receiver: str) -> None:  # type: ignore[no-untyped-def]
    assert (giver, receiver) in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "The committee awarded the contract to a Belgian firm.",
        "The ministry allocated more time to Mali's request.",
        "The minister channelled his anger at Jordan.",
        "The court awarded damages to Benin.",
        "Austria earmarked the seat for Moldova's envoy.",
        "Fifa awarded Morocco the 2030 World Cup.",
        "The Supreme Court awarded $5m to Ivo Marr.",
        "The Treasury allocated £2bn to the National Health Service.",
        "Ann Vale earmarked £1bn for the Ministry of Defence.",
    ],
)
def test_what_is_moved_must_be_money_or_goods(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Ghana refused a loan from China.", "China", "Ghana"),
        ("Ghana rejected aid from Togo.", "Togo", "Ghana"),
        ("Ghana turned down a grant from the World Bank.", "World Bank", "Ghana"),
        ("Ghana declined funding from Norway.", "Norway", "Ghana"),
    ],
)
def test_aid_refused_is_not_given(facts_of, text: str, giver: str, receiver: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert (giver, receiver) not in directed(facts, EventKind.COOPERATION)
    assert (giver, receiver) in directed(facts, EventKind.COOPERATION, factual_only=False)


def test_aid_accepted_is_given(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of("Ghana accepted a loan from China."), EventKind.COOPERATION)
    assert ("China", "Ghana") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan airlifted tents and blankets to Syria on Tuesday.", ("Jordan", "Syria")),
        ("Turkey sent ambulances to Lebanon on Monday.", ("Turkey", "Lebanon")),
        ("Qatar airlifted 40 tonnes of medicine to Sudan.", ("Qatar", "Sudan")),
        ("Canada donated field hospitals to Moldova.", ("Canada", "Moldova")),
        ("Moldova was given power generators by Canada.", ("Canada", "Moldova")),
    ],
)
def test_supplies_airlifted_or_sent_are_aid(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


def test_citizens_airlifted_out_are_no_aid(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Jordan airlifted its citizens out of Sudan."
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Moldova was promised 105 million euros by the European Union.", ("European Union", "Moldova")),
        ("Bosnia was promised two million euros by Sweden.", ("Sweden", "Bosnia")),
        ("Latvia promised Estonia two patrol boats on Monday.", ("Latvia", "Estonia")),
    ],
)  # fmt: skip
def test_aid_promised_to_a_state(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Moldova was promised a referendum by Sweden.",  # no aid
        "Sweden promised Moldova that talks would resume.",  # a clause
        "Moldova was not promised any money by Sweden.",  # negated
    ],
)
def test_no_aid_promised(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Sweden", "Moldova") not in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "The IMF provided emergency liquidity to Kenya on Monday.",
        "The IMF agreed to provide liquidity to Kenya.",
        "The IMF extended liquidity to Kenya in March.",
    ],
)
def test_liquidity_and_bailouts_given_are_aid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert any("Kenya" in pair for pair in cooperation_pairs(facts_of(text)))


def test_liquidity_not_given_is_no_aid(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The IMF refused to provide liquidity to Kenya."
    assert not any("Kenya" in pair for pair in cooperation_pairs(facts_of(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Norway donated the manuscripts to Mali.",
        "Norway gave the bronzes to Mali.",
        "Norway gifted two ancient statues to Mali.",
    ],
)
def test_property_given_away_is_aid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Mali") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Norway lent the paintings to Mali.",
        "Norway lent 30 paintings to Mali for an exhibition.",
        "Norway sent 20 statues to Mali for a show.",
        "Norway shipped the artefacts to Mali.",
    ],
)
def test_property_lent_or_sent_is_no_aid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """Lent, sent or shipped, property may come back: no gift of it."""
    assert ("Norway", "Mali") not in directed(facts_of(text), EventKind.COOPERATION)
