"""Whom an act was aimed at, told by who paid it back, and whose act a paying-back
act answers (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "in retaliation for X's act": the act hit the one retaliating
        ("In retaliation for Estonia's expulsion of two diplomats, Russia expelled three "
         "Estonian envoys on Monday.", ("Estonia", "Russia")),
        ("Chile recalled its ambassador in retaliation for Peru's seizure of two fishing "
         "boats.", ("Peru", "Chile")),
        ("In retaliation for Warsaw's closure of the border, Minsk banned Polish lorries.",
         ("Poland", "Belarus")),
        ("As a reprisal for Oslo's detention of three sailors, Moscow summoned the "
         "Norwegian consul.", ("Norway", "Russia")),
        # "retaliated for / against X's act"
        ("Brazil retaliated against Argentina's import curbs by raising tariffs on "
         "Argentine wine.", ("Argentina", "Brazil")),
        # a paying-back act answers the act told in the clause before it
        ("Latvia expelled a Russian diplomat on Friday, and Moscow responded with a "
         "tit-for-tat expulsion.", ("Russia", "Latvia")),
        ("Canada imposed tariffs on Chinese steel, and Beijing hit back with retaliatory "
         "tariffs.", ("China", "Canada")),
        ("After Japan restricted chip exports, South Korea announced retaliatory curbs.",
         ("South Korea", "Japan")),
        ("Norway seized a trawler; Moscow ordered a tit-for-tat seizure.", ("Russia", "Norway")),
    ],
)  # fmt: skip
def test_paid_back(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an answer may come from a bystander: no paying back
        ("In response to Russia's invasion, Poland sent tanks to the border.",
         ("Russia", "Poland")),
        # the act's owner alone, no one paying back
        ("In retaliation, Cuba expelled two diplomats, officials said.", ("Cuba", "Cuba")),
        ("Peru hosted a summit, and Chile announced reciprocal visits.", ("Chile", "Peru")),
        ("The storm hit Cuba, and Haiti imposed retaliatory tariffs on Jamaica.",
         ("Haiti", "Cuba")),
        # the act paid back hit another's things: not the payer's
        ("In retaliation for Turkey's strikes on Kurdish villages, Sweden halted arms "
         "sales to Turkey.", ("Turkey", "Sweden")),
        ("In retaliation for Serbia's raids on Albanian homes, Austria recalled its "
         "envoy from Serbia.", ("Serbia", "Austria")),
        ("In reprisal for Iran's attacks on Kurdish towns, Norway expelled an Iranian "
         "diplomat.", ("Iran", "Norway")),
        # a praise drawn is no protest
        ("Ghana built a new school, drawing praise from Nigeria.", ("Nigeria", "Ghana")),
    ],
)  # fmt: skip
def test_not_paid_back(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair not in directed(facts_of(text), EventKind.CONFLICT)
