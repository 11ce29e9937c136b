"""Responses: an angry reaction disapproves of whom it answers, and what is answered
(an accusation, a threat) was aimed at the one who answers. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import coded, directed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mexico responded angrily to the American threat of tariffs.",
         ("Mexico", "United States", "111")),
        ("Beijing reacted furiously to Canberra's call for an inquiry.",
         ("China", "Australia", "111")),
        ("Russia reacted with fury to Finland's decision.", ("Russia", "Finland", "111")),
        ("Sweden replied sharply to Hungary.", ("Sweden", "Hungary", "111")),
    ],
)  # fmt: skip
def test_an_angry_response(facts_of, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile responded to Peru's letter.",
        "Chile responded quickly to Peru's request.",
        "Chile did not react angrily to Peru's decision.",
    ],
)
def test_a_response_without_anger_is_none(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(facts_of, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan dismissed China's criticism as groundless.", ("China", "Japan", "111")),
        ("Pakistan rejected India's allegations as baseless.", ("India", "Pakistan", "112")),
        ("Nairobi denied Uganda's accusation.", ("Uganda", "Kenya", "112")),
        ("Ghana denied Togo's accusation that it was arming rebels.", ("Togo", "Ghana", "112")),
        ("Greece rebuffed Turkey's threats.", ("Turkey", "Greece", "130")),
        ("Mexico responded to the American threat of tariffs.",
         ("United States", "Mexico", "130")),
    ],
)  # fmt: skip
def test_what_is_answered_was_aimed_at_the_one_who_answers(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Chile rejected Peru's criticism of Bolivia.", ("Peru", "Chile")),
        ("Chile rejected Peru's claims.", ("Peru", "Chile")),
        ("Chile welcomed Peru's criticism.", ("Peru", "Chile")),
    ],
)
def test_what_is_aimed_elsewhere_or_only_claimed(
    facts_of, text: str, wrong: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert not {c for c in coded(facts_of, text) if c[:2] == wrong}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Dario Fenn struck back at criticism from Archbishop Peter Olmo.",
         ("Dario Fenn", "Peter Olmo", "111")),
        ("Peru struck back at Chile's complaints about the fishing fleet.", ("Peru", "Chile", "111")),
        ("Governor Tomas Vikander shot back at Senator Orla Brandt on radio.",
         ("Tomas Vikander", "Orla Brandt", "111")),
        ("Egypt rebutted Ethiopia's charge that it was hoarding water.",
         ("Egypt", "Ethiopia", "120")),
        ("Aldo Crespi rebutted the charges made by Rosa Velt.", ("Aldo Crespi", "Rosa Velt", "120")),
        ("Kenya refuted Uganda's claims about the border.", ("Kenya", "Uganda", "120")),
    ],
)  # fmt: skip
def test_answering_criticism_opposes_the_critic(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Dario Fenn struck back at the rumours on his blog.",
        "Egypt rebutted the report on Monday.",
        "Aldo Crespi did not rebut the charges made by Rosa Velt.",
        "Peru plans to strike back at Chile's complaints.",
    ],
)
def test_answering_no_one_or_not_done(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {c for c in coded(facts_of, text) if c[2] in {"111", "120"}} == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Ada Ruhl defended Rosa Velt against criticism from Jonas Brekke.",
         ("Jonas Brekke", "Rosa Velt", "111")),
        ("Chancellor Ada Ruhl defended her budget against criticism from Jonas Brekke.",
         ("Jonas Brekke", "Ada Ruhl", "111")),
        ("Chile shielded its envoy Luis Varela against complaints from Peru.",
         ("Peru", "Luis Varela", "111")),
    ],
)  # fmt: skip
def test_whom_a_defence_shields_was_criticised(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In response to Japan's criticism, South Korea said the drills would go ahead.",
            ("Japan", "South Korea"),
        ),
        (
            "In reply to Kenya's accusations, Uganda said it had done nothing wrong.",
            ("Kenya", "Uganda"),
        ),
        ("In response to threats from Ghana, Togo closed the border.", ("Ghana", "Togo")),
    ],
)
def test_the_words_answered_in_response_were_aimed_at_the_answerer(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "In response to questions from reporters, Lena Brandt said Chile would wait.",
        "In response to Japan's offer, South Korea said it would wait.",
        "Kenya's response to the criticism angered nobody in Uganda.",
    ],
)
def test_a_response_to_no_hostile_words_names_no_conflict(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert directed(facts_of(text), EventKind.CONFLICT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey's accusations were rejected by Greece on Monday.", ("Turkey", "Greece")),
        (
            "Austria pushed back against criticism from Italy over the border checks.",
            ("Italy", "Austria"),
        ),
        ("Chile hit back at complaints from Peru on Monday.", ("Peru", "Chile")),
        ("Kenya jabbed back at Somalia's accusations.", ("Somalia", "Kenya")),
    ],
)
def test_words_rejected_or_hit_back_at_were_aimed_at_the_answerer(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Chile hit back at Peru's strikers in the second half.",
        "The complaints by Peru were rejected by the court.",
        "Austria pushed back against the tide of cheap imports.",
    ],
)
def test_hitting_back_at_no_hostile_words(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert ("Peru", "Chile") not in pairs and ("Peru", "court") not in pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mexico's rebuttal of Guatemala's accusations came a day later.", ("Guatemala", "Mexico")),
        ("Kenya's reply to criticism from Somalia was brief.", ("Somalia", "Kenya")),
        ("Ecuador's denial of Peru's accusations was firm.", ("Peru", "Ecuador")),
        ("Niger swatted away accusations from Mali.", ("Niger", "Mali")),
    ],
)
def test_an_answer_named_by_a_noun_or_a_particle_verb(
    facts_of, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's reply to the letter from Somalia was brief.",
        "The response to Peru's accusations was muted.",
        "Niger swatted away the flies.",
    ],
)
def test_an_answer_to_no_hostile_words_or_by_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    pairs = directed(facts_of(text), EventKind.CONFLICT)
    assert ("Somalia", "Kenya") not in pairs and not any(a == "Niger" for a, _ in pairs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # demands and protests answered were aimed at whoever answers them
        ("Peru rejected demands from Chile for compensation.", ("Chile", "Peru", "100")),
        ("Lithuania rejected a demand from Belarus to close the crossing.",
         ("Belarus", "Lithuania", "100")),
        ("Peru rejected Chile's demands.", ("Chile", "Peru", "100")),
        ("Peru dismissed the protest from Chile.", ("Chile", "Peru", "140")),
        ("Peru brushed aside protests from Chile.", ("Chile", "Peru", "140")),
        # ... and so are warnings ignored, defied or heeded
        ("Peru ignored warnings from Chile about the dam.", ("Chile", "Peru", "130")),
        ("Peru defied an ultimatum from Chile.", ("Chile", "Peru", "130")),
        ("Peru heeded warnings from Chile over the dam.", ("Chile", "Peru", "130")),
    ],
)  # fmt: skip
def test_demands_protests_and_warnings_answered(
    facts_of, text: str, expected: tuple[str, str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert expected in coded(facts_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru ignored the weather.",
        "Peru ignored the warnings.",  # from no one
        "Peru rejected demands for compensation.",  # from no one
        "Peru rejected demands from Chile for Bolivia's withdrawal.",  # on someone else
    ],
)
def test_no_demand_or_warning_answered(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Chile", "Peru") not in directed(facts_of(text), EventKind.CONFLICT)
