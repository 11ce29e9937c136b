"""A listed body's kind read from its own names: "the watchdog" after the body one of
whose names is a watchdog's, "the agency" or "the organisation" after a body named by
a short name whose full name is an agency's or an organisation's, "the UN court" and
"the Hague-based court" after a court: sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.language.body_kinds import kind_words, name_words
from kg.records import EventKind
from tests.helpers import directed


def test_the_kinds_are_the_heads_of_the_names() -> None:
    assert {"agency", "watchdog"} <= kind_words("org/IAEA")  # "UN nuclear watchdog"
    assert "organisation" in kind_words("org/OPCW")  # "Organisation for the Prohibition"
    assert "agency" in kind_words("org/FRONTEX")  # "European Border and Coast Guard Agency"
    assert "un" in name_words("org/ICJ")  # "UN's top court"
    assert kind_words("country/FRA") == frozenset()  # no body of the table


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "the watchdog": a body whose other name is "UN nuclear watchdog"
        ("IAEA inspectors toured the reactor on Monday. Later Ecuador accused the watchdog "
         "of spying.", ("Ecuador", "International Atomic Energy Agency")),
        # "the organisation": its full name is an Organisation's
        ("The OPCW sent a team to the port. Belarus accused the organisation of bad faith.",
         ("Belarus", "OPCW")),
        # "the agency": its full name ends in Agency, its short name in none
        ("Frontex doubled its patrols at sea. Malta accused the agency of ignoring migrants.",
         ("Malta", "Frontex")),
        # "the EU agency": the one agency named, whose names hold "EU"
        ("Frontex doubled its patrols at sea. Greece accused the EU agency of pushing boats "
         "back.", ("Greece", "Frontex")),
        # "the UN court": the one court named, whose names hold "UN"
        ("The ICJ began hearings in the case on Monday. Guyana rejected the UN court's "
         "ruling.", ("Guyana", "International Court of Justice")),
        # "the Hague-based court": where it sits is no part of its name
        ("The ICJ gave its opinion on Thursday. Belize criticised the Hague-based court.",
         ("Belize", "International Court of Justice")),
    ],
)  # fmt: skip
def test_a_kind_noun_is_the_one_body_of_that_kind(facts_of, text: str, found) -> None:  # type: ignore[no-untyped-def]
    assert found in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # two agencies named: "the agency" is neither
        ("The WHO and Frontex signed a pact. Malta accused the agency of lying.", "Frontex"),
        # none named: a watchdog of no one's
        ("Ecuador accused the watchdog of spying.", "International Atomic Energy Agency"),
        # a modifier the court's names do not hold: another court
        ("The ICJ began hearings on Monday. Guyana rejected the EU court's ruling.",
         "International Court of Justice"),
    ],
)  # fmt: skip
def test_no_kind_noun_without_one_body_of_that_kind(facts_of, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert body not in {t for _, t in directed(facts_of(text), EventKind.CONFLICT)}
