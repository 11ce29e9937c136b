"""Who got what was given, told by its use: sentences of our own."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russian-supplied missiles were fired by Syria at Turkish positions.", ("Russia", "Syria")),
        ("Syria fired Russian-supplied missiles at Turkey on Monday.", ("Russia", "Syria")),
        ("Ukraine used US-supplied rockets to strike Russian positions.", ("United States", "Ukraine")),
        ("Russian-supplied missiles fired by Syria hit the town.", ("Russia", "Syria")),
        ("Armenia launched French-supplied drones at the border on Friday.", ("France", "Armenia")),
    ],
)  # fmt: skip
def test_who_fires_or_uses_supplied_arms_got_them(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The EU-funded project run by the UNDP in Kenya ended last year.", ("European Union", "United Nations Development Programme")),
        ("A Japanese-funded clinic run by the Red Cross opened on Monday.", ("Japan", "International Committee of the Red Cross")),
        ("The Norwegian-funded programme managed by UNICEF grew last year.", ("Norway", "UNICEF")),
    ],
)  # fmt: skip
def test_who_runs_what_was_paid_for_got_the_money(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Russian-made missiles were fired at the city overnight.",  # origin only
        "Syria could fire Russian-supplied missiles at Turkey.",  # not done
        "Syria never fired Russian-supplied missiles at Turkey.",  # negated
        "German-made cars were used by Brazil's police.",  # made, not given
        "A UN-run camp near the border holds refugees.",  # run, nothing given
    ],
)
def test_no_receiver_without_a_gift_or_a_use(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert ("Russia", "Syria") not in found and ("Germany", "Brazil") not in found
    assert not any(a == "Russia" for a, _ in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya gave $10 million to a fund created by Tanzania.", ("Kenya", "Tanzania")),
        ("Norway and Denmark each committed $1 billion to a fund set up by Bolivia.", ("Denmark", "Bolivia")),
        ("Sweden has committed $2 billion to a climate fund established by Ghana.", ("Sweden", "Ghana")),
    ],
)  # fmt: skip
def test_a_funds_founder_gets_what_is_paid_into_it(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


def test_givers_to_one_fund_each_give_alone(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of("Norway and Denmark each committed $1 billion to a fund set up by Bolivia."),
                     EventKind.COOPERATION)  # fmt: skip
    assert ("Norway", "Bolivia") in found and ("Norway", "Denmark") not in found


@pytest.mark.parametrize(
    "near_miss",
    [
        "Kenya gave $10 million to a school founded by Tanzania.",  # a school's founder
        "Kenya refused to give $10 million to a fund set up by Tanzania.",  # not given
        "Kenya committed troops to the war against Tanzania.",  # no aid
    ],
)
def test_no_founder_gets_what_was_not_paid_into_a_fund(facts_of, near_miss: str) -> None:  # type: ignore[no-untyped-def]
    pair = ("Kenya", "Tanzania")
    assert pair in directed(facts_of("Kenya gave $10 million to a fund set up by Tanzania."),
                            EventKind.COOPERATION)  # fmt: skip
    assert pair not in directed(facts_of(near_miss), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya gave $10 million to a fund set up by Ana Vale, the singer.",
        "Kenya gave $10 million to a fund set up by Ana Vale to help Tanzania.",
    ],
)
def test_a_person_who_set_up_a_fund_gets_nothing_paid_into_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Kenya", "Ana Vale") not in directed(facts_of(text), EventKind.COOPERATION)
