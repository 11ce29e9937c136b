"""Nouns in the recipient frame, the giver helping the receiver (kg.extract.recipient_frames):
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arms supplies from Peru to Chile rose last year.", ("Peru", "Chile")),
        ("Ghana's weapons sales to Togo doubled.", ("Ghana", "Togo")),
        ("Sweden approves arms sale to Finland", ("Sweden", "Finland")),
        ("Tanks deliveries by Poland to Ukraine resumed in May.", ("Poland", "Ukraine")),
        ("Peru's arms shipments to Bolivia arrived in May.", ("Peru", "Bolivia")),
    ],
)
def test_arms_handed_over_as_sales_supplies_or_deliveries(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's car sales to Togo doubled.",
        "Peru's deliveries of mail to Chile were late.",
        "Chile halted arms deliveries to Peru.",
    ],
)
def test_sales_and_deliveries_of_no_aid_or_stopped_are_no_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan approved a new aid package for Nepal.", ("Japan", "Nepal")),
        ("Germany unveiled a military aid package for Ukraine.", ("Germany", "Ukraine")),
        ("The World Bank approved a loan programme for Ghana.", ("World Bank", "Ghana")),
        ("An aid package for Chad was approved by France.", ("France", "Chad")),
        ("Japan's aid package for Nepal arrived on Monday.", ("Japan", "Nepal")),
    ],
)
def test_aid_held_in_a_package_or_programme(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Japan will approve an aid package for Nepal next year.",  # planned
        "Brazil unveiled a stimulus package for Argentina.",  # no aid named
        "Peru unveiled a new aid package for its farmers.",  # no party receives
    ],
)
def test_a_package_of_no_aid_or_not_yet_given_is_no_cooperation(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan's backing of Indonesia's bid was welcomed.", ("Japan", "Indonesia")),
        ("Russia's support of the Syrian government angered Turkey.", ("Russia", "Syria")),
        ("Brazil's support of Chile's candidate was decisive.", ("Brazil", "Chile")),
    ],
)
def test_an_owned_backing_of_someone_backs_them(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


def test_the_backing_of_someone_unowned_is_theirs_to_give(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = directed(facts_of("With the backing of Romania, Moldova applied to join."),
                   EventKind.COOPERATION)  # fmt: skip
    assert ("Moldova", "Romania") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An IMF loan to Ghana was approved by the fund's board.",
         ("International Monetary Fund", "Ghana")),
        ("EU aid to Ghana arrived on Friday.", ("European Union", "Ghana")),
    ],
)  # fmt: skip
def test_a_body_compounded_before_aid_to_someone_gives_it(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


def test_a_compounded_receiver_gives_nothing(facts_of) -> None:  # type: ignore[no-untyped-def]
    got = directed(facts_of("The Ghana loan from the IMF was approved."), EventKind.COOPERATION)
    assert not {a for a, _ in got} & {"Ghana"}


@pytest.mark.parametrize(
    "text",
    [
        "Norway's debt relief for Kenya was welcomed.",
        "Norway agreed debt relief for Kenya in 2004.",
        "Debt relief for Kenya was approved by Norway.",
    ],
)
def test_debt_relief_aids_the_debtor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Kenya") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Norway's cancellation of Kenya's debt was welcomed by charities.",
        "Norway's write-off of Kenya's debt took effect in May.",
        "The forgiveness of $80m of Kenyan debt by Norway freed money for clinics.",
        "The cancellation by Norway of $2bn of Kenya's debts came after talks.",
        "Norway announced debt cancellation for Kenya on Friday.",
    ],
)
def test_a_debt_cancelled_by_noun_aids_the_debtor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Kenya") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Norway's cancellation of its visit to Kenya angered officials.",
        "The cancellation of Norway's debt talks with Kenya was announced.",
        "Campaigners called for the cancellation of Kenya's debt by Norway.",
        "Norway rejected the forgiveness of Kenyan debt.",
    ],
)
def test_no_debt_cancelled_by_noun(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Kenya") not in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "The tax cut brought relief to Kenya's motorists, Norway said.",
        "The news brought relief to Kenya.",
        "Kenya hopes to win debt relief from Norway.",
    ],
)
def test_relief_of_no_debt_or_only_hoped_for(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Norway", "Kenya") not in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        # what a restriction holds back is not given
        "The EU imposed restrictions on arms sales to Turkey.",
        "Norway announced a ban on weapons deliveries to Chile.",
        "Congress approved a freeze of aid to Peru.",
    ],
)
def test_aid_held_back_is_no_aid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


def test_aid_given_is_aid(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert ("Russia", "India") in directed(facts_of("Russia resumed arms sales to India."),
                                           EventKind.COOPERATION)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a blessing or an endorsement is support: "with the blessing of X" backs the subject
        (
            "Ghana sent troops to Mali with the blessing of the United Nations.",
            ("United Nations", "Ghana"),
        ),
        ("With the blessing of Washington, Chile closed the base.", ("United States", "Chile")),
        ("Kenya won the blessing of the World Bank for the dam.", ("World Bank", "Kenya")),
        (
            "Turkey won the endorsement of NATO for the operation.",
            ("North Atlantic Treaty Organization", "Turkey"),
        ),
        ("Japan's endorsement of Indonesia's bid came on Monday.", ("Japan", "Indonesia")),
        # a person named before what is given receives it: "granted Ann Vale asylum"
        ("Sweden granted Pavel Krol political asylum in 1984.", ("Sweden", "Pavel Krol")),
        ("Britain granted Mr Haddad asylum in 1998.", ("United Kingdom", "Haddad")),
        ("Canada granted Lena Novak asylum.", ("Canada", "Lena Novak")),
    ],
)
def test_blessings_and_asylum_given(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "The merger needs the blessing of the European Commission.",
        "The European Union withheld its blessing from the plan.",
        "Sweden refused to grant Pavel Krol asylum.",
        "Germany granted Ali Demir a visa.",
    ],
)
def test_no_blessing_or_asylum_given(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli drones struck a Hamas weapons depot near the border.",
        "Kenyan jets struck an al-Shabaab training compound.",
        "Saudi jets struck a Houthi arms cache.",
        "Russia struck a Ukrainian aid warehouse.",
    ],
)
def test_a_kind_of_place_named_by_what_is_given_gives_nothing(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # "a weapons depot" is a depot, not weapons handed to its owner
    assert not directed(facts_of(text), EventKind.COOPERATION)
    assert directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia approved arms sales to Syria.", ("Russia", "Syria")),
        (
            "The United States announced a weapons package for Ukraine.",
            ("United States", "Ukraine"),
        ),
        (
            "Washington approved $10 billion in loan guarantees to Israel.",
            ("United States", "Israel"),
        ),
    ],
)
def test_what_is_given_before_a_giving_noun_still_gives(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a giving noun whose "to" the parser hangs on what is given or on the verb
        ("Chile's gift of two helicopters to Bolivia arrived on Monday.", ("Chile", "Bolivia")),
        ("Residents welcomed Sweden's loan of $3bn to Ghana on Friday.", ("Sweden", "Ghana")),
        ("Finland's donation of vaccines to Laos was flown in last week.", ("Finland", "Laos")),
        (
            "The EU's grant of 40 million euros to Albania will pay for roads.",
            ("European Union", "Albania"),
        ),
        ("Austria's gift of 300 tonnes of flour to Yemen was unloaded.", ("Austria", "Yemen")),
        ("Denmark gifted two patrol boats to Ghana.", ("Denmark", "Ghana")),
    ],
)
def test_a_gift_of_something_to_a_receiver(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz's gift for languages was obvious from an early age.",
        "The bank's loan of $300 to a customer in Leeds was written off.",
        "Chile's gift of a painting to the museum was unveiled.",
    ],
)
def test_a_gift_that_is_no_aid_to_an_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


def test_a_proposed_loan_is_not_yet_given(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Sweden's proposed loan of $3bn to Ghana was discussed by officials.")
    assert directed(facts, EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon rebuilt the port with financial help from Qatar.",
        "Lebanon rebuilt the port with Qatari aid.",
        "Lebanon rebuilt the port with Qatari funding.",
    ],
)
def test_aid_a_clause_is_done_with_goes_to_its_subject(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Qatar", "Lebanon") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "helper", "helped"),
    [
        ("Kenya vaccinated two million children with UN assistance.", "United Nations", "Kenya"),
        ("Ghana tracked down the hackers with IMF help.", "International Monetary Fund", "Ghana"),
    ],
)
def test_a_body_compounded_before_the_help_gives_it(
    facts_of, text: str, helper: str, helped: str
) -> None:  # type: ignore[no-untyped-def]
    assert (helper, helped) in directed(facts_of(text), EventKind.COOPERATION)


def test_a_place_compounded_before_the_help_gives_none(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Kenya vaccinated two million children with Gaza assistance.")
    assert directed(facts, EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The new school was built with Qatari money.",  # no one receives
        "Lebanon rebuilt the port with help from abroad.",  # from no one named
        "Lebanon rebuilt the port with its own funding.",  # its own
    ],
)
def test_no_aid_from_a_with_phrase_without_both_sides(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an offer or a promise of aid is a pledge (CAMEO 033), as "offered aid to X" is
        ("Chile's offer of aid to Bolivia was welcomed.", ("Chile", "Bolivia")),
        ("Norway's promise of aid to Ghana came after the floods.", ("Norway", "Ghana")),
        ("Japan's promises of $2bn to Laos were kept.", ("Japan", "Laos")),
    ],
)
def test_an_offer_or_promise_of_aid_is_a_pledge(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in facts_of(text).events if e.kind is EventKind.COOPERATION and e.factual]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)
    assert {e.cameo for e in events} == {"033"}


@pytest.mark.parametrize(
    "text",
    [
        "Chile's offer to Bolivia was rejected.",  # of nothing named
        "Ostrava Metals made an offer of 300p a share to Brno Steel.",  # a price per share
        "Norway's promise to Ghana was vague.",
    ],
)
def test_an_offer_of_no_aid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The European Union's bailout of Greece was approved.", ("European Union", "Greece")),
        (
            "The bailout of Ireland by the IMF was approved.",
            ("International Monetary Fund", "Ireland"),
        ),
    ],
)
def test_a_bailout_of_a_country(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


def test_a_bailout_of_no_one_named(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of("The bailout of Greece was debated."), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany's $3bn package for Ukraine was announced on Wednesday.", ("Germany", "Ukraine")),
        ("The World Bank unveiled a $300m package for Chad.", ("World Bank", "Chad")),
        ("Japan announced a $2bn package to Indonesia.", ("Japan", "Indonesia")),
        ("Ghana obtained financing from China.", ("China", "Ghana")),
        ("China's financing for Kenya was approved.", ("China", "Kenya")),
        ("A memorandum of understanding between Ghana and Togo was signed.", ("Ghana", "Togo")),
        ("The memorandum between Chile and Peru covers fishing.", ("Chile", "Peru")),
        ("The World Bank's disbursements to Chad rose.", ("World Bank", "Chad")),
        ("The IMF approved a $1bn tranche for Egypt.", ("International Monetary Fund", "Egypt")),
    ],
)
def test_money_packages_financing_and_memoranda(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Brussels agreed a package of reforms for Greece.",
        "The government unveiled a $10bn stimulus package for farmers.",
        "Ghana sent a memorandum to Togo.",
        "The bank sold the tranche to Kenya's investors.",
    ],
)
def test_no_aid_from_a_package_without_money_or_a_memo_sent(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's supply of drones to Russia angered Kyiv.", ("Iran", "Russia")),
        ("The supply of arms to Libya by Egypt broke the embargo.", ("Egypt", "Libya")),
        ("France's supply of tanks to Chad began in May.", ("France", "Chad")),
    ],
)
def test_the_supply_of_aid(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Peru's supply of copper to China rose.",
        "Canada halted the supply of arms to Peru.",
        "Chile may resume its supply of arms to Peru.",
    ],
)
def test_no_supply_of_wares_nor_halted(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana took delivery of vaccines from Britain on Friday.", ("United Kingdom", "Ghana")),
        ("Chad took delivery of vaccines from Japan on Monday.", ("Japan", "Chad")),
        ("Togo took delivery of 5,000 vaccines from Norway.", ("Norway", "Togo")),
    ],
)
def test_a_delivery_taken_from_a_giver(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana refused to take delivery of vaccines from Britain.",
        "Ghana may take delivery of vaccines from Britain next year.",
        "Ghana has not taken delivery of any vaccines from Britain.",
    ],
)
def test_no_delivery_taken(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("United Kingdom", "Ghana") not in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Debt relief for Togo from Ghana was agreed on Monday.",
        "The accord brings debt relief for Togo from Ghana.",
    ],
)
def test_a_giver_hung_on_the_receiver(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ghana", "Togo") in directed(facts_of(text), EventKind.COOPERATION)


def test_from_after_people_is_where_they_come_from(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(
        facts_of("Aid for refugees from Togo arrived in Ghana."), EventKind.COOPERATION
    )
    assert not any("Togo" in p for p in pairs)
