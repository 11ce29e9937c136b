"""The titles each actor is given and the actor each token names: sentences written
for these tests."""

from __future__ import annotations

from kg.language.actor_tokens import collect_titles, map_tokens
from kg.language.actors import resolve_actors
from kg.language.article_actors import ArticleActors
from kg.language.mentions import find_mentions


def _actors(nlp, text: str) -> tuple[list[str], ArticleActors]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [t.text for t in doc], resolve_actors(doc, find_mentions(doc), scope="t")


def _key(actors: ArticleActors, name: str) -> str:
    return next(k for k, a in actors.actors.items() if a.name == name)


def test_a_title_word_names_its_holder_and_is_collected(nlp) -> None:  # type: ignore[no-untyped-def]
    words, actors = _actors(nlp, "Foreign Minister Ann Vale met Tom Reyes in Lima on Monday.")
    vale = _key(actors, "Ann Vale")
    assert actors.by_token[words.index("Minister")] == vale
    assert actors.by_token[words.index("Tom")] == _key(actors, "Tom Reyes")
    assert "foreign minister" in actors.titles[vale]


def test_the_two_steps_rebuild_what_resolve_actors_left(nlp) -> None:  # type: ignore[no-untyped-def]
    _, actors = _actors(nlp, "Ann Vale, the foreign minister, met Tom Reyes in Lima.")
    again = ArticleActors(mentions=actors.mentions, by_mention=actors.by_mention)
    collect_titles(again)
    map_tokens(again)
    assert again.by_token == actors.by_token and again.titles == actors.titles
    assert again.by_token  # (something to compare)
