"""One table of firms' legal forms (kg.language.legal_forms), read as written where a
form must make a firm and in any case where it ends a name. Sentences written for
these tests; names invented."""

from __future__ import annotations

import pytest

from kg.language.legal_forms import FOLDED_LEGAL_FORMS, LEGAL_FORMS, legal_form
from tests.helpers import speakers


def test_as_written_and_folded() -> None:
    assert {"AG", "plc", "GmbH", "LLP"} <= LEGAL_FORMS and "Sa" not in LEGAL_FORMS
    assert {"ag", "plc", "gmbh", "llp", "limited"} <= FOLDED_LEGAL_FORMS
    assert legal_form("Ltd.") and legal_form("LIMITED") and not legal_form("Group")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # every legal form of the table makes a firm, as the others did
        ("Quellar Partners LLP said it would appeal against the ruling.", "Quellar Partners LLP"),
        # the name before a legal form is the firm's short name ("Norvane" of "Norvane GmbH")
        ("Norvane GmbH said sales fell in March. Norvane said it would cut 300 jobs.",
         "Norvane GmbH"),
    ],
)  # fmt: skip
def test_a_firm_by_its_legal_form(facts_of, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {speaker}


def test_a_name_like_a_form_is_no_firm(facts_of) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of("Sa Huynh, a fisherman, said the catch was poor.")) == {"Sa Huynh"}
