"""Criticism one side singles another out for (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kemal Aydin singled out Greece for criticism.", EventKind.CONFLICT),
        ("Greece was singled out for criticism by Kemal Aydin.", EventKind.CONFLICT),
        ("Kemal Aydin singled Greece out for criticism on Monday.", EventKind.CONFLICT),
        ("Kemal Aydin singled out Greece for sharp criticism.", EventKind.CONFLICT),
        ("Kemal Aydin singled out Greece for praise.", EventKind.COOPERATION),
    ],
)
def test_who_singles_out_acts_on_whom_they_single_out(facts_of, text: str, kind: EventKind) -> None:  # type: ignore[no-untyped-def]
    assert ("Kemal Aydin", "Greece") in directed(facts_of(text), kind)


@pytest.mark.parametrize(
    "text",
    [
        "Kemal Aydin could single out Greece for criticism.",  # not done
        "Kemal Aydin did not single out Greece for criticism.",
        "Greece was singled out for criticism.",  # by no one named
        "Kemal Aydin singled out Greece for a visit.",
    ],
)
def test_no_criticism_singled_out_in_prospect_or_by_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Kemal Aydin", "Greece") not in directed(facts_of(text), EventKind.CONFLICT)
