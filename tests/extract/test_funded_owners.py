"""Paying for a state's project aids that state: sentences of our own."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The World Bank pledged to fund Malawi's new irrigation scheme.", ("World Bank", "Malawi")),
        ("Kuwait financed Jordan's new water plant on Monday.", ("Kuwait", "Jordan")),
        ("Oman agreed to invest in Tanzania's main port.", ("Oman", "Tanzania")),
    ],
)  # fmt: skip
def test_paying_for_a_states_project_aids_the_state(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait refused to fund Jordan's new water plant.",  # refused
        "Holm Mining invested in Chile's copper mines.",  # a firm's business
        "Kuwait funded Jordan's opposition groups.",  # not a project of the state's
        "Kuwait's investment in Jordan's ports doubled.",  # its firms' as often as its state's
    ],
)
def test_no_aid_to_a_state_that_was_not_paid(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of(text), EventKind.COOPERATION)
    assert ("Kuwait", "Jordan") not in found and ("Holm Mining", "Chile") not in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A Qatar-funded programme in Egypt trained 500 nurses.", ("Qatar", "Egypt")),
        ("Japan funded a new hospital in Laos.", ("Japan", "Laos")),
        ("A US-funded dam in Ethiopia was finished.", ("United States", "Ethiopia")),
    ],
)
def test_paying_for_a_project_in_a_state_aids_the_state(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar funded a programme in Doha.",
        "Japan funded a hospital in Tokyo.",
        "Japan refused to fund a hospital in Laos.",
    ],
)
def test_no_aid_for_a_project_at_home_or_refused(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Cuba sent 52 doctors to Lombardy.", ("Cuba", "Italy")),
        ("Japan delivered food aid to Darfur on Monday.", ("Japan", "Sudan")),
        ("The European Union sent medical supplies to Tigray.", ("European Union", "Ethiopia")),
    ],
)  # fmt: skip
def test_aid_sent_to_a_city_or_region_aids_its_country(
    facts_of, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text", ["China sent aid to Xinjiang.", "Ana Ruiz sent flowers to Lombardy."]
)
def test_no_aid_to_a_country_from_itself_or_from_a_person(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.COOPERATION) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan financed the repair of Kenya's power grid.", ("Japan", "Kenya")),
        ("Norway funded the reconstruction of bridges in Nepal.", ("Norway", "Nepal")),
        ("Qatar paid for the rebuilding of schools in Haiti.", ("Qatar", "Haiti")),
        ("Germany financed the construction of a hospital in Malawi.", ("Germany", "Malawi")),
        ("China paid for the upgrade of Zambia's railway.", ("China", "Zambia")),
        ("The World Bank funded the expansion of Ghana's ports.", ("World Bank", "Ghana")),
        ("Japan has underwritten Sri Lanka's bond issue.", ("Japan", "Sri Lanka")),
    ],
)  # fmt: skip
def test_paying_for_work_on_a_states_thing_aids_the_state(facts_of, text: str, pair) -> None:  # type: ignore[no-untyped-def]
    """ "the repair of X's grid", "the rebuilding of bridges in X": the work is on X's."""
    assert pair in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Japan offered to finance the repair of Kenya's power grid.",
        "Japan did not pay for the repair of Kenya's power grid.",
        "Japan refused to finance the rebuilding of schools in Kenya.",
        "Japan funded the reconstruction of its embassy in Kenya.",  # its own
        "Japan paid for the repair of its embassy in Kenya.",
        "Ana Ruiz paid for a holiday in Kenya.",  # no state pays
        "Kenya will pay for its mistakes, Japan said.",
    ],
)
def test_no_aid_for_work_not_paid_or_on_ones_own(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """No aid given (CAMEO 07); an offer is a pledge (033), as the project has it."""
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    aid = {names[k] for e in facts.events if e.factual and (e.cameo or "")[:2] == "07"
           for k in e.actors("target")}  # fmt: skip
    assert "Kenya" not in aid


@pytest.mark.parametrize(
    "text",
    [
        "Nordex Group was prepared to pay for the Vienna Stock Exchange.",
        "Borealis Capital agreed to pay for Tarvel Airlines in cash.",
        "Kestrel Bank paid 4 billion euros for Lark Insurance Group last year.",
    ],
)
def test_paying_for_a_firm_is_buying_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """A price paid or offered for a firm is a purchase, no aid to it."""
    facts = facts_of(text)
    assert not [e for e in facts.events if e.kind is EventKind.COOPERATION]
