"""Parties told by the words around a noun: whose a struck thing is, in sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner is parsed on the compound before the thing, not on the thing
        (
            "Turkish warplanes hit a PKK weapons factory overnight.",
            ("Turkey", "Kurdistan Workers' Party"),
        ),
        ("Saudi jets struck a Houthi missile launch pad.", ("Saudi Arabia", "Houthis")),
        # and on the thing itself, as before
        ("Israeli aircraft bombed a Hezbollah rocket storage site.", ("Israel", "Hezbollah")),
        ("Peru attacked a Chile fishing boat.", ("Peru", "Chile")),
    ],
)
def test_owner_of_an_attacked_thing(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


def test_a_thing_without_a_named_owner_has_no_target(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of("Jordanian jets struck an arms depot used by smugglers."),
                        EventKind.CONFLICT)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("UN-backed Malian army units fought the Sahel Brigade.", ("United Nations", "Mali")),
        ("UN-backed Somali government forces shelled al-Shabab camps.",
         ("United Nations", "Somalia")),
        ("The UN-backed government in Tripoli condemned Egypt.", ("United Nations", "Libya")),
    ],
)  # fmt: skip
def test_a_backer_hung_beside_its_participle_backs(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    """The parser can hang "UN" in "UN-backed forces" on the noun, not the participle."""
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The call, the first between Presidents Viktor Sandor and Lena Moreau since "
            "2019, lasted an hour.",
            ("Viktor Sandor", "Lena Moreau"),
        ),
        (
            "The talks, the first between Foreign Ministers Sara Ilic and Omar Haddad "
            "since the war, ended without agreement.",
            ("Sara Ilic", "Omar Haddad"),
        ),
        (
            "Their meeting, the first between the leaders of Ghana and Togo in a decade, "
            "lasted two hours.",
            ("Ghana", "Togo"),
        ),
    ],
)
def test_parties_named_by_a_rank_beside_a_meeting_noun(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Their talks on Monday were the first between Chile and Peru in a decade.",
         ("Chile", "Peru")),
        ("Monday's summit was the latest between Kenya and Uganda.", ("Kenya", "Uganda")),
        ("The meeting in Accra was the second between Ghana and Togo this year.",
         ("Ghana", "Togo")),
    ],
)  # fmt: skip
def test_parties_named_by_a_rank_said_of_a_meeting_noun(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair(*expected) in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was the first item on the agenda.",  # no one named
        "The talks will be the first between Chile and Peru since 2010.",  # only planned
        "The deal was the first between Ghana and Togo.",  # a deal is no meeting
    ],
)
def test_no_meeting_from_a_rank_said_of_a_noun(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))


def test_a_rank_beside_a_deal_makes_no_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The deal, the first between Ghana and Togo, was signed on Monday."
    assert not met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "backer", "backed"),
    [
        ("Moscow-backed separatists attacked Ukrainian troops.", "Russia",
         "Moscow-backed separatists"),
        ("Tehran-backed militias attacked bases in Iraq.", "Iran", "Tehran-backed militias"),
        ("Kigali-backed rebels seized the town on Monday.", "Rwanda", "Kigali-backed rebels"),
    ],
)  # fmt: skip
def test_a_capital_before_the_hyphen_is_its_country(  # type: ignore[no-untyped-def]
    facts_of, text: str, backer: str, backed: str
) -> None:
    assert (backer, backed) in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "backer", "side"),
    [
        (
            "Congo's forces and Rwanda-backed rebels clashed near the border.",
            "Rwanda",
            "Democratic Republic of the Congo",
        ),
        ("Mali's army and Algeria-backed militias fought on Tuesday.", "Algeria", "Mali"),
        ("Iraqi troops and Iran-backed militias clashed overnight.", "Iran", "Iraq"),
        (
            "Sudan's army and UAE-backed RSF fighters clashed on Monday.",
            "United Arab Emirates",
            "Sudan",
        ),
    ],
)
def test_a_hyphen_backer_backs_no_side_named_before(
    facts_of, text: str, backer: str, side: str
) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.COOPERATION)
    assert (backer, side) not in pairs
    assert any(a == backer for a, _ in pairs)  # it still backs the fighters it names


@pytest.mark.parametrize(
    "text",
    [
        "Joren Vasko hosted a banquet in honour of the late Marta Lindqvist.",
        "Joren Vasko gave a dinner in honor of the late Marta Lindqvist on Friday.",
        "A lunch was held by Joren Vasko in honour of the late Marta Lindqvist.",
    ],
)
def test_a_meal_in_honour_of_someone_late_meets_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text), factual_only=False) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia shelled the Ukrainian-held town of Kupiansk.", ("Russia", "Ukraine")),
        (
            "Russian forces began a fierce bombardment of the Ukrainian-held town of Avdiivka.",
            ("Russia", "Ukraine"),
        ),
        ("Armenia attacked the Azerbaijani-held village of Talish.", ("Armenia", "Azerbaijan")),
    ],
)
def test_ground_a_side_holds_is_that_side_s(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


def test_ground_held_by_no_named_side_names_none(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert (
        directed(
            facts_of("Syrian artillery began a bombardment of rebel-held Homs."), EventKind.CONFLICT
        )
        == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks in Accra between the Ghana Union of Nurses and Health Minister Kojo Mensa "
         "ended on Friday.", "Kojo Mensa"),
        ("Talks between the National Union of Miners and Energy Minister Ruth Obi lasted five "
         "hours.", "Ruth Obi"),
        ("Talks between the Zambia Union of Farmers and Trade Minister Joseph Banda were held "
         "in Lusaka.", "Joseph Banda"),
    ],
)  # fmt: skip
def test_a_titled_second_side_joined_to_the_first_sides_of_phrase_met_it(
    facts_of, text: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    assert any(expected in p for p in met_pairs(facts_of(text)))


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("Talks between the lawyers of Ana Vale and Rui Dias ended on Friday.",
         pair("Ana Vale", "Rui Dias")),
        ("Talks between the widows of General Ana Vale and General Rui Dias ended on Friday.",
         pair("Ana Vale", "Rui Dias")),
    ],
)  # fmt: skip
def test_a_second_member_of_the_first_side_is_no_side(
    facts_of, text: str, unexpected: frozenset[str]
) -> None:  # type: ignore[no-untyped-def]
    assert unexpected not in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("US-funded broadcaster Radio Marlo said it would leave Moscow.",
         ("United States", "Radio Marlo")),
        ("Kremlin-backed broadcaster Tavra TV said the protests were staged.",
         ("Russia", "Tavra TV")),
        ("US-backed broadcaster Radio Marlo said it had been jammed.",
         ("United States", "Radio Marlo")),
    ],
)  # fmt: skip
def test_a_backer_of_the_name_after_a_kind_noun(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


def test_an_unnamed_backer_backs_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The state-funded broadcaster Radio Marlo said it would leave Moscow."
    assert not directed(facts_of(text), EventKind.COOPERATION)
