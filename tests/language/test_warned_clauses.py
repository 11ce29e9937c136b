""" "its" in what a warning or a demand tells another is the one told when the clause
says its duty, its fate or its wrong (:mod:`kg.language.warned_clauses`)."""

from __future__ import annotations

import pytest

from kg.records import EventKind
from tests.helpers import directed


@pytest.mark.parametrize(
    ("text", "owner", "teller", "helped"),
    [
        ("The United States warned Iran that its support for Hezbollah must stop.",
         "Iran", "United States", "Hezbollah"),
        ("Chile warned Peru that its backing of the rebels was unacceptable.", "Peru", "Chile", "rebels"),
        ("Ghana told Togo that its arms supplies to the rebels must stop.", "Togo", "Ghana", "rebels"),
    ],
)  # fmt: skip
def test_its_in_what_the_told_must_end_is_the_one_told(
    facts_of, text: str, owner: str, teller: str, helped: str
) -> None:  # type: ignore[no-untyped-def]
    helps = directed(facts_of(text), EventKind.COOPERATION)
    assert (owner, helped) in helps
    assert (teller, helped) not in helps


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("Chile warned Peru that its patrols would be fired on.", "threaten", ("Chile", "Peru")),
        ("Kenya cautioned Uganda that its fighters would be arrested at the border.", "threaten",
         ("Kenya", "Uganda")),
        ("Egypt demanded of Sudan that its ships leave the harbour at once.", "demand", ("Egypt", "Sudan")),
    ],
)  # fmt: skip
def test_what_would_befall_or_is_demanded_of_the_told_is_aimed_at_them(
    facts_of, text: str, kind: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    found = {(names[a], names[t]) for e in facts.events if e.type == kind and e.factual
             for a in e.actors("agent") for t in e.actors("target")}  # fmt: skip
    assert found == {pair}


def test_the_shelling_the_told_must_stop_is_theirs(facts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Egypt demanded of Sudan that its troops stop shelling Ethiopian positions."
    attacks = directed(facts_of(text), EventKind.CONFLICT, factual_only=False)
    assert ("Sudan", "Ethiopia") in attacks
    assert ("Egypt", "Ethiopia") not in attacks


@pytest.mark.parametrize(
    ("text", "teller", "helped"),
    [
        ("The United States told Iran that its own aid to Iraq would continue.", "United States", "Iraq"),
        ("Chile warned Peru that its own support for the rebels would grow.", "Chile", "rebels"),
        ("Ghana told Togo that its own arms supplies to the army would continue.", "Ghana", "army"),
    ],
)  # fmt: skip
def test_its_own_is_the_speakers(facts_of, text: str, teller: str, helped: str) -> None:  # type: ignore[no-untyped-def]
    assert (teller, helped) in directed(facts_of(text), EventKind.COOPERATION, factual_only=False)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana warned Togo that its army would shoot any intruder.",
        "Chile warned Peru that its warships would sink any trawler that crossed the line.",
    ],
)
def test_what_the_speakers_side_would_do_stays_the_speakers_threat(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    threats = [e for e in facts.events if e.type == "threaten" and e.factual]
    names = {a.key: a.name for a in facts.actors}
    assert {names[a] for e in threats for a in e.actors("agent")} == {text.split()[0]}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana notified Togo that its ambassador would be recalled from Lome.",
        "Ghana told Togo that its envoy would be withdrawn from Lome.",
    ],
)
def test_what_a_mere_telling_says_will_be_done_stays_the_tellers(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    """Only a warning tells the warned what would befall its own: "notified Togo that
    its ambassador would be recalled" is Ghana's envoy, recalled from Togo."""
    facts = facts_of(text)
    names = {a.key: a.name for a in facts.actors}
    cut = {(names[a], names[t]) for e in facts.events if e.type == "reduce-relations"
           for a in e.actors("agent") for t in e.actors("target")}  # fmt: skip
    assert cut == {("Ghana", "Togo")}


def test_the_verbs_of_warning_are_one_list_in_data() -> None:
    """One list of warning verbs (``warning`` in ``data/warning-words.txt``) for the
    threats, the clauses told and the "warned X against" reading."""
    from kg.extract import threats
    from kg.language.event_words import WARNING_VERBS
    from kg.language.warned_clauses import ADDRESSING_VERBS, WARNING

    assert {"warn", "caution"} == WARNING
    assert threats.WARNING is WARNING
    assert WARNING <= ADDRESSING_VERBS and WARNING <= WARNING_VERBS
