"""Parties of a meeting noun that the parser hangs away from it: a "with" left empty
(its partner read as a second subject), a "with" on the meeting's place, the sides
of a copula ("the call was between A and B"), talks told as held by a participle
under a future verb, and the holder of talks in an "after" phrase or clause of a
passive; "elders of" a body act for it.

Sentences written for these tests; names are invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Tarko Belan's talks in Rome on Tuesday with Libyan Prime Minister "
         "Omar Sadik focused on migration.", pair("Tarko Belan", "Omar Sadik")),
        ("President Ilse Varn's meeting in Paris last week with Chadian President Mahat Dorin "
         "ended without a deal.", pair("Ilse Varn", "Mahat Dorin")),
        ("Chancellor Peter Lind's meeting in Vienna on Friday with Czech President Karel "
         "Dvorak lasted an hour.", pair("Peter Lind", "Karel Dvorak")),
        ("Senator Joan Pike's meeting on Friday with President Mahat Dorin ended in "
         "agreement.", pair("Joan Pike", "Mahat Dorin")),
        ("Minister Ana Sousa's talks on Monday with Spanish Minister Marta Cruz ended without "
         "a deal.", pair("Ana Sousa", "Marta Cruz")),
        ("President Ilse Varn's call on Friday with President Mahat Dorin lasted an hour.",
         pair("Ilse Varn", "Mahat Dorin")),
    ],
)  # fmt: skip
def test_a_partner_read_as_a_second_subject(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Ute Brandel's two-hour meeting at the chancellery with Polish President "
         "Jan Wolski was described as warm.", pair("Ute Brandel", "Jan Wolski")),
        ("President Ilse Varn's meeting at the palace with Chadian President Mahat Dorin was "
         "cordial.", pair("Ilse Varn", "Mahat Dorin")),
        ("Minister Ana Sousa's talks at the ministry with Spanish Minister Marta Cruz were "
         "described as frank.", pair("Ana Sousa", "Marta Cruz")),
    ],
)  # fmt: skip
def test_a_with_on_the_meeting_place(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The call was between Li Mei of China and her Vietnamese counterpart, Tran Van Hoa.",
         pair("Li Mei", "Tran Van Hoa")),
        ("The call was between President Ilse Varn and President Mahat Dorin.",
         pair("Ilse Varn", "Mahat Dorin")),
        ("The call was between Chancellor Peter Lind and President Elena Varga.",
         pair("Peter Lind", "Elena Varga")),
    ],
)  # fmt: skip
def test_a_call_between_two_after_a_copula(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


def test_the_counterpart_not_her_country(facts_of) -> None:  # type: ignore[no-untyped-def]
    pairs = met_pairs(facts_of("The call was between Li Mei of China and her Vietnamese "
                               "counterpart, Tran Van Hoa."))  # fmt: skip
    assert pair("Li Mei", "Vietnam") not in pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Nato-EU vaccine talks held in Addis Ababa on Monday will be followed by a "
         "summit.", pair("North Atlantic Treaty Organization", "European Union")),
        ("The Kenya-Uganda border talks held in Kampala last week will be followed by a "
         "ministerial meeting.", pair("Kenya", "Uganda")),
        ("The Peru-Chile water talks held in Lima on Friday will be followed by a summit in "
         "May.", pair("Peru", "Chile")),
    ],
)  # fmt: skip
def test_talks_held_before_a_future_verb(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The contract was signed in Warsaw by Minister Adam Nowicki after talks with Korean "
         "Minister Kim Dae-sung.", pair("Adam Nowicki", "Kim Dae-sung")),
        ("The treaty was initialled in Prague by Foreign Minister Petr Kolar after a meeting "
         "with Slovak Foreign Minister Jan Hrasko.", pair("Petr Kolar", "Jan Hrasko")),
        ("The deal was signed by Minister Ana Sousa following talks with Spanish Minister "
         "Marta Cruz.", pair("Ana Sousa", "Marta Cruz")),
        ("The agreement was signed by Minister Adam Nowicki after talks with Korean Minister "
         "Kim Dae-sung collapsed.", pair("Adam Nowicki", "Kim Dae-sung")),
        ("The deal was approved by Minister Ana Sousa after talks with Spanish Minister Marta "
         "Cruz ended.", pair("Ana Sousa", "Marta Cruz")),
        ("The plan was backed by Chancellor Peter Lind after talks with President Elena Varga "
         "failed.", pair("Peter Lind", "Elena Varga")),
    ],
)  # fmt: skip
def test_the_agent_of_a_passive_held_the_talks_after_which(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minister Jack Dalton met elders of the Yolngu Nations Assembly.",
         pair("Jack Dalton", "Yolngu Nations Assembly")),
        ("President Nils Ovett met elders of the Kuna General Congress.",
         pair("Nils Ovett", "Kuna General Congress")),
        ("Minister Ana Sousa met elders of the Sami Parliament on Monday.",
         pair("Ana Sousa", "Sami Parliament")),
    ],
)  # fmt: skip
def test_elders_of_a_body(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Tarko Belan's planned talks with Libyan Prime Minister Omar Sadik were "
        "cancelled.",
        "A call between President Ilse Varn and President Mahat Dorin is expected on Friday.",
        "Meeting reporters in Rome, President Ilse Varn said the deal was close.",
        "Minister Jack Dalton met elders in Darwin on Monday.",
        "The deal was signed by Minister Adam Nowicki after planned talks with Korean Minister "
        "Kim Dae-sung.",
        "The next meeting will be between Chancellor Peter Lind and President Elena Varga.",
        "The Peru-Chile water talks planned in Lima will be followed by a summit.",
        "The deal was signed by Minister Ana Sousa before talks with Spanish Minister Marta Cruz.",
    ],
)
def test_no_meeting_told(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))
