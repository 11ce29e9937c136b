"""Who speaks: a bare post ("the MEP said"), a person in apposition to a title
that names a body, a rank written before a name. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "MEP Tom Brant left the Liberty Union on Monday. The MEP said he was angry.",
            "Tom Brant",
        ),
        (
            "Jane Kowalski, an MEP for the Freedom Party, spoke on Monday. "
            "The MEP said the vote was a farce.",
            "Jane Kowalski",
        ),
        (
            "MSP Ruth Dunmore visited the school on Friday. The MSP said pupils deserved better.",
            "Ruth Dunmore",
        ),
    ],
)
def test_a_bare_post_is_the_person_holding_it(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "The MEP said the vote had been rigged.",
        "Painter Jane Kowalski opened a gallery in Kelso. The MEP said the rules were unfair.",
        'The MSP said the plan was "a farce".',
    ],
)
def test_a_post_no_one_named_holds_is_no_speaker(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers(facts_of(text))
    assert not got & {"MEP", "MSP"}


@pytest.mark.parametrize(
    "text",
    [
        'Tom Rellick, the general secretary of the Public and Civic Services Union said: "We will strike."',
        "Tom Rellick, head of the Public and Private Workers Union, said the cuts were wrong.",
        "The leader of the Road and General Drivers Union, Tom Rellick, said the cuts were wrong.",
        "Tom Rellick, leader of the Workers Union and the Miners Federation, said the cuts were "
        "wrong.",
    ],
)
def test_the_person_in_apposition_speaks_not_the_union(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {"Tom Rellick"}


@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            'Tom Rellick, the general secretary of the Public and Civic Services Union said: "No."',
            "Public and Civic Services Union",
        ),
        (
            "Mark Dobbs, the leader of the Federal and Civic Services Union, said no.",
            "Federal and Civic Services Union",
        ),
        (
            "The leader of the Road and General Drivers Union, Tom Rellick, said no.",
            "Road and General Drivers Union",
        ),
    ],
)
def test_a_union_named_with_and_is_whole(facts_of, text: str, union: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.name for a in facts.actors}
    assert union in names
    assert not names & {"Public", "Civic Services Union", "General Drivers Union"}


@pytest.mark.parametrize(
    "text",
    [
        "Backbencher Tom Rellick said the whips had lost control.",
        "Labour backbencher Tom Rellick said the plan was wrong.",
        "Tory frontbencher Tom Rellick told reporters the vote was lost.",
        '"We were misled," Backbencher Tom Rellick said.',
        "Sprinter Tom Rellick said he was innocent.",
        "Olympian Tom Rellick said the ban was unfair.",
    ],
)
def test_a_rank_before_the_name_is_no_part_of_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {"Tom Rellick"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr McKenna said the plan was wrong.", "McKenna"),
        ('"We will not back down," said Mr MacLeod.', "MacLeod"),
        ("Ms DeVito told reporters the vote was lost.", "DeVito"),
        (
            "First Minister Tom McKenna spoke on Monday. Mr McKenna said the ban would stay.",
            "Tom McKenna",
        ),
    ],
)
def test_a_surname_with_a_capital_inside_after_an_honorific(
    facts_of, text: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}
