"""A party's label before a legislature seat ("Plaid MS X", "Fianna Fail TD X",
"Conservative AM X"): sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, speakers


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        ("Plaid MS Llinos Rhys said the plan was a betrayal.", "Llinos Rhys", "Plaid Cymru"),
        ("Fianna Fail TD Niamh Dolan met Ulrike Brandt in Dublin.", "Niamh Dolan", "Fianna Fail"),
        ("Fine Gael TD Niamh Dolan criticised the plan on Monday.", "Niamh Dolan", "Fine Gael"),
        ("Tory AM Rhodri Pryce met Gerry Brogan in Cardiff.", "Rhodri Pryce", "Conservative Party"),
        ("The Democratic Unionist MP Sammy Wilkes met Gerry Brogan.", "Sammy Wilkes",
         "Democratic Unionist Party"),
        ("Ulster Unionist MLA Ruth Hamill met Gerry Brogan.", "Ruth Hamill",
         "Ulster Unionist Party"),
    ],
)  # fmt: skip
def test_a_party_label_before_a_seat(facts_of, text: str, person: str, party: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert (person, party) in affiliations(facts)
    names = {a.name for a in facts.actors}
    assert person in names
    assert not any(n.endswith((" MS", " TD", " AM")) or " TD " in n or " MS " in n for n in names)


def test_the_seated_member_speaks(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of("Plaid MS Llinos Rhys said the plan was a betrayal.")) == {
        "Llinos Rhys"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Fianna Fail TD said the plan was a betrayal.",
        "Plaid said the plan was a betrayal.",
    ],
)
def test_no_person_where_the_seat_has_no_name(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    people = [a for a in facts_of(text).actors if a.type.value == "Person"]
    assert people == []
