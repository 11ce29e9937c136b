"""A headline's passive without "is": "Ruiz urged to quit" says Ruiz was urged."""

from __future__ import annotations

from helpers import speakers

from kg.records import EventKind


def _headline_events(facts):  # type: ignore[no-untyped-def]
    heads = {s.index for s in facts.sentences if s.headline}
    return [e for e in facts.events if e.evidence.sentence in heads]


def test_a_control_verb_before_to_is_passive_in_a_headline(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = "Finance Minister Ana Ruiz spoke in Oslo on Monday."
    for title in ("Ruiz urged to quit over loans", "Ruiz told to double aid budget",
                  "Ruiz Ordered To Repay Loans"):  # fmt: skip
        facts = facts_of(body, title=title)
        assert any(s.headline for s in facts.sentences), title  # the headline is read
        assert not _headline_events(facts), title  # Ruiz urged no one


def test_active_headlines_and_bodies_are_left_alone(facts_of) -> None:  # type: ignore[no-untyped-def]
    body = "Foreign Minister Ana Ruiz spoke in Oslo on Monday."
    facts = facts_of(body, title="Chile urges Peru to free detained reporters")
    assert any(e.kind is EventKind.CONFLICT or e.kind is EventKind.STATEMENT
               for e in _headline_events(facts))  # fmt: skip
    # the body's past tense is a past tense: Ruiz urged
    facts = facts_of("Ana Ruiz urged to act at once, aides said.", title="")
    assert "Ana Ruiz" in speakers(facts)


def test_the_repair_makes_the_subject_passive_only_in_the_headline(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.language.headline_passives import repair_headline_passives

    text = "Lind urged to resign at once, his aides said.\n\nLind urged to resign."
    doc = nlp(text)
    start = text.rindex("Lind")
    repair_headline_passives(doc, start)
    deps = [(t.text, t.dep_, t.tag_) for t in doc if t.text in {"Lind", "urged"}]
    assert deps[2:] == [("Lind", "nsubjpass", "NNP"), ("urged", "ROOT", "VBN")]
    assert deps[0][1] == "nsubj"  # the body's sentence is left as the parser read it
