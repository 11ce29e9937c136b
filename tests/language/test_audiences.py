"""Broadcasters, papers and programmes by the words of their names."""

from __future__ import annotations

import pytest

from kg.language.audiences import names_media


@pytest.mark.parametrize(
    "name",
    ["Radio Norvex", "Channel Seven", "Channel 4", "TV Sella", "Television Orvin",
     "Orvin Gazette", "Daybreak programme"],
)  # fmt: skip
def test_a_broadcaster_or_paper_by_its_name(name: str) -> None:
    assert names_media(name.split())


@pytest.mark.parametrize("name", ["Channel Islands", "Channel Tunnel", "Tom Brask", "Norvex"])
def test_other_names_are_no_medium(name: str) -> None:
    assert not names_media(name.split())


def test_the_verbs_that_tell_a_programme_are_data() -> None:
    from kg.language.audiences import TOLD_ON_AIR

    assert {"tell", "say", "speak", "talk"} <= TOLD_ON_AIR
