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
