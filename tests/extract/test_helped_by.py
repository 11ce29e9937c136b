"""A deed done with the help of someone's strikes or raids: aid from whose they are
(kg.extract.helped_by)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    "text",
    [
        "Malian forces retook the town with the help of US air strikes.",
        "Mali retook the town with the help of US air raids.",
        "Malian troops recaptured the airport with the assistance of US bombing raids.",
        "Mali seized the bridge with the aid of US drone strikes.",
        "With help from US intelligence, Mali's army retook the town.",
        "Mali's army retook the town with help from US air strikes.",
    ],
)
def test_the_owner_of_the_means_helped(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("United States", "Mali") in directed(facts_of(text), EventKind.COOPERATION)


@pytest.mark.parametrize(
    "text",
    [
        "Malian forces retook the town with the help of heavy artillery.",  # no owner
        "Malian forces retook the town with help from local people.",  # no owner
        "Malian forces tried to retake the town with the help of US jets.",  # only tried
        "Malian forces could retake the town with the help of US jets.",  # hypothetical
    ],
)
def test_no_aid_from_no_owner_or_no_deed(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("United States", "Mali") not in directed(facts_of(text), EventKind.COOPERATION)
