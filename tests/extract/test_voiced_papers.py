"""Acts that speak for who makes them, as a paper does: a campaign, a complaint or a
speech ("X launched a campaign accusing Y"), a paper one speaks in or opens with ("In a
statement condemning Y, X said"), never one only handed over (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ann Vale launched a campaign accusing Tom Reed of waste.", ("Ann Vale", "Tom Reed")),
        ("Kenya lodged a protest accusing Uganda of seizing the island.", ("Kenya", "Uganda")),
        ("Ghana filed a complaint alleging that Togo had violated the treaty.", ("Ghana", "Togo")),
        ("Ghana filed a lawsuit accusing Togo of fraud.", ("Ghana", "Togo")),
        ("A lawsuit filed by Ghana accuses Togo of fraud.", ("Ghana", "Togo")),
        ("Ann Vale made a speech attacking Tom Reed.", ("Ann Vale", "Tom Reed")),
        ("The talks ended, with Chile lodging a protest accusing Peru of spying.",
         ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_a_campaign_or_complaint_speaks_for_who_makes_it(facts_of, text, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), EventKind.CONFLICT)


def test_a_speech_praising_someone_is_its_maker_s_praise(facts_of) -> None:  # type: ignore[no-untyped-def]
    found = directed(facts_of("Ann Vale gave a speech praising Tom Reed."), EventKind.COOPERATION)
    assert ("Ann Vale", "Tom Reed") in found


@pytest.mark.parametrize(
    "text",
    [
        "Chile refused to file a complaint accusing Peru of fraud.",
        "Chile joined a campaign accusing Peru of fraud.",  # not Chile's campaign
        "Chile will launch a campaign accusing Peru of fraud.",  # not yet
        "Chile did not lodge a protest condemning Peru.",
        "Chile considered filing a complaint accusing Peru of fraud.",
        "Bolivia rejected a complaint accusing Peru of fraud.",
    ],
)
def test_no_charge_from_a_campaign_or_complaint_not_made(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") not in directed(facts_of(text), EventKind.CONFLICT)
    assert ("Bolivia", "Peru") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("In a statement condemning Peru, Chile said the border was closed.", EventKind.CONFLICT,
         ("Chile", "Peru")),
        ("Chile responded with a statement condemning Peru.", EventKind.CONFLICT, ("Chile", "Peru")),
        ("Ann Vale hit back with a letter accusing Tom Reed of lying.", EventKind.CONFLICT,
         ("Ann Vale", "Tom Reed")),
        ("Liam Cole opened the debate with a speech criticising Tom Reed's record.",
         EventKind.CONFLICT, ("Liam Cole", "Tom Reed")),
        ("In a letter praising Tom Reed, Ann Vale urged voters to back him.",
         EventKind.COOPERATION, ("Ann Vale", "Tom Reed")),
    ],
)  # fmt: skip
def test_who_speaks_in_a_paper_or_opens_with_it(facts_of, text, kind, pair) -> None:  # type: ignore[no-untyped-def]
    assert pair in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Chile was named in a report criticising Peru.",
        "Chile agreed with a statement condemning Peru.",
        "Chile featured in an advert attacking Peru.",
        "Chile did not respond with a statement condemning Peru.",
    ],
)
def test_no_stand_from_a_paper_one_is_only_in(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile was given a letter accusing Peru of spying.",
        "Chile was handed a letter accusing Peru of spying.",
        "Chile was sent a statement condemning Peru.",
    ],
)
def test_who_is_handed_a_paper_does_not_issue_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") not in directed(facts_of(text), EventKind.CONFLICT)


def test_a_paper_handed_over_is_its_agent_s(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Chile was handed a letter by Bolivia accusing Peru of spying.")
    assert ("Bolivia", "Peru") in directed(facts, EventKind.CONFLICT)
