"""Acts told from the side of whom they are aimed at: the target is the subject, the
one who acts stands in a "from" or "by" phrase or owns the noun. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed, met_pairs


def opposed(facts_of, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the target of, the brunt of, the receiving end of, the victim of
        (
            "Venezuela was the target of American sanctions last year.",
            ("United States", "Venezuela"),
        ),
        (
            "Zimbabwe has long been the target of sanctions by the European Union.",
            ("European Union", "Zimbabwe"),
        ),
        ("Belarus became the target of fresh criticism from Lithuania.", ("Lithuania", "Belarus")),
        ("Iraq bore the brunt of Turkish air strikes in the spring.", ("Turkey", "Iraq")),
        ("Gaza's neighbour Egypt was on the receiving end of Libya's anger.", ("Libya", "Egypt")),
        ("Somalia was the victim of repeated attacks by al-Shabab.", ("al-Shabaab", "Somalia")),
        # verbs that suffer or weather what is aimed at their subject
        ("Chad suffered fresh attacks by Boko Haram on Monday.", ("Boko Haram", "Chad")),
        (
            "Senator Ada Pike weathered sharp criticism from Governor Hal Rusk.",
            ("Hal Rusk", "Ada Pike"),
        ),
        ("Peru was subjected to harsh criticism from Chile.", ("Chile", "Peru")),
        ("Syria, the target of Turkish air strikes, protested.", ("Turkey", "Syria")),
        ("Greece found itself on the receiving end of Turkish anger.", ("Turkey", "Greece")),
        (
            "Belarus, the target of EU sanctions, protested on Monday.",
            ("European Union", "Belarus"),
        ),
        ("Myanmar, a target of sanctions by Canada, said nothing.", ("Canada", "Myanmar")),
        # met with, active: no one is met
        ("Poland's plan met with protests from Germany.", ("Germany", "Poland")),
        ("The Dutch proposal met with sharp criticism from Belgium.", ("Belgium", "Netherlands")),
        # feelings whose "of" is who shows them
        ("Norway drew the ire of Russia over the fishing zone.", ("Russia", "Norway")),
        ("Minister Ola Brekke incurred the wrath of Denmark.", ("Denmark", "Ola Brekke")),
        ("Romania faced a backlash from Hungary over the language law.", ("Hungary", "Romania")),
    ],
)
def test_the_target_as_subject(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in opposed(facts_of, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Venezuela was the target of American sanctions last year.", "163"),
        ("Iraq bore the brunt of Turkish air strikes in the spring.", "190"),
        ("Somalia was the victim of repeated attacks by al-Shabab.", "190"),
    ],
)
def test_what_is_borne_keeps_its_kind(facts_of, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert code in {c for _, _, c in coded(facts_of, text)}


def test_met_with_a_protest_is_no_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Poland's plan met with protests from Germany.")
    assert met_pairs(facts) == set()


def test_fire_drawn_over_a_cause_is_words(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "The Serbian government came under heavy fire from the European Union over the raids."
    assert ("European Union", "Serbia", "111") in coded(facts_of, text)


def test_fire_drawn_over_a_weekend_is_still_fire(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Armenia came under heavy fire from Azerbaijan over the weekend."
    assert ("Azerbaijan", "Armenia", "190") in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran was the target of the inquiry.",  # no act
        "Cuba, the target of the inquiry, said nothing.",
        "Chad was at the end of Nigeria's list.",  # not the receiving end
        "The end of Turkish air strikes was welcomed.",
        "President Ana Sora suffered a heart attack.",  # no one attacked her
        "Mr Lund suffered a heavy defeat in the vote.",
        "Greece could bear the brunt of Turkish sanctions.",  # not yet
        "Iraq did not bear the brunt of Turkish air strikes.",
    ],
)
def test_no_act_borne(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert opposed(facts_of, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ghana won praise from Portugal for its handling of the vote.",
        "Ghana garnered praise from Portugal after the vote.",
        "Ghana got warm praise from Portugal on Monday.",
    ],
)
def test_praise_won_names_who_gives_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Portugal", "Ghana") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana did not win praise from Portugal.",  # negated
        "Ghana won the match against Portugal.",  # no praise
    ],
)
def test_no_praise_won(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru received a protest note from Chile.", ("Chile", "Peru")),
        ("Colombia received a protest note from Venezuela on Friday.",
         ("Venezuela", "Colombia")),
        ("Ghana got a protest letter from Togo.", ("Togo", "Ghana")),
    ],
)  # fmt: skip
def test_a_note_that_carries_a_protest(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Peru received a letter from Chile.",  # no protest
        "Peru received a protest note.",  # from no one
        "Peru never received a protest note from Chile.",
    ],
)
def test_no_protest_carried(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru's decision drew an angry response from Chile.", ("Chile", "Peru")),
        ("The decision by Peru drew a furious reaction from Chile.", ("Chile", "Peru")),
        ("Prime Minister Ravi Menon's speech drew an angry response from Pakistan.",
         ("Pakistan", "Ravi Menon")),
        ("Chile's angry response to Peru's decision surprised diplomats.", ("Chile", "Peru")),
    ],
)  # fmt: skip
def test_an_angry_response_named_by_a_noun(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Peru's decision drew a response from Chile.",  # no anger
        "Chile's angry reaction to the vote was muted.",  # no one's vote
        "Peru's decision did not draw an angry response from Chile.",
    ],
)
def test_no_angry_response_named(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") not in directed(facts_of(text), EventKind.CONFLICT)
