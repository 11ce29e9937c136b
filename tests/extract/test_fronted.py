"""A participle after a speaker set in the middle of a quoted clause is the
speaker's; a fronted perfect participle ("Having met in Rome, A and B ...") tells
what the main clause's subjects did together (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal would bring stability, Prime Minister Lars Holm said, "
         "warning Norway against any delay.", ("Lars Holm", "Norway")),
        ("The border will stay open, the Kenyan minister said, "
         "accusing Uganda of spreading rumours.", ("Kenya", "Uganda")),
        ("The talks will go on, Ana Ruiz said, warning Chile against any delay.",
         ("Ana Ruiz", "Chile")),
        ("The border would stay shut, the Peruvian minister said, "
         "criticising Chile for its silence.", ("Peru", "Chile")),
    ],
)  # fmt: skip
def test_a_participle_after_the_speaker(facts_of, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "The deal would bring stability, Lars Holm said, adding that Norway had agreed.",
        "The deal would bring stability, Lars Holm said, without criticising Norway.",
        "The deal could bring stability, Lars Holm might say, accusing Norway of delay.",
        "The plan will fail, Lars Holm might say, accusing Norway of delay.",  # might
    ],
)
def test_no_stand_from_the_speaker(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Lars Holm", "Norway") not in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Having met in Rome, Prime Minister Rui Matos and Prime Minister Pablo Iriarte "
         "signed a treaty.", pair("Rui Matos", "Pablo Iriarte")),
        ("Having met in Geneva on Monday, Minister Ana Sousa and Minister Marta Cruz agreed "
         "to reopen the border.", pair("Ana Sousa", "Marta Cruz")),
        ("Having met at the border, Chancellor Peter Lind and President Elena Varga issued a "
         "statement.", pair("Peter Lind", "Elena Varga")),
    ],
)  # fmt: skip
def test_a_fronted_perfect_participle_of_meeting(facts_of, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Having failed in Rome, Minister Ana Sousa and Minister Marta Cruz flew home.",
        "Having met in Rome, Prime Minister Rui Matos signed a treaty.",
    ],
)
def test_no_meeting_from_a_lone_subject_or_other_verb(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not met_pairs(facts_of(text))


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        ("Ali Warsame held talks with Japanese Admiral Kenji Mori at the palace on Tuesday, "
         "national radio reported, two days after meeting American general Paul Hart.",
         pair("Ali Warsame", "Paul Hart"), pair("Kenji Mori", "Paul Hart")),
        ("Kenyan President Ruto Kamau met the head of India's navy, Admiral Raj Singh, on "
         "Friday, the ministry said, a day after meeting British envoy Tom Reed.",
         pair("Ruto Kamau", "Tom Reed"), pair("Raj Singh", "Tom Reed")),
        ("Chilean President Marta Lagos met Peruvian minister Jorge Quispe in Lima, officials "
         "said, hours after meeting Bolivian envoy Luis Arce.",
         pair("Marta Lagos", "Luis Arce"), pair("Jorge Quispe", "Luis Arce")),
    ],
)  # fmt: skip
def test_a_trailing_participle_past_an_aside(facts_of, text: str, expected, wrong) -> None:  # type: ignore[no-untyped-def]
    found = met_pairs(facts_of(text))
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        ("Peru will reopen its border crossings, Foreign Minister Elena Castro of Peru said on "
         "Monday after meeting her Bolivian counterpart Luis Arce Mendoza.",
         pair("Elena Castro", "Luis Arce Mendoza"), pair("Luis Arce Mendoza", "Peru")),
        ("Turkey will not veto the bid, Turkish Defence Minister Ali Demir said on Tuesday hours "
         "after meeting his Greek counterpart Nikos Pappas.",
         pair("Ali Demir", "Nikos Pappas"), pair("Nikos Pappas", "Turkey")),
        ("Chile backs the plan, Chilean President Marta Lagos said after meeting Peruvian "
         "minister Jorge Quispe in Lima.",
         pair("Jorge Quispe", "Marta Lagos"), pair("Chile", "Jorge Quispe")),
    ],
)  # fmt: skip
def test_a_speaker_s_own_participle_not_set_off(facts_of, text: str, expected, wrong) -> None:  # type: ignore[no-untyped-def]
    found = met_pairs(facts_of(text))
    assert expected in found
    assert wrong not in found


def test_an_aside_s_own_participle(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = ("Chilean President Marta Lagos met Peruvian minister Jorge Quispe in Lima, "
            "officials said, days before meeting Bolivian envoy Luis Arce.")  # fmt: skip
    assert pair("Marta Lagos", "Luis Arce") not in met_pairs(facts_of(text))
