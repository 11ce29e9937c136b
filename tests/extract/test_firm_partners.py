"""A firm's partner named after the firm's name holds a post in it, no alliance:
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations, cooperation_pairs, pair


def test_a_firms_partner_holds_a_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Harmon Group said profits rose. Harmon Group partner Lena Fiske said "
                     "the year was good.")  # fmt: skip
    assert ("Lena Fiske", "Harmon Group") in affiliations(facts)
    assert pair("Lena Fiske", "Harmon Group") not in cooperation_pairs(facts)


def test_a_coalition_partner_is_no_firms(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Labour lost the vote. Labour's coalition partner Nick Hale said the "
                     "deal was dead.")  # fmt: skip
    assert ("Nick Hale", "Labour") not in affiliations(facts)


def test_a_party_s_partner_holds_no_post_in_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The Likud party won the election. Likud partner Naftali Bennett "
                     "criticised the prime minister.")  # fmt: skip
    assert not {o for s, o in affiliations(facts) if s == "Naftali Bennett"}
    facts = facts_of("Harmon Group partner Lena Fiske said on Wednesday that the fund would "
                     "not raise its offer.")  # fmt: skip
    assert ("Lena Fiske", "Harmon Group") in affiliations(facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ashcombe's managing partner, Tomas Reyes, said the fund would grow.",
         ("Tomas Reyes", "Ashcombe")),
        ("Ashcombe's founding partner Tomas Reyes said the fund would grow.",
         ("Tomas Reyes", "Ashcombe")),
        ("Halvorsen Capital's managing partner, Erik Dahl, said the fund had closed.",
         ("Erik Dahl", "Halvorsen Capital")),
    ],
)  # fmt: skip
def test_a_firms_managing_partner(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    assert expected in affiliations(facts_of(text))


def test_a_junior_partner_is_no_firms_post(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Labour's junior partner, Tomas Reyes, said the deal would hold.")
    assert ("Tomas Reyes", "Labour") not in affiliations(facts)
    facts = facts_of("Ashcombe's managing partner, Tomas Reyes, said the fund would grow.")
    assert ("Tomas Reyes", "Ashcombe") in affiliations(facts)


def test_who_speaks_after_a_firms_partner_is_not_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "X is Y's founding partner, Z said": Z tells it, Z is no partner of Y."""
    facts = facts_of("Kasten Steel is Ashcombe Capital's founding partner, Tomas Reyes said.")
    assert ("Tomas Reyes", "Ashcombe Capital") not in affiliations(facts)
