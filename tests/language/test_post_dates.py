"""A time phrase on a post: no part of the title, and whether the post was left."""

from __future__ import annotations

import pytest

from kg.records import RelationType


def posts(facts) -> list[tuple[str, str, str | None, bool]]:  # type: ignore[no-untyped-def]
    names = {a.key: a.name for a in facts.actors}
    return [
        (names[r.subject], names[r.object], r.role, r.current)
        for r in facts.relations
        if r.type is RelationType.AFFILIATION
    ]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Ernst Lindl, Austria's chancellor from 1998 to 2004, has died.",
         ("Ernst Lindl", "Austria", "chancellor", False)),
        ("Ola Berg, Norway's prime minister between 2005 and 2011, testified on Monday.",
         ("Ola Berg", "Norway", "prime minister", False)),
        ("Dario Kos, Slovenia's defence minister until last year, denied the report.",
         ("Dario Kos", "Slovenia", "defence minister", False)),
        ("Rita Mendes, Portugal's ambassador to Spain from 2012 to 2016, wrote the book.",
         ("Rita Mendes", "Portugal", "ambassador to Spain", False)),
        ("Nils Dahl, NATO's secretary-general from 2001 to 2005, urged restraint.",
         ("Nils Dahl", "North Atlantic Treaty Organization", "secretary-general", False)),
        ("Mona Aziz, Egypt's finance minister in the 1980s, was arrested.",
         ("Mona Aziz", "Egypt", "finance minister", False)),
    ],
)  # fmt: skip
def test_a_post_held_over_a_past_range_is_former(facts_of, text: str, post: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    """ "X, Austria's chancellor from 1998 to 2004": a former post titled "chancellor"."""
    assert post in posts(facts_of(text))


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Lea Vogel, Germany's economy minister since 2021, said growth would slow.",
         ("Lea Vogel", "Germany", "economy minister", True)),
        ("Juan Sala, Spain's interior minister since last year, met police chiefs.",
         ("Juan Sala", "Spain", "interior minister", True)),
        ("Marc Roy, France's finance minister until the end of the year, presented the budget.",
         ("Marc Roy", "France", "finance minister", True)),
        ("Ana Pires, Portugal's foreign minister, said on Monday the talks would go on.",
         ("Ana Pires", "Portugal", "foreign minister", True)),
        ("Tom Berg became an honorary professor of the University of Leeds in 2003.",
         ("Tom Berg", "University of Leeds", "honorary professor", True)),
    ],
)  # fmt: skip
def test_a_post_held_since_or_still_ahead_is_current(facts_of, text: str, post: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    """ "since 2021" and "until the end of the year" say the post is held now."""
    assert post in posts(facts_of(text))
