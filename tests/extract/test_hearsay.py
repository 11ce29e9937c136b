"""What unconfirmed sources say is passed on, not vouched for (kg.extract.hearsay)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed, met_pairs, pair

UNCONFIRMED = [
    ("Unconfirmed reports said Peruvian troops had shelled Chilean territory.", EventKind.CONFLICT),
    ("According to unverified reports, Peruvian jets bombed a Chilean village.",
     EventKind.CONFLICT),
    ("Peruvian jets bombed a Chilean village, according to unconfirmed reports.",
     EventKind.CONFLICT),
    ("Rumours said Bolivia had attacked Paraguay.", EventKind.CONFLICT),
    ("Unverified reports on social media said Peru had signed a secret deal with Chile.",
     EventKind.COOPERATION),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), UNCONFIRMED)
def test_what_unconfirmed_reports_say_is_alleged(facts_of, text: str, kind: EventKind) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, kind, factual_only=False)  # the event is kept
    assert directed(facts, kind) == set()  # but not as a fact


@pytest.mark.parametrize(
    "text",
    [
        "Reports said Peruvian troops had shelled Chilean territory.",
        "According to reports, Peruvian jets bombed a Chilean village.",
        "Peruvian jets bombed a Chilean village, according to state media.",
    ],
)
def test_a_cited_report_with_no_doubt_on_it_is_told_as_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Chile") in directed(facts_of(text), EventKind.CONFLICT)


# A work's word is its author's account, and a sentence that takes up a claiming
# source ("It also says", "They say") passes the claim on.
WORK_CLAIMS = [
    "The memoir says that Carla Brenner met Ruben Salgado in Lisbon.",
    "According to the new biography, Carla Brenner met Ruben Salgado in Lisbon.",
    "Carla Brenner met Ruben Salgado in Lisbon, the indictment says.",
    "The book claims Carla Brenner betrayed her party. It also says that she met "
    "Ruben Salgado in Lisbon.",
    "According to the diary, Carla Brenner hated her job. It adds that she met "
    "Ruben Salgado in Lisbon.",
    "Prosecutors allege that Carla Brenner took bribes. They say she met Ruben "
    "Salgado in Lisbon to hide the money.",
    "The dossier alleges that Carla Brenner leaked files. It says Brenner met "
    "Ruben Salgado in Lisbon. It also says she flew to Rome.",
]


# Another noun for the same source takes up its claim ("the newspaper ... the paper",
# "the memoir ... the author"), and a fragment opening with "that" goes on with it.
CONTINUED_CLAIMS = [
    "The newspaper alleges that Carla Brenner took bribes. The paper says she met Ruben "
    "Salgado in Lisbon to hide the money.",
    "The memoir alleges that Carla Brenner leaked files. The author also says Brenner met "
    "Ruben Salgado in Lisbon.",
    "The lawsuit alleges that Carla Brenner took bribes. Prosecutors say she met Ruben "
    "Salgado in Lisbon.",
    "The book claims that Carla Brenner betrayed her party. And that during a lunch in Lisbon "
    "she met Ruben Salgado.",
    "The dossier alleges that Carla Brenner leaked files. That she met Ruben Salgado in "
    "Lisbon twice.",
]


@pytest.mark.parametrize("text", WORK_CLAIMS + CONTINUED_CLAIMS)
def test_what_a_work_or_a_taken_up_claim_says_is_alleged(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Carla Brenner", "Ruben Salgado") in met_pairs(facts, factual_only=False)
    assert met_pairs(facts) == set()  # nor the trip to Rome


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that reports on its own stays a fact
        "The book claims Carla Brenner betrayed her party. On Monday she met Ruben "
        "Salgado in Lisbon.",
        # "it" does not take up a person, nor "they" one source
        "Ruben Salgado claims Carla Brenner betrayed the party. It says she met him in Lisbon.",
        # a plain report is a source the writer cites
        "The report says Carla Brenner lied. It also says she met Ruben Salgado in Lisbon.",
        "The commission said Carla Brenner lied. It says she met Ruben Salgado in Lisbon.",
    ],
)
def test_a_sentence_that_takes_up_no_claim_tells_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Carla Brenner", "Ruben Salgado") in met_pairs(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # a source's report, not its claim, is cited as a fact
        "The newspaper reported that Carla Brenner took bribes. The paper says she met "
        "Ruben Salgado in Lisbon.",
        # another source does not take up the claim
        "The book claims that Carla Brenner betrayed her party. The minister says Brenner "
        "met Ruben Salgado in Lisbon.",
        # a sentence whose "that" is a determiner is no fragment
        "The book claims that Carla Brenner betrayed her party. That evening she met Ruben "
        "Salgado in Lisbon.",
    ],
)
def test_a_claim_not_taken_up_leaves_the_next_sentence_a_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert pair("Carla Brenner", "Ruben Salgado") in met_pairs(facts_of(text))


# A verb that only says how things looked hedges the clause it raises.
HEDGED = [
    ("Peru seemed to criticise Chile on Monday.", EventKind.CONFLICT),
    ("Peru appears to have attacked Chilean border posts.", EventKind.CONFLICT),
    ("The Peruvian president appeared to snub his Chilean counterpart at the summit.",
     EventKind.CONFLICT),
    ("Peru seems to have accused Chile of spying.", EventKind.CONFLICT),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), HEDGED)
def test_what_only_appears_or_seems_to_happen_is_alleged(
    facts_of, text: str, kind: EventKind
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, kind, factual_only=False)  # the event is kept
    assert directed(facts, kind) == set()  # but not as a fact


def test_a_meeting_that_only_seems_to_have_happened_is_alleged(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Ana Soto seems to have met Li Wen in secret.")
    assert pair("Ana Soto", "Li Wen") in met_pairs(facts, factual_only=False)
    assert pair("Ana Soto", "Li Wen") not in met_pairs(facts)


@pytest.mark.parametrize(
    "text",
    [
        "Peru appeared at the summit to criticise Chile.",
        "Peru seemed angry, and it criticised Chile on Monday.",
        "Peru criticised Chile, which appeared to ignore the ruling.",
    ],
)
def test_appearing_somewhere_or_seeming_in_another_clause_hedges_nothing(
    facts_of, text: str
) -> None:  # type: ignore[no-untyped-def]
    assert ("Peru", "Chile") in directed(facts_of(text), EventKind.CONFLICT)


@pytest.mark.parametrize(
    "text",
    [
        "Premier Ada Quill has ended the gossip surrounding her rift with Chancellor Tomas Lind.",
        "The talk about a split between Chile and Peru grew louder.",
        "Rumours concerning a feud between Chile and Peru spread on Monday.",
    ],
)
def test_a_conflict_noun_that_hearsay_is_about_is_no_fact(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert not directed(facts, EventKind.CONFLICT)
    assert directed(facts, EventKind.CONFLICT, factual_only=False)


def test_a_conflict_noun_no_hearsay_is_about_stays_a_fact(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The split between Chile and Peru deepened on Monday.")
    assert ("Chile", "Peru") in directed(facts, EventKind.CONFLICT)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Chile denied charges that it had attacked Peru.", EventKind.CONFLICT),
        ("Chile rejected the charge that its troops had shelled Peru.", EventKind.CONFLICT),
        ("Iran denied charges that it had sent weapons to Syria.", EventKind.COOPERATION),
    ],
)
def test_what_a_charge_says_is_alleged(facts_of, text: str, kind: EventKind) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert directed(facts, kind, factual_only=False)  # the deed is kept
    assert directed(facts, kind) == set()  # but not as a fact


def test_in_charge_of_talks_runs_them_and_tells_no_hearsay(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("The minister in charge of the talks between Chile and Peru resigned on Monday.")
    assert pair("Chile", "Peru") in met_pairs(facts)
