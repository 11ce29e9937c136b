"""Cooperation by training, equipping, sheltering and giving: sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


def cooperated(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia trained Malian soldiers last year.", ("Russia", "Mali")),
        ("Malian troops were trained by Russia.", ("Russia", "Mali")),
        ("France equipped the Chadian army with drones.", ("France", "Chad")),
        ("Qatar bankrolled Hamas for a decade.", ("Qatar", "Hamas")),
    ],
)
def test_training_and_equipping(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya sheltered the rebel leader Ivo Rask.", ("Kenya", "Ivo Rask")),
        ("Peter Hallam was harboured by Kenya for years.", ("Kenya", "Peter Hallam")),
        ("Sudan harbored Pavel Orlov after the coup.", ("Sudan", "Pavel Orlov")),
    ],
)
def test_sheltering_someone(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The World Bank gave Kenya $500 million.", ("World Bank", "Kenya")),
        ("Norway sent Ukraine 40 tanks.", ("Norway", "Ukraine")),
        ("The IMF lent the Kenyan government $2bn.", ("International Monetary Fund", "Kenya")),
    ],
)
def test_who_is_given_before_what(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm trained 500 new staff.",
        "Kenya may train Somali troops next year.",
        "Kenya harbours doubts about Uganda.",
        "Kenya gave Uganda a warning.",
        "Kenya did not shelter Ivo Rask.",
    ],
)
def test_no_aid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal signed by Kenya and Uganda collapsed.", ("Kenya", "Uganda")),
        ("The truce signed by Kenya with Uganda collapsed.", ("Kenya", "Uganda")),
        ("The pact sealed by Chile and Peru held.", ("Chile", "Peru")),
    ],
)
def test_a_pact_made_by_both_sides(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


def test_a_pact_brokered_by_one_side_only(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, "The deal drafted by Kenya collapsed.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya provided Somalia with ammunition.", ("Kenya", "Somalia")),
        ("The World Bank provided Chile with a loan.", ("World Bank", "Chile")),
        ("Poland has supplied Ukraine with air defence systems.", ("Poland", "Ukraine")),
        ("Ukraine was supplied with artillery by Poland.", ("Poland", "Ukraine")),
        ("Officials said Turkey had sent drones to Azerbaijan.", ("Turkey", "Azerbaijan")),
    ],
)
def test_who_is_given_what_with(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arms supplied by Russia to Syria were found in the port.", ("Russia", "Syria")),
        (
            "Missiles sent by Iran to the Tarvos Brigade were intercepted.",
            ("Iran", "Tarvos Brigade"),
        ),
        ("Drones supplied by Turkey to Azerbaijan changed the war.", ("Turkey", "Azerbaijan")),
    ],
)
def test_what_was_given_as_a_participle(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan received $300 million in aid from China.", ("China", "Kazakhstan")),
        ("Peru has received 40 tanks in military aid from Spain.", ("Spain", "Peru")),
        ("Ghana received $2 billion in loans from the World Bank.", ("World Bank", "Ghana")),
        ("Jordan, which has received billions in aid from Japan, hosted the talks.",
         ("Japan", "Jordan")),
    ],
)  # fmt: skip
def test_an_amount_received_in_aid(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The agency provided Peru with advice on its census.",
        "Documents supplied by Kenya to the court were forged.",
        "Kenya sent a letter to Uganda.",
        "Ghana lost $2 billion in aid from the World Bank.",
        "Peru received a letter from Spain.",
        "Kenya did not provide Somalia with ammunition.",
        # money owed by a court ruling or a deal is no aid
        "Chile won 2 million dollars in compensation from Peru.",
        "Tomas Lind won 80,000 pounds in libel damages from Daily Courier Ltd.",
        "Kenya received a refund of 3 million dollars from Uganda.",
    ],
)
def test_what_is_no_gift_of_aid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia sent troops to help Kazakhstan restore order.", ("Russia", "Kazakhstan")),
        ("France helped Mali retake the north.", ("France", "Mali")),
        ("The United States helped Ukraine repel the attack.", ("United States", "Ukraine")),
    ],
)
def test_helping_someone_do_something(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rain helped Kenya win the match.",
        "Officials said the deal would help Peru grow.",
        "France did not help Mali retake the north.",
    ],
)
def test_no_help_from_no_one_or_not_given(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With Chinese funding, Laos built a railway to the border.", ("China", "Laos")),
        ("With Turkish support, Azerbaijan retook the region.", ("Turkey", "Azerbaijan")),
        ("With Qatari backing, the Sahel Front held the town.", ("Qatar", "Sahel Front")),
    ],
)
def test_with_someone_s_support_the_subject_acts(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "With Chinese help, the team won.",
        "With support, Laos built a railway.",
        # "with" a support belonging to a noun: a comparison, no one is backed
        "Peru spoke. It contrasted its approach with Chile's pledge of aid.",
        "Ana Ruiz spoke. She contrasted her plan with Tomas Lind's pledge not to raise taxes.",
    ],
)
def test_support_from_no_one_named_or_to_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moldova's bid to join the bloc has the strong backing of Romania.",
            ("Romania", "Moldova"),
        ),
        ("Kenya enjoys the support of Uganda.", ("Uganda", "Kenya")),
        ("Kenya won the backing of the African Union for its bid.", ("African Union", "Kenya")),
    ],
)
def test_having_the_backing_of_someone(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru's team has the support of its fans.",
        "Kenya has a loan of $2 billion.",
        "Kenya lacks the support of Uganda.",
    ],
)
def test_no_backing_had_from_an_actor(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan offered Vietnam two patrol ships.", ("Japan", "Vietnam")),
        ("Qatar offered $40 million to Sudan.", ("Qatar", "Sudan")),
        ("Germany delivered tanks to Ukraine in March.", ("Germany", "Ukraine")),
        ("Howitzers were delivered to Armenia by India.", ("India", "Armenia")),
        ("The IMF bailed out Sri Lanka in 2023.", ("International Monetary Fund", "Sri Lanka")),
        ("Sri Lanka was bailed out by the European Union.", ("European Union", "Sri Lanka")),
        ("South Korea donated rice to Ethiopia.", ("South Korea", "Ethiopia")),
        ("Cuba sent doctors to Italy during the pandemic.", ("Cuba", "Italy")),
    ],
)
def test_offered_delivered_and_bailed_out(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


def test_an_offer_is_a_pledge_and_a_delivery_aid(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Japan offered ships to Vietnam and delivered arms to Laos.")
    assert sorted(e.cameo for e in facts.events if e.kind is EventKind.COOPERATION) == [
        "033",
        "070",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The courier delivered the letter to Peru's embassy.",
        "Kenya delivered a speech to the United Nations.",
        "Brazil bailed out of the talks with Chile.",
    ],
)
def test_no_aid_offered_or_delivered(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


def test_apologies_offered_are_an_apology_not_aid(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ostrava Metals offered its apologies to Zambia.")
    codes = {e.cameo for e in facts.events if e.kind is EventKind.COOPERATION and e.factual}
    assert codes == {"055"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lebanon accepted aid from France after the blast.", ("France", "Lebanon")),
        ("Ukraine received tanks from Germany.", ("Germany", "Ukraine")),
        ("Chad obtained drones from Turkey last year.", ("Turkey", "Chad")),
        ("Sudan got $2 million from Qatar.", ("Qatar", "Sudan")),
        ("Japan's pledge of $3 billion to Indonesia was welcomed.", ("Japan", "Indonesia")),
    ],
)
def test_aid_received_from_someone(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Greece received a letter from Turkey.",
        "Brazil won two medals from the judges in Peru.",
        "Neither Kenya nor Uganda received tanks from Israel.",
        "Kenya did not accept aid from Israel.",
    ],
)
def test_no_aid_received(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cooperated(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Egypt borrowed $1bn from Qatar.", ("Qatar", "Egypt")),
        ("Ghana borrowed $2bn from the World Bank last year.", ("World Bank", "Ghana")),
    ],
)
def test_a_state_that_borrows_is_aided_by_the_lender(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Ostrava Metals borrowed $500m from Deutsche Bank.",  # a firm's loan, no aid
        "Egypt borrowed the idea from Qatar.",
        "Egypt asked Qatar for a loan.",
        "Egypt did not borrow money from Qatar.",
    ],
)
def test_borrowing_that_is_no_aid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("French instructors trained Malian troops.", ("France", "Mali")),
        ("British trainers trained Kenyan police in May.", ("United Kingdom", "Kenya")),
        ("The training of Malian troops by French instructors ended in May.", ("France", "Mali")),
        ("Spain's training of Senegal's navy began in March.", ("Spain", "Senegal")),
        ("The training of Peruvian pilots by Chile was praised.", ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_training_by_instructors_and_as_a_noun(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    """Instructors a country qualifies train for it; "the training of X by Y" aids X."""
    assert expected in cooperated(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Canada will train Ghana's coastguard.",
        "Canada refused to train Ghana's coastguard.",
        "The French instructors said the course was hard.",
        "Canada plans the training of Malian troops.",
    ],
)
def test_no_training_given(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = cooperated(facts_of, text)
    assert ("Canada", "Ghana") not in found and ("Canada", "Mali") not in found
    assert ("France", "France") not in found
