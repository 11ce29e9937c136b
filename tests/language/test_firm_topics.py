"""Of two firms of a kind, "the <kind>" as a subject is the one the sentence before is
about (its subject, or the subject's owner); a rival of the kind makes the subject one
too. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import last_speakers


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Aerovant Airways sued Brisair Airlines on Monday. The airline said its rival had "
         "copied its logo.", "Aerovant Airways"),
        ("Brisair Airlines was sued by Aerovant Airways on Monday. The airline said it would "
         "fight the case.", "Brisair Airlines"),
        ("Aerovant, an airline, sued Brisair, another airline, on Monday. The airline said its "
         "rival had copied its logo.", "Aerovant"),
        ("Brisair, an airline, was sued by Aerovant, another airline. The airline said it would "
         "fight the case.", "Brisair"),
        ("Kestrel Bank sold its stake in Tarvel Motors to Orbis Bank. The bank said the sale "
         "was complete.", "Kestrel Bank"),
        # "a rival airline" makes the subject an airline too
        ("Aerovant said it would cut fares after Brisair, a rival airline, lowered its prices. "
         "The airline said demand was weak.", "Aerovant"),
        # the subject's owner
        ("Aerovant's chief executive Ann Vell criticised Brisair, a rival airline. The airline "
         "said it would cut fares.", "Aerovant"),
        ("Aerovant's pilots went on strike against Brisair, a rival airline. The airline said "
         "flights would be cancelled.", "Aerovant"),
    ],
)  # fmt: skip
def test_the_subject_before_decides(facts_of, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    assert last_speakers(facts_of(text), text) == {firm}


@pytest.mark.parametrize(
    "text",
    [
        "Aerovant Airways and Brisair Airlines cut fares. The airline said demand was weak.",
        # the subject is neither firm, or the description is no subject
        "Aerovant Airways posted a loss. Brisair Airlines posted a profit. Analysts said the "
        "airline would struggle.",
        # the sentence before is about something else
        "Aerovant Airways lost customers to Brisair Airlines. Fuel prices rose in May. The "
        "airline said demand was weak.",
        "Shares in Aerovant and in Brisair, two airlines, fell. The airline said demand was weak.",
    ],
)
def test_no_subject_of_the_kind_no_one(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not last_speakers(facts_of(text), text)
