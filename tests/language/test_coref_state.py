"""What coreference reads from the article: quotes that run over several sentences."""

from __future__ import annotations

import pytest

from tests.helpers import speakers


@pytest.mark.parametrize(
    "text",
    [
        # a quote of three sentences, closed before the attribution
        'Mr Dorian Kell said the vote went well. "President Ovar Lund is in charge now. '
        'He decides. We wait." Trade would resume soon, he added.',
        # each sentence of the quote opens with a mark, only the last one closes
        'Mr Dorian Kell said: "We respect President Ovar Lund. "He is a decent man." '
        "The talks were useful, he said.",
        # curly quotation marks
        "Mr Dorian Kell spoke on Monday. “Mr Ovar Lund was very clear. He wants calm.” "
        "The border would reopen, he told reporters.",
    ],
)
def test_he_after_a_quote_of_several_sentences_is_not_a_name_inside_it(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(facts_of(text)) == {"Dorian Kell"}


@pytest.mark.parametrize(
    "text",
    [
        # the quote is closed: the next sentence's subject speaks next
        'Mr Dorian Kell said: "We are ready." Mr Ovar Lund arrived on Monday. '
        "The deal was close, he said.",
        # a quoted word is no open quote
        'Mr Dorian Kell called the plan "reckless". Mr Ovar Lund disagreed. '
        "The plan was sound, he said.",
        # a quote left open at a paragraph's end does not reach the next paragraph
        'Mr Dorian Kell said: "We are ready.\n\nMr Ovar Lund arrived on Monday. '
        "The deal was close, he said.",
    ],
)
def test_he_after_a_closed_quote_is_the_new_subject(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Ovar Lund" in speakers(facts_of(text))
