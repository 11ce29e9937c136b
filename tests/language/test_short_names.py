"""A short name of a long one (kg.language.short_names): its initials; names invented."""

from __future__ import annotations

import pytest

from kg.language.short_names import is_acronym_of


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("KTO", "Kestrel Trade Organisation", True),
        ("Kto", "Kestrel Trade Organisation", True),  # title case, as some papers print it
        ("KT", "Kestrel Trade Organisation", False),
        ("kto", "Kestrel Trade Organisation", False),
    ],
)
def test_initials(short: str, long: str, expected: bool) -> None:
    assert is_acronym_of(short, long) is expected


def test_title_case_acronyms() -> None:
    assert is_acronym_of("Apec", "Asia Pacific Economic Co-operation")
    assert is_acronym_of("NATO", "North Atlantic Treaty Organization")
    assert not is_acronym_of("Apex", "Asia Pacific Economic Co-operation")
    assert not is_acronym_of("Ap", "Asia Pacific")


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("K&M", "Kestrel & Moore", True),  # a firm's initials with its ampersand
        ("KM", "Kestrel & Moore", True),  # or without it
        ("K&M", "Kestrel and Moore", True),
        ("K&M", "Kestrel & Moore Holdings", False),
        ("K&", "Kestrel & Moore", False),
        ("k&m", "Kestrel & Moore", False),
    ],
)
def test_initials_with_an_ampersand(short: str, long: str, expected: bool) -> None:
    assert is_acronym_of(short, long) is expected
