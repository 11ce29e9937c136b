"""Posts held "at" a body: the "at" phrase the parser hangs on the name or on "is"
(kg.language.post_at) and the posts "at" names the employer of (kg.language.titles)."""

from __future__ import annotations

import pytest

from tests.helpers import affiliations


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # the parser hangs "at ..." on "is": still the post's
        ("Jo Kidd, who is head of policy at Oxfam, spoke on Monday.", "Jo Kidd", "Oxfam"),
        ("Ravi Patel, who is head of trading at Holm Bank, said shares fell.", "Ravi Patel",
         "Holm Bank"),
        # a former post so told
        ("Jo Kidd, who was head of research at Oxfam, spoke on Monday.", "Jo Kidd", "Oxfam"),
    ],
)  # fmt: skip
def test_a_post_at_a_body_in_a_relative_clause(facts_of, text: str, person: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert (person, body) in affiliations(facts_of(text))


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # "vice-president at X": the parser hangs "at X" on the name
        ("Ann Bell, vice-president at Acme Inc, said sales fell.", "Ann Bell", "Acme Inc"),
        ("Ali Khan, vice-president of research at Leeds University, said funding was short.",
         "Ali Khan", "Leeds University"),
        # a spokesman or a chairman at a body is its own
        ("Tom Ward, a spokesman at the Home Office, said the rules would change.", "Tom Ward",
         "Home Office"),
        ("Mia Lund, chairwoman at Holm Bank, said profits rose.", "Mia Lund", "Holm Bank"),
    ],
)  # fmt: skip
def test_a_post_at_a_body_in_apposition(facts_of, text: str, person: str, body: str) -> None:  # type: ignore[no-untyped-def]
    assert (person, body) in affiliations(facts_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # "at" a time, an event or a place: no employer
        "Ann Bell, chairman at the time, said sales fell.",
        "Ann Bell, a minister, at a meeting in Paris said sales fell.",
        "Jo Kidd, who is head of policy, spoke at Oxfam on Monday.",
    ],
)
def test_at_no_body_no_post(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {b for _, b in affiliations(facts_of(text))} & {"Oxfam", "Paris"}


def test_an_envoy_at_a_body_serves_the_state_that_sends_them(facts_of) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of("Jo Kidd, Chile's ambassador at the UN, said the vote was close.")
    assert ("Jo Kidd", "Chile") in affiliations(facts)
    assert ("Jo Kidd", "United Nations") not in affiliations(facts)
