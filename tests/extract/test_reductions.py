"""Reducing relations named by a noun, and missions closed: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's recall of its ambassador to Peru surprised diplomats.", ("Chile", "Peru", "161")),
        (
            "The recall of Kenya's envoy to Uganda was announced on Monday.",
            ("Kenya", "Uganda", "161"),
        ),
        (
            "Norway announced the withdrawal of its ambassador from Hungary.",
            ("Norway", "Hungary", "161"),
        ),
        ("Ghana's severing of ties with Togo came as a shock.", ("Ghana", "Togo", "161")),
        ("Canada's suspension of aid to Mali hurt the economy.", ("Canada", "Mali", "162")),
        ("The freeze of Danish aid to Uganda was criticised.", ("Denmark", "Uganda", "162")),
        (
            "Spain's downgrading of relations with Algeria followed the row.",
            ("Spain", "Algeria", "161"),
        ),
        (
            "The suspension of talks with Belarus by Lithuania was expected.",
            ("Lithuania", "Belarus", "164"),
        ),
    ],
)
def test_reduction_nouns(facts_of, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway closed its embassy in Hungary on Friday.", ("Norway", "Hungary", "161")),
        ("Chile shut its consulate in Peru after the riot.", ("Chile", "Peru", "161")),
        ("Canada closed its embassy in Caracas in March.", ("Canada", "Venezuela", "161")),
        (
            "Latvia's closure of its embassy in Minsk angered officials.",
            ("Latvia", "Belarus", "161"),
        ),
        (
            "The closure of the Dutch embassy in Tehran followed the protests.",
            ("Netherlands", "Iran", "161"),
        ),
    ],
)
def test_missions_closed(facts_of, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norway is considering the recall of its ambassador to Hungary.",
        "Opposition leaders called for the recall of the ambassador to Hungary.",
        "There was no suspension of aid to Mali.",
        "The firm's suspension of exports to China hit its profits.",
        "The company announced the cancellation of its deal with Nokia.",
        "Norway closed the deal with Sweden on Friday.",
        "The shop closed its branch in Leeds.",
        "The embassy closed early for the holiday.",
        "Norway may close its embassy in Hungary.",
        "The product recall of cars hit Toyota.",
    ],
)
def test_no_reduction(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Peru closed its land border with Chile.",
        "Peru closed its airspace to Chilean aircraft.",
        "Peru shut its ports to Chilean ships on Monday.",
        "Peru and Bolivia closed their borders with Chile.",
        "Peru suspended flights to Chile.",
        "Peru cut all air links with Chile in 2006.",
    ],
)
def test_a_state_closing_its_crossings_or_flights_to_another_reduces_relations(
    facts_of, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Chile") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Peru closed its borders to stop the virus.",  # no one barred
        "Police closed the border crossing for two hours.",  # no state, no one barred
        "Peru reopened its border with Chile.",
        "The Lima Air company suspended flights to Chile.",  # a firm's, no embargo
    ],
)
def test_a_closure_with_no_state_barring_another_is_no_reduction(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile reopened its embassy in Lima on Monday.", ("Chile", "Peru")),
        ("Ghana's reopening of its embassy in Togo marked a thaw.", ("Ghana", "Togo")),
        ("The reopening of the Danish embassy in Kenya came in May.", ("Denmark", "Kenya")),
        ("Oslo announced the reopening of its consulate in Lima.", ("Norway", "Peru")),
    ],
)
def test_reopened_mission_mends_relations(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert expected in directed(facts, EventKind.COOPERATION)
    assert not directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile plans to reopen its embassy in Lima.",
        "Chile has not reopened its embassy in Peru.",
        "Peru called for the reopening of its embassy in Quito.",
        "Israel reopened the border crossing with Egypt.",  # no mission
        "The school was reopened by the mayor of Lima.",
    ],
)
def test_no_mission_reopened(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laos walked out of talks with Cambodia on Friday.", ("Laos", "Cambodia", "164")),
        ("Ghana pulled out of the peace talks with Togo.", ("Ghana", "Togo", "164")),
        ("Chile has withdrawn from negotiations with Bolivia.", ("Chile", "Bolivia", "164")),
        ("Peru quit its dialogue with Ecuador last week.", ("Peru", "Ecuador", "164")),
        ("Kenya's move to back out of talks with Somalia surprised Nairobi's allies.",
         ("Kenya", "Somalia", "164")),
        ("Mali pulled its ambassador out of Algeria.", ("Mali", "Algeria", "161")),
    ],
)  # fmt: skip
def test_leaving_talks_halts_negotiations(
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Laos threatened to walk out of talks with Cambodia.",
        "Ghana did not pull out of the talks with Togo.",
        "The Laotian delegation walked out of the hotel in Vientiane.",
        "The Chilean rider pulled out of the race on Monday.",
        "Peru pulled its troops out of the border area.",
    ],
)
def test_leaving_no_talks_or_not_leaving(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {c for c in coded(facts_of, text) if c[2].startswith("16")}


@pytest.mark.parametrize(
    "text",
    [
        "Its airspace was closed to Chilean aircraft by Peru.",
        "The land border was shut to Chilean lorries by Peru on Monday.",
        "Flights to Chile were suspended by Peru.",
        "All air links with Chile were cut by Peru in 2006.",
        "Its embassy in Chile was closed by Peru last week.",
    ],
)
def test_a_passive_closure_or_cut_still_bars_the_state_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Chile") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The border crossing was closed to lorries by Peru.",  # no one barred
        "The airport was closed by heavy snow.",
        "Flights to Chile were suspended by the Lima Air company.",  # a firm's
        "Flights to Chile could be suspended by Peru next week.",  # not done
        "Flights to Chile were not suspended by Peru.",
    ],
)
def test_no_passive_closure_of_anyone(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Peru's closure of its border with Chile stranded thousands.",
        "The closure of the land border with Chile by Peru hit traders.",
        "Peru's closing of its airspace to Chilean aircraft drew protests.",
        "Peru announced the closure of its ports to Chilean ships.",
    ],
)
def test_closing_a_crossing_to_a_state_by_noun_bars_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Chile") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The closure of the border crossing lasted two hours.",  # no one barred
        "Peru's closure of its borders to stop the virus was criticised.",
        "The firm's closure of its port terminal to Chilean ships surprised analysts.",
        "A possible closure of the border with Chile worries traders.",
    ],
)
def test_no_crossing_closed_to_anyone_by_noun(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Relations between Ghana and Togo were severed in 1981.",
        "Diplomatic relations between Ghana and Togo were broken off last year.",
        "Ghana and Togo severed diplomatic relations on Sunday.",
        "Ghana and Togo broke off relations after the border incident.",
        "Ties between Ghana and Togo were cut after the coup.",
        "The severing of relations between Ghana and Togo came in 1981.",
    ],
)
def test_ties_joining_two_sides_are_ended_by_each(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    # ties that join the sides named: each ends them with the other (CAMEO 161)
    found = coded(facts_of, text)
    assert ("Ghana", "Togo", "161") in found and ("Togo", "Ghana", "161") in found


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo recalled their ambassadors.",  # from whom, untold
        "Ghana and Togo suspended aid.",
        "Ghana and Togo did not sever relations.",
        "Relations between Ghana and Togo may be severed.",
        "Ghana severed relations.",
    ],
)
def test_no_mutual_rupture_without_ties_between_them(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Ghana", "Togo", "161") not in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Soviet ambassador was recalled from Beijing on Tuesday.", ("Soviet Union", "China")),
        ("Chile's ambassador to Peru was recalled on Monday.", ("Chile", "Peru")),
        ("The Peruvian envoy was recalled from Bolivia.", ("Peru", "Bolivia")),
    ],
)
def test_an_envoy_recalled_in_the_passive_is_recalled_by_his_state(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert (*expected, "161") in coded(facts_of, text)


def test_an_envoy_of_no_state_named_is_recalled_by_no_one(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert coded(facts_of, "The ambassador was recalled from Bolivia.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Peru suspended arms sales to Chile.",
        "Lima halted all weapons sales to Chile after the clash.",
        "Peru stopped sales of fighter jets to Chile.",
    ],
)
def test_sales_withheld_by_a_state_are_an_embargo(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Chile") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The Lima Motor Company halted car sales to Chile.",
        "Peru could suspend arms sales to Chile.",
    ],
)
def test_sales_withheld_by_no_state_or_not_yet(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Bahrain and Qatar reopened their embassies in each other's capitals.",
            EventKind.COOPERATION,
        ),
        (
            "Chile and Bolivia reopened their consulates in each other's capitals on Monday.",
            EventKind.COOPERATION,
        ),
        (
            "Saudi Arabia and Iran reopened embassies in each other's countries.",
            EventKind.COOPERATION,
        ),
        ("Chile and Bolivia closed their embassies in each other's capitals.", EventKind.CONFLICT),
    ],
)
def test_missions_in_each_other_s_capitals_join_the_two_sides(facts_of, text: str, kind) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), kind)
    first, second = sorted({a for pair in found for a in pair})
    assert (first, second) in found and (second, first) in found


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Bolivia reopened their embassies.",
        "Chile and Bolivia closed their embassies.",
    ],
)
def test_missions_in_no_named_country_join_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel recalled its ambassador to Ireland, Dana Erez, for consultations.",
         {("Israel", "Ireland", "161")}),
        ("The Soviet ambassador to Chile, Ivan Petrov, was recalled on Monday.",
         {("Soviet Union", "Chile", "161")}),
        ("Kenya recalled its ambassador to Uganda, Ruth Wanjiku, on Friday.",
         {("Kenya", "Uganda", "161")}),
    ],
)  # fmt: skip
def test_an_envoy_recalled_by_name_is_recalled_from_where_he_is_posted(
    facts_of, text: str, expected: set[tuple[str, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert coded(facts_of, text) == expected


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Dutch government blocked sales of printing machines to China.",
         ("Netherlands", "China")),
        ("Spain barred exports of olive oil to Algeria.", ("Spain", "Algeria")),
        ("Egypt blocked shipments of wheat to Sudan.", ("Egypt", "Sudan")),
    ],
)  # fmt: skip
def test_a_state_that_blocks_trade_reduces_relations(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The firm blocked sales of its phones to Chile.",  # business
        "Spain did not bar exports of olive oil to Algeria.",  # negated
        "Spain blocked access to Algeria's website.",  # a site, not trade
    ],
)
def test_no_trade_blocked_without_a_state_that_does_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {
        p for p in directed(facts_of(text), EventKind.CONFLICT) if p[1] in {"Chile", "Algeria"}
    }


@pytest.mark.parametrize(
    "text",
    [
        "Peru froze 15 million dollars in aid to Chile after the vote.",
        "Peru froze 50 million dollars of aid to Chile on Monday.",
        "Peru suspended 30 million dollars in military aid to Chile.",
    ],
)
def test_freezing_a_sum_of_aid_reduces_relations(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Chile") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    ["Peru unfroze 15 million dollars in aid to Chile.", "Peru froze 15 million dollars in May."],
)
def test_no_sum_of_aid_frozen_no_reduction(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Chile") not in directed(facts_of(text), EventKind.CONFLICT)
