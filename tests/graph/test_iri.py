"""IRIs minted from article text: always valid, never an injection, no collisions."""

from __future__ import annotations

from helpers import assert_valid_iri as assert_valid
from hypothesis import given
from hypothesis import strategies as st

from kg.graph.iri import (
    actor_iri,
    article_id_of,
    article_iri,
    extractor_iri,
    fact_iri,
    place_iri,
    safe_segment,
    sentence_iri,
)

HOSTILE = [
    'Jean "The Knife" O\'Brien',
    "<script>alert(1)</script>",
    "Back\\slash \\u0022 name",
    '"""> } } ; DROP ALL ; INSERT DATA { <a:b> <a:c> <a:d> } #',
    "Smiley 😀 👩‍👩‍👧",
    "Москва",
    "\n\t\x00\x1b[2J",
    "..",
    "",
]


def test_hostile_names_give_plain_iris() -> None:
    for name in HOSTILE:
        for iri in (actor_iri(f"person/{name}"), place_iri(name), article_iri(name)):
            assert_valid(str(iri))


def test_names_that_differ_in_letters_never_share_an_iri() -> None:
    names = ["Anna Møller", "Anna Mæller", "Anna Mller", "Москва", "Киев", "北京", "東京"]
    assert len({safe_segment(n) for n in names}) == len(names)


def test_accents_fold_and_safe_names_stay_readable() -> None:
    assert safe_segment("Zürich") == "Zurich"
    assert safe_segment("lena-marsh") == "lena-marsh"
    assert safe_segment("P4+1") == "P4-plus-1"


def test_article_id_round_trips_through_its_iri() -> None:
    assert article_id_of(str(article_iri("a1b2c3d4e5f60718"))) == "a1b2c3d4e5f60718"


@given(st.text(), st.text(), st.integers(0, 10**9))
def test_every_minted_iri_is_valid(kind: str, text: str, n: int) -> None:
    for iri in (
        actor_iri(f"{kind}/{text}"),
        actor_iri(text),
        article_iri(text),
        sentence_iri(text, n),
        fact_iri(kind, text, n, text),
        place_iri(text),
        extractor_iri(text),
    ):
        assert_valid(str(iri))
    assert len(safe_segment(text)) <= 100
