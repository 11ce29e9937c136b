"""The index of gendered pronouns answers what asking every mention of the article
did (kg.language.pronoun_index, for coref_cues.referred_as): sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.language.agreement import pronoun_gender
from kg.language.coref_cues import referred_as
from kg.language.coref_state import CorefState
from kg.language.mentions import find_mentions

TEXTS = [
    "Kim Rollo met Ed Ray on Monday. She said he was wrong. Ray said she had erred. "
    '"He is wrong," Rollo said of Tom Vale. Vale said his plan stood. Her aide disagreed.',
    "Mr Dan Okoro spoke first. Later Ms Ada Lin replied. He said her plan failed, "
    "and she said his did. Okoro and Lin met again; they said their talks went well.",
    'Ann Lee arrived. "She will not stay," he said. Lee said she would stay, '
    "and her husband Ben Lee said he agreed with her.",
]


def _walked(state: CorefState, key: str, before: int) -> str:
    """What ``referred_as`` answered before the index: every mention of the article."""
    found = {
        pronoun_gender(p.text) or ""
        for p in state.mentions
        if p.start < before
        and p.kind == "pronoun"
        and state.linked.get(p.id) == key
        and not state.in_quote(p.start)
    } - {""}
    return found.pop() if len(found) == 1 else ""


@pytest.mark.parametrize("text", TEXTS)
def test_referred_as_answers_as_the_walk_over_every_mention(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from kg.language.actors import resolve_actors

    doc = nlp(text)
    actors = resolve_actors(doc, find_mentions(doc))
    links = dict(actors.by_mention)
    state = CorefState(doc, actors.mentions, links, lambda entry: entry.key)
    people = sorted({k for k in links.values() if k.startswith("person/")})
    assert people and any(m.kind == "pronoun" and m.id in links for m in actors.mentions)
    answers = set()
    # (as the walk asks: many keys for one position, then the next position)
    for before in range(len(doc) + 1):
        for key in people:
            assert referred_as(state, key, before) == _walked(state, key, before)
            answers.add(referred_as(state, key, before))
    assert answers & {"m", "f"}
    # a link made after a question is seen by the next one (the walk's links grow)
    pronoun = next(m for m in actors.mentions if m.kind == "pronoun" and pronoun_gender(m.text))
    before = len(doc)
    for key in people:
        referred_as(state, key, before)
    for key in people:
        links[pronoun.id] = key
        assert referred_as(state, key, before) == _walked(state, key, before)
        del links[pronoun.id]
        assert referred_as(state, key, before) == _walked(state, key, before)
