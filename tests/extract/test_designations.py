"""A listing marked as a sanction is one (CAMEO 163): sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a sanctions law the listing is made under
        (
            "Britain designated Ardan Bank under its counter-terrorism sanctions regime.",
            "Ardan Bank",
        ),
        # a list of the punished it puts the target on
        ("Canada said it was designating Orlan Steel as a sanctioned entity.", "Orlan Steel"),
        # a wrong it punishes
        ("Australia designated Marko Drevan for corruption on Tuesday.", "Marko Drevan"),
        ("Japan designated Velmar Industries for helping Sudan buy arms.", "Velmar Industries"),
        # a body that sanctions, active or passive
        ("Ivan Korsak was designated by the US Treasury last week.", "Ivan Korsak"),
        ("The UN sanctions committee listed Dario Feltz on Friday.", "Dario Feltz"),
        # a listing of the whole, or of the whole of a group
        ("Australia designated Hezbollah in full.", "Hezbollah"),
        ("Britain listed the Velmont network in its entirety.", "Velmont"),
        ("Britain listed the whole of Hamas as a terrorist organisation.", "Hamas"),
    ],
)
def test_a_marked_listing_is_a_sanction(facts_of, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert target in {t for _, t in directed(facts, EventKind.CONFLICT)}
    assert "sanction" in {e.type for e in facts.events if e.factual}


@pytest.mark.parametrize(
    "text",
    [
        "Italy designated Paolo Verdi as its special envoy to Libya.",  # a post
        "Britain designated the whole of the Velmont estate as a protected area.",
        "Chile designated Peru as a priority partner.",
        "The State Department listed Vera Sokol as a point of contact.",
        "The US Treasury may designate Orlan Steel under its sanctions programme.",  # not done
    ],
)
def test_an_unmarked_or_unrealised_listing_is_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


def test_an_it_listed_in_full_is_no_country_named_before(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Hezbollah fired rockets at Israel. Australia designated it in full."
    assert ("Australia", "Israel") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # proscribing is banning (a row of the trigger table), active or passive
        ("Britain proscribed the Red Dawn Front as a terrorist organisation.",
         ("United Kingdom", "Red Dawn Front")),
        ("The Red Dawn Front was proscribed by Britain in 2001.",
         ("United Kingdom", "Red Dawn Front")),
        # the nouns: proscription and blacklisting always, a designation or a listing
        # when marked as one of the punished
        ("Japan's proscription of the Red Dawn Front angered its allies.",
         ("Japan", "Red Dawn Front")),
        ("The EU's blacklisting of the Red Dawn Front was criticised.",
         ("European Union", "Red Dawn Front")),
        ("Britain's designation of the Red Dawn Front as a terrorist group angered Iran.",
         ("United Kingdom", "Red Dawn Front")),
        ("The listing of the Red Dawn Front by Canada as a terrorist entity came in 2012.",
         ("Canada", "Red Dawn Front")),
    ],
)  # fmt: skip
def test_proscribing_and_nouns_of_listing(facts_of, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The listing of Vexon's shares on the stock exchange angered Peru.",
        "Peru welcomed Chile's designation of Ana Ruiz as its envoy.",
        "Britain may proscribe the Red Dawn Front.",
        "Britain did not designate the Red Dawn Front a terrorist group.",
    ],
)
def test_an_unmarked_noun_or_an_unrealised_proscription_is_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not {p for p in directed(facts, EventKind.CONFLICT) if p[0] != "Peru"}


@pytest.mark.parametrize(
    ("text", "target", "code"),
    [
        # the label read as a second object or as a clause
        ("Canada designated the Blue Brotherhood a terrorist organisation.", "Blue Brotherhood",
         "163"),
        # a declaration of a body as unlawful: a ban (CAMEO 172)
        ("Zambia declared the Green Front an illegal organisation on Friday.", "Green Front",
         "172"),
        ("Zambia declared the Green Front an unlawful association.", "Green Front", "172"),
    ],
)
def test_a_body_named_unlawful_is_sanctioned(facts_of, text: str, target: str, code: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    assert {(names[t], e.cameo) for e in facts.events if e.factual and e.type == "sanction"
            for t in e.actors("target")} >= {(target, code)}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Zambia declared the Green Front the winner of the election.",
        "Canada designated the Blue Brotherhood a charitable organisation.",
    ],
)
def test_a_body_named_otherwise_is_not(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        # a court declaring a deed unlawful judges the deed, not whom it was done to
        "The Supreme Court declared Omar Vale's arrest unlawful.",
        "The Supreme Court declared Peter Novak's arrest unlawful.",
        "The High Court declared Tom Reyes's detention illegal.",
    ],
)
def test_a_deed_declared_unlawful_opposes_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.CONFLICT)


def test_a_body_declared_unlawful_in_an_apposition_is_banned_not_criticised(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Peru declared the Iron Brotherhood an unlawful association.")
    names = {a.key: a.name for a in facts.actors}
    got = {(e.type, e.cameo, names[t]) for e in facts.events if e.kind is EventKind.CONFLICT
           for t in e.actors("target")}  # fmt: skip
    assert got == {("sanction", "172", "Iron Brotherhood")}
