"""A department's name the model cut at "and" is joined again
(kg.language.portfolio_names). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Department for Fisheries and Skills told reporters the scheme was working.",
         "Department for Fisheries and Skills"),
        ("The Department for Constitutional Affairs and Justice told reporters the plan was "
         "working.", "Department for Constitutional Affairs and Justice"),
        ("The Department for Tourism, Heritage and Sport told reporters the scheme was working.",
         "Department for Tourism, Heritage and Sport"),
    ],
)  # fmt: skip
def test_a_departments_fields_stay_in_its_name(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body after "and" is a body of its own; a name already whole stays as it is
        ("The Department for Fisheries and Oxfam told reporters the scheme was working.",
         "Department for Fisheries"),
        ("The Ministry of Energy and Industry told reporters the scheme was working.",
         "Ministry of Energy and Industry"),
        ("The Department for Fisheries, Oxfam and the Red Cross told reporters the scheme was "
         "working.", "Oxfam"),
    ],
)  # fmt: skip
def test_no_field_no_join(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in speakers(facts_of(text))
