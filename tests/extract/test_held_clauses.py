"""A meeting noun whose holder is named in a relative clause: "the talks with X,
which Y held in Oslo" (Y met X)."""

from __future__ import annotations

import pytest

from tests.helpers import met_pairs, pair


@pytest.mark.parametrize(
    "text",
    [
        "The talks with President Idriss Malam, which Foreign Minister Greta Holm of Denmark "
        "held in Tunis on Sunday, focused on migration.",
        "The summit with President Idriss Malam, which Greta Holm attended, ended on Monday.",
        "Reporters praised the meeting with President Idriss Malam, which Greta Holm held in "
        "Niamey.",
    ],
)
def test_the_holder_in_a_relative_clause_meets_the_partner(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Greta Holm", "Idriss Malam") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # the clause judges the talks; it holds nothing
        "The talks with President Idriss Malam, which Greta Holm criticised, ended on Monday.",
        "The talks with President Idriss Malam, which Greta Holm welcomed, ended on Monday.",
    ],
)
def test_a_clause_that_holds_no_meeting_makes_no_party(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Greta Holm", "Idriss Malam") not in met_pairs(facts_of(text))


def test_a_summit_of_a_body_a_clause_hosts_is_no_meeting_with_it(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "The talks followed the Andean Trade Forum summit that Idriss Malam hosted in Quito."
    )
    assert pair("Idriss Malam", "Andean Trade Forum") not in met_pairs(facts)


def test_a_clause_on_the_body_a_partner_belongs_to_holds_no_talks(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(
        "Ines Cabral held talks with the Coastal Trade Forum, which Peru has chaired since May."
    )
    assert pair("Peru", "Coastal Trade Forum") not in met_pairs(facts)
    assert pair("Ines Cabral", "Coastal Trade Forum") in met_pairs(facts)
