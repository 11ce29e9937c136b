"""Phrases of contact the parser splits: "met face to face", "came face to face
with X", a partner after the medium ("talks by video link with X") or after how long
it lasted ("conferred for two hours with X"), and a fronted
participle read as part of a name ("Meeting X in Oslo, Y said").

Sentences written for these tests; names are invented.
"""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lars Holm and Jan Nowak met face to face for the first time on Monday.",
         pair("Lars Holm", "Jan Nowak")),
        ("Chancellor Peter Lind came face to face with President Elena Varga on Monday.",
         pair("Peter Lind", "Elena Varga")),
        ("Minister Ana Sousa came face to face with Minister Marta Cruz in Lisbon.",
         pair("Ana Sousa", "Marta Cruz")),
        ("Minister Ana Sousa and Minister Marta Cruz met face to face for the first time.",
         pair("Ana Sousa", "Marta Cruz")),
    ],
)  # fmt: skip
def test_face_to_face(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Peter Lind came face to face with the reality of the war.",
        "Chancellor Peter Lind will meet President Elena Varga face to face next week.",
        "Chancellor Peter Lind has never met President Elena Varga face to face.",
    ],
)
def test_no_face_to_face_meeting(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Peter Lind held talks by video link with President Elena Varga on Monday.",
         pair("Peter Lind", "Elena Varga")),
        ("Minister Ana Sousa held talks by videoconference with Minister Marta Cruz on Friday.",
         pair("Ana Sousa", "Marta Cruz")),
        ("President Omar Diallo held consultations by video link with President Yusuf Bello.",
         pair("Omar Diallo", "Yusuf Bello")),
    ],
)  # fmt: skip
def test_partner_after_the_medium(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Peter Lind spoke by video link to a conference in Oslo.",
        "Chancellor Peter Lind held talks with nobody by video link on Monday.",
        "Chancellor Peter Lind will hold talks by video link with President Elena Varga.",
    ],
)
def test_no_contact_by_medium(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meeting President Elena Varga in Paris on Monday, Chancellor Peter Lind said the deal "
         "was close.", pair("Peter Lind", "Elena Varga")),
        ("Meeting President Omar Diallo in Abuja, Prime Minister Yusuf Bello said trade would "
         "grow.", pair("Omar Diallo", "Yusuf Bello")),
        ("Meeting Minister Marta Cruz in Lisbon on Friday, Minister Ana Sousa said the talks "
         "were frank.", pair("Ana Sousa", "Marta Cruz")),
    ],
)  # fmt: skip
def test_fronted_participle_read_as_a_name(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


def test_a_room_named_for_meetings_is_no_meeting(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Meeting Room B was closed on Monday, Chancellor Peter Lind said."
    assert met_pairs(facts_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana's Prime Minister Kofi Mensah conferred for three hours with British army "
         "chiefs in London.", pair("Kofi Mensah", "United Kingdom")),
        ("Norway's Foreign Minister Eva Berg met for two hours with Canadian defence officials.",
         pair("Eva Berg", "Canada")),
        ("Poland's President Jan Sowa spoke for two hours with German military leaders in "
         "Berlin.", pair("Jan Sowa", "Germany")),
    ],
)  # fmt: skip
def test_partner_after_how_long(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


def test_no_partner_after_how_long_when_it_was_not_held(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norway's Foreign Minister Eva Berg refused to meet for two hours with Canadian officials."
    )
    assert pair("Eva Berg", "Canada") not in met_pairs(facts_of(text))
