"""A department's name the model cut at "and" is joined again
(kg.language.portfolio_names). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Department for Education and Skills said the scheme worked.",
         "Department for Education and Skills"),
        ("The Department for Culture, Media and Sport said the scheme worked.",
         "Department for Culture, Media and Sport"),
        ("The Department for Constitutional Affairs and Justice said the plan worked.",
         "Department for Constitutional Affairs and Justice"),
        ("The Ministry of Culture and Sport said the festival would go ahead.",
         "Ministry of Culture and Sport"),
    ],
)  # fmt: skip
def test_a_departments_fields_stay_in_its_name(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in speakers(facts_of(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body after "and" is a body of its own; a name already whole stays as it is
        ("The Department for Education and Oxfam said the scheme worked.", "Department for Education"),
        ("The Department of Trade and Industry said the scheme worked.",
         "Department of Trade and Industry"),
        ("The Department for Education, Oxfam and the Red Cross said the scheme worked.", "Oxfam"),
    ],
)  # fmt: skip
def test_no_field_no_join(facts_of, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in speakers(facts_of(text))
