"""Title-case and capital headlines read as sentence case, character for character."""

from __future__ import annotations

import pytest

from kg.language.headline_case import sentence_case

BODY = ("Officials in Lima said the Peruvian envoy had met NATO staff. The envoy, "
        "a former banker, left for the U.S. on Friday.")  # fmt: skip


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("PERU RECALLS ENVOY FROM NATO TALKS", "Peru recalls envoy from NATO talks"),
        ("Peru Recalls Envoy From NATO Talks", "Peru recalls envoy from NATO talks"),
        ("ENVOY FLIES TO U.S. AFTER LIMA ROW", "Envoy flies to U.S. after Lima row"),
        ("Envoy Heads For United States", "Envoy heads for United States"),
        ("European Union Rebukes Peruvian Envoy", "European Union rebukes Peruvian envoy"),
        ("WTO Rules Against Envoy", "WTO rules against envoy"),  # an acronym stays
    ],
)
def test_capitals_and_title_case_become_sentence_case(headline: str, expected: str) -> None:
    out = sentence_case(headline, BODY)
    assert out == expected and len(out) == len(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "Peru recalls envoy from NATO talks",  # sentence case already
        "Lima's envoy Vargas quits after row with Quito",  # names, but most words lower
        "Talks",  # one word
        "",
    ],
)
def test_sentence_case_headlines_are_left_alone(headline: str) -> None:
    assert sentence_case(headline, BODY) == headline


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        # an acronym that spells a word, a name that spells a function word: words here
        ("IRAN TELLS BRITAIN TO JOIN US IN TALKS", "Iran said Britain should join.",
         "Iran tells Britain to join us in talks"),
        ("PEACE TALKS MAY RESUME", "Prime Minister Ann May said talks could resume.",
         "Peace talks may resume"),
        ("NATO SAYS IT WILL ACT", "NATO chief Will Vale said the alliance would act.",
         "NATO says it will act"),
        # names the body opens a sentence with, and places, keep their capitals
        ("Ruiz Visits Lind In Berlin", "Ruiz and Lind discussed trade.",
         "Ruiz visits Lind in Berlin"),
    ],
)  # fmt: skip
def test_words_stay_words_and_names_stay_names(headline: str, body: str, expected: str) -> None:
    assert sentence_case(headline, body) == expected


def test_names_alone_do_not_make_title_case() -> None:
    headline = "Ana Ruiz visits Bo Lind in Berlin"
    assert sentence_case(headline, "Ruiz and Lind discussed trade.") == headline


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Winemaker rejects Vale's offer", "The winemaker said the offer was too low.",
         "winemaker rejects Vale's offer"),
        ("Tsunami to hit island banks", "The tsunami destroyed branches.", "tsunami to hit island banks"),
        # a name, or a word the body never writes in lower case, keeps its capital
        ("Labour plans pay rise", "Labour said the labour market was tight.", "Labour plans pay rise"),
        ("Vale rejects offer", "Ann Vale said no.", "Vale rejects offer"),
    ],
)  # fmt: skip
def test_a_common_first_word_goes_lower_case(headline: str, body: str, expected: str) -> None:
    assert sentence_case(headline, body) == expected
