"""A body's one-word name the model left untagged before its head's post and name
(kg.language.untagged_bodies). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kosmorus head Pavel Dronov said on Tuesday that the crew was ready.",
         ("Pavel Dronov", "Kosmorus")),
        ("Kosmorus chief executive Igor Selenov said on Tuesday that deliveries would resume.",
         ("Igor Selenov", "Kosmorus")),
        ("The minister met Kosmorus boss Igor Selenov on Monday.", ("Igor Selenov", "Kosmorus")),
        ("Norvex chief executive Viktor Olgin met Velgaz head Igor Selenov on Monday.",
         ("Viktor Olgin", "Norvex")),
    ],
)  # fmt: skip
def test_an_untagged_body_before_its_heads_post(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    assert expected in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # common words, given names and known places head no body of their own
        "Police chief Ana Ruiz said on Monday that arrests had risen.",
        "Army chief Ivo Marsh said on Monday that the troops had left.",
        "Paris chief executive Ivo Marsh said on Monday that sales rose.",
        "Ivo head Ana Ruiz said on Monday that sales rose.",
        # a county that names a police force is a place
        "The minister had a long battle with Humberside chief Ian Westbury over the failures.",
        "The minister had a long battle with Northumbria chief Ian Westbury over the cuts.",
    ],
)
def test_no_body_from_a_word_or_a_place(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in facts_of(text).actors}
    assert not names - {
        "Ana Ruiz",
        "Ivo Marsh",
        "Ian Westbury",
        "Paris",
        "France",
        "United Kingdom",
    }


def test_a_secretary_generals_body(facts_of) -> None:  # type: ignore[no-untyped-def]
    """ "Junts secretary general X": the untagged name before the post is the body's."""
    text = "The Junts party rejected the budget. Junts secretary general Jordi Puig said talks were over."
    assert any(p == "Jordi Puig" and "Junts" in b for p, b in affiliations(facts_of(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halbrook Advisors founder Owen Tallis said the market was weak.",
         ("Owen Tallis", "Halbrook Advisors")),
        ("Halbrook Advisors chairman Owen Tallis said the market was weak.",
         ("Owen Tallis", "Halbrook Advisors")),
        ("Dovrel Pharma chief executive Lena Vosk and Halbrook Advisors founder Owen "
         "Tallis said the deal was done.", ("Owen Tallis", "Halbrook Advisors")),
    ],
)  # fmt: skip
def test_an_untagged_firm_name_with_a_firm_word(  # type: ignore[no-untyped-def]
    facts_of, text: str, expected: tuple[str, str]
) -> None:
    """A capitalised name and a word firms are called by ("Advisors"), untagged,
    before the post of a named person: the firm's name."""
    assert expected in affiliations(facts_of(text))
