"""Regions with a government of their own: the names of the government and the
posts that serve it, from words (no parse)."""

from __future__ import annotations

import pytest

from kg.language.regional_governments import government_named, regional_post
from tests.helpers import affiliations, met_pairs, pair


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("the Scottish Government", "Scottish government"),
        ("Scottish government", "Scottish government"),
        ("Scotland's government", "Scottish government"),
        ("Scotland 's government", "Scottish government"),
        ("the government of Scotland", "Scottish government"),
        ("the Scottish Executive", "Scottish government"),
        ("Catalan regional government", "Catalan government"),
        ("the Ontario provincial government", "Ontario government"),
    ],
)
def test_government_named(words: str, name: str) -> None:
    region = government_named(words.split())
    assert region is not None and region.government == name


@pytest.mark.parametrize(
    "words", ["Scottish Parliament", "Scotland", "the Scottish executive board", "Georgia's government",
              "the government of France"]
)  # fmt: skip
def test_no_government_named(words: str) -> None:
    assert government_named(words.split()) is None


@pytest.mark.parametrize(
    ("words", "region", "post"),
    [
        ("Scottish First Minister", "Scotland", "First Minister"),
        ("Scotland 's first minister", "Scotland", "first minister"),
        ("first minister of Wales", "Wales", "first minister"),
        ("Catalan regional president", "Catalonia", "regional president"),
        ("Quebec Premier", "Quebec", "Premier"),
        ("Welsh Health Minister", "Wales", "Health Minister"),
        ("New South Wales Premier", "New South Wales", "Premier"),
        ("Scottish minister", "Scotland", "minister"),
        ("Northern Ireland finance minister", "Northern Ireland", "finance minister"),
        ("Ontario minister", "Ontario", "minister"),
    ],
)
def test_regional_post(words: str, region: str, post: str) -> None:
    found = regional_post(words.split())
    assert found is not None and (found[0].name, found[1]) == (region, post)


@pytest.mark.parametrize(
    "words",
    ["Scottish MP", "Scottish Secretary", "Welsh shadow health secretary", "London mayor",
     "Georgia Governor", "Scottish businessman", "Scottish president", "UK Scotland minister",
     "Quebec - born finance minister", "California - based secretary", "Northern Ireland minister",
     "Wales minister"],
)  # fmt: skip
def test_no_regional_post(words: str) -> None:
    assert regional_post(words.split()) is None


@pytest.mark.parametrize(
    "text",
    [
        "Quebec-born finance minister Ann Vale met Tom Hale in Paris.",
        "California-based secretary Ann Vale met Tom Hale in Paris.",
        "Northern Ireland minister Ann Vale met Tom Hale in London.",
    ],
)
def test_no_regional_government_for_the_title(facts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    facts = facts_of(text)
    assert pair("Ann Vale", "Tom Hale") in met_pairs(facts)
    assert not {b for _, b in affiliations(facts) if "government" in b}


def test_the_quick_check_covers_every_government_and_post_word() -> None:
    from kg.language import regional_governments as rg

    words = rg.GOVERNMENT_HEADS | rg._POST_NOUNS
    assert all(any(stem in w for stem in rg._HEAD_STEMS) for w in words)
