"""Member nouns set off by commas after a pair of names (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import cooperation_pairs, directed, memberships, met_pairs

EAC = "East African Community"


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Kenya and Uganda, fellow members of the East African Community, signed a trade deal.",
         {("Kenya", EAC), ("Uganda", EAC)}),
        ("Tanzania and Rwanda, fellow members of the East African Community, signed a deal.",
         {("Tanzania", EAC), ("Rwanda", EAC)}),
        ("Kenya and Ethiopia, fellow members of the African Union, signed a deal.",
         {("Kenya", "African Union"), ("Ethiopia", "African Union")}),
        ("Laos and Cambodia, fellow members of the Association of Southeast Asian Nations, signed a deal.",
         {("Laos", "Association of Southeast Asian Nations"),
          ("Cambodia", "Association of Southeast Asian Nations")}),
    ],
)  # fmt: skip
def test_members_set_off_after_a_pair_are_the_pairs(
    facts_of, text: str, pairs: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pairs <= memberships(facts)
    # the body is what they belong to, not a third party to the deal
    body = next(iter(pairs))[1]
    assert not any(body in p for p in cooperation_pairs(facts))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya, Uganda and the members of the East African Community signed a deal.",
        "Kenya and Uganda signed a deal with members of the East African Community.",
        "Kenya and Uganda, which are rivals, met members of the East African Community.",
    ],
)
def test_members_in_the_list_itself_stay_listed(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Kenya", EAC) not in memberships(facts_of(text))


EU = "European Union"
NATO = "North Atlantic Treaty Organization"
CIS = "Commonwealth of Independent States"


@pytest.mark.parametrize(
    ("text", "body", "listed", "kind"),
    [
        ("The three Baltic members of the EU, Estonia, Latvia and Lithuania, held talks on Monday.",
         EU, {"Estonia", "Latvia", "Lithuania"}, "met"),
        ("The five Central Asian members of the CIS, Kazakhstan, Uzbekistan, Kyrgyzstan, "
         "Tajikistan and Turkmenistan, met in Tashkent.",
         CIS, {"Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan"}, "met"),
        ("The EU's southern members (Spain, Italy and Greece) met in Rome on Friday.",
         EU, {"Spain", "Italy", "Greece"}, "met"),
        ("The African Union's members Ghana and Togo met in Accra on Monday.",
         "African Union", {"Ghana", "Togo"}, "met"),
        ("Three of NATO's members, Norway, Denmark and Iceland, met in Oslo on Monday.",
         NATO, {"Norway", "Denmark", "Iceland"}, "met"),
        ("Two of Mercosur's members, Chile and Peru, criticised Bolivia on Monday.",
         "Mercosur", {"Chile", "Peru"}, "opposed"),
        ("Two of the EU's members, Spain and Italy, criticised Turkey on Monday.",
         EU, {"Spain", "Italy"}, "opposed"),
    ],
)  # fmt: skip
def test_members_listed_in_apposition_belong_and_act(
    facts_of, text: str, body: str, listed: set[str], kind: str
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert {(m, body) for m in listed} <= memberships(facts)
    if kind == "met":  # the listed meet each other, not the body
        assert {n for p in met_pairs(facts) for n in p} == listed
    else:
        assert {a for a, _ in directed(facts, EventKind.CONFLICT)} == listed


@pytest.mark.parametrize(
    "text",
    [
        "Members of the EU met Estonia on Monday.",
        "The three countries, Estonia, Latvia and Lithuania, held talks on Monday.",
        "Members of NATO criticised Russia, Finland and Sweden on Monday.",
        "The members of NATO, the EU and the OSCE met in Vienna on Monday.",
        "The envoys of the EU, Estonia and Latvia met in Riga on Monday.",
        "Funds go to parties with two members in the European Parliament, Scottish Parliament "
        "or Welsh Assembly.",
    ],
)
def test_no_members_without_a_list_set_off_after_the_member_noun(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert memberships(facts_of(text)) == set()
