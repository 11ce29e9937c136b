"""Hosts told after the talks, in sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Sudan and Chad held talks in Oslo on Monday.\n"
         "Norway, which brokered the talks, said the two sides would meet again.", "Norway"),
        ("Sudan and Chad held talks in Oslo on Monday.\nThe talks were hosted by Norway.",
         "Norway"),
        ("Sudan and Chad held talks in Oslo on Monday.\n"
         "The talks, mediated by Norway, ended without a deal.", "Norway"),
        ("Sudan and Chad met in Nairobi; the talks were hosted by Kenya.", "Kenya"),
        ("President Ana Velo of Sudan met President Tomas Grell of Chad on Monday.\n"
         "The meeting was chaired by Libyan leader Omar Sadek.", "Omar Sadek"),
    ],
)  # fmt: skip
def test_the_host_of_talks_told_before_meets_their_sides(facts_of, text: str, host: str) -> None:  # type: ignore[no-untyped-def]
    got = met_pairs(facts_of(text))
    sides = {n for p in got for n in p} - {host}
    assert len(sides) >= 2
    assert all(pair(host, s) in got for s in sides)


@pytest.mark.parametrize(
    "text",
    [
        "Sudan and Chad held talks on Monday.\nNorway welcomed the talks.",
        "Sudan and Chad held talks on Monday.\nNorway has hosted talks before.",
        "Sudan and Chad held talks on Monday.\nNorway will host the next round of talks.",
        "Sudan and Chad held talks on Monday.\nNorway did not host the talks.",
        "Sudan and Chad held talks on Monday.\nNorway offered to host the talks.",
        "Sudan and Chad will hold talks next week.\nNorway will host the talks.",
    ],
)
def test_no_host_of_these_talks(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any("Norway" in p for p in met_pairs(facts_of(text)))
