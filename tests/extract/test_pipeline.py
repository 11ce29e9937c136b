"""The article pipeline: chunking, the real spaCy pipeline on any text, failures contained."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.extract import EXTRACTORS, Context
from kg.extract.pipeline import (
    BATCH_CHARS,
    CHUNK_CHARS,
    batches,
    chunks,
    pipe_batch_size,
    process,
    process_safely,
)
from kg.extract.registry import Registry
from kg.graph.rdf import article_graph
from kg.read.article_text import article_from_text
from kg.records import Article, ArticleFacts, Fact

SENTENCE = "Foreign Minister Lena Marsh met Chancellor Otto Brandt in Oslo on Monday."


@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=300), st.integers(4, 40))
def test_chunks_cover_the_text_within_the_limit(text: str, limit: int) -> None:
    pieces = chunks(text, limit)
    for offset, piece in pieces:
        assert 0 < len(piece) <= limit
        assert text[offset : offset + len(piece)] == piece
    assert [o for o, _ in pieces] == sorted(o for o, _ in pieces)
    assert "".join(p for _, p in pieces).replace(" ", "").replace("\n", "") == text.replace(
        " ", ""
    ).replace("\n", "")


def test_long_text_without_punctuation_or_line_breaks_is_cut_at_spaces() -> None:
    text = " ".join(["word"] * 25_000)  # 124,999 characters, one "sentence"
    pieces = chunks(text)
    assert len(pieces) == 7 and all(len(p) <= CHUNK_CHARS for _, p in pieces)
    assert all(p.startswith("word") and p.endswith("word") for _, p in pieces)


_WORDS = st.sampled_from(
    ["met", "Chancellor", "Otto", "Brandt", "Lena", "Marsh", "said", "Iran", "U.S.", "EU", "the",
     '"', "'s", "(", ")", ".", ",", "\n", "-", "President", "Minister", "of", "with", "in", "Oslo",
     "NATO", "criticised", "on", "Monday", "#", "@", "former", "will", "not", "he", "told", "—",
     "“", "”", "Mr.", "P5+1", "😀", "<b>", '"""', "\\", "Москва"]
)  # fmt: skip
_ANY_TEXT = st.text(max_size=200) | st.lists(_WORDS | st.text(max_size=3), max_size=40).map(
    " ".join
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ANY_TEXT)
def test_the_real_pipeline_takes_any_text(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from helpers import assert_valid_iri
    from rdflib import Graph, URIRef
    from rdflib.compare import isomorphic

    try:
        article = article_from_text(text, source="any.txt", title="Any")
    except InputError:
        return
    [facts] = list(process(nlp, [article]))  # an exception here is an extraction bug
    for s in facts.sentences:  # a headline's offsets count in the headline
        assert s.text == (article.title if s.headline else article.text)[s.start : s.end]
    assert [s.index for s in facts.sentences] == list(range(len(facts.sentences)))
    graph = article_graph(facts)
    for term in {t for triple in graph for t in triple}:
        if isinstance(term, URIRef) and "/kg/id/" in str(term):
            assert_valid_iri(str(term))
    back = Graph().parse(data=graph.serialize(format="nt"), format="nt")
    assert isomorphic(back, graph)


def _breaks_on(word: str) -> Registry:
    """The real extractors plus one that fails on articles containing ``word``."""
    registry = Registry()
    for extractor in EXTRACTORS:
        registry.add(extractor.name, extractor.func, version=extractor.version)

    def fragile(ctx: Context) -> Iterator[Fact]:
        if word in ctx.doc.text:
            raise ValueError(f"cannot handle {word!r}")
        yield from ()

    registry.add("fragile", fragile)
    return registry


def test_an_article_that_breaks_an_extractor_fails_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        article_from_text(f"{SENTENCE} Number {n}.", source=f"{n}.txt", title=f"T{n}")
        for n in ("one", "two", "three")
    ]
    got = list(
        process_safely(nlp, articles, failed=lambda s, r: (s, r), registry=_breaks_on("two"))
    )
    assert isinstance(got[0], ArticleFacts) and got[0].events
    assert got[1] == ("two.txt", "extraction failed: extractor fragile/v1 failed on two.txt: "
                                 "cannot handle 'two'")  # fmt: skip
    assert isinstance(got[2], ArticleFacts) and got[2].article.source == "three.txt"


def test_without_a_failure_handler_errors_propagate(nlp) -> None:  # type: ignore[no-untyped-def]
    article = article_from_text(SENTENCE, source="x.txt", title="T")
    with pytest.raises(Exception, match="cannot handle"):
        list(process_safely(nlp, [article], failed=None, registry=_breaks_on("Oslo")))


def test_a_long_article_is_parsed_in_pieces_with_true_offsets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "\n\n".join(f"{SENTENCE} Paragraph {n}." for n in range(300))  # ~28,000 chars
    article = Article(id="long", title="Long", text=text, source="long.txt")
    [facts] = list(process(nlp, [article]))
    assert len(chunks(text)) == 2
    *body, head = facts.sentences  # the headline is read too, numbered last
    assert len(body) == 600 and not any(s.headline for s in body)
    assert all(s.text == text[s.start : s.end] for s in body)
    assert (head.index, head.headline, head.text, head.start, head.end) == (600, True, "Long", 0, 4)
    assert sum(1 for e in facts.events if e.kind == "Meeting") == 300


def _story(n: int, chars: int) -> Article:
    text = (f"{SENTENCE} " * (chars // len(SENTENCE) + 1))[:chars]
    return Article(id=f"s{n}", title=f"Story {n}", text=text, source=f"s{n}.txt")


@given(st.lists(st.integers(1, 5_000), max_size=60), st.integers(1, 16), st.integers(100, 8_000))
def test_batches_keep_order_and_stay_within_the_caps(lengths: list[int], size: int,
                                                     cap: int) -> None:  # fmt: skip
    articles = [Article(str(n), "", "x" * k, f"{n}.txt") for n, k in enumerate(lengths)]
    got = list(batches(articles, size, max_chars=cap))
    assert [a.id for b in got for a in b] == [a.id for a in articles]
    for batch in got:
        assert 1 <= len(batch) <= size
        assert len(batch) == 1 or sum(len(a.text) for a in batch) <= cap


def test_batches_of_ordinary_stories_fill_up_to_the_batch_size() -> None:
    stories = [_story(n, 1_900) for n in range(40)]  # about 300 words each
    assert [len(b) for b in batches(stories, 16)] == [16, 16, 8]
    assert all(sum(len(a.text) for a in b) <= BATCH_CHARS for b in batches(stories, 16))


def test_long_stories_go_fewer_at_a_time_and_an_over_long_one_alone() -> None:
    stories = [_story(0, 9_000), _story(1, 9_000), _story(2, 9_000), _story(3, 9_000),
               _story(4, BATCH_CHARS + 5_000), _story(5, 1_000)]  # fmt: skip
    got = [[a.id for a in b] for b in batches(stories, 16)]
    assert got == [["s0", "s1", "s2"], ["s3"], ["s4"], ["s5"]]
    assert pipe_batch_size([stories[4]], 16) * CHUNK_CHARS <= BATCH_CHARS
    assert pipe_batch_size(stories[:3], 16) == 16


def test_an_article_over_the_batch_cap_is_parsed_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "\n\n".join(f"{SENTENCE} Paragraph {n}." for n in range(500))  # ~46,000 chars
    assert len(text) > BATCH_CHARS
    articles = [Article(id="long", title="Long", text=text, source="long.txt"),
                article_from_text(SENTENCE, source="short.txt", title="Short")]  # fmt: skip
    long, short = list(process(nlp, articles))
    body = [s for s in long.sentences if not s.headline]
    assert long.article.id == "long" and len(body) == 1_000 and len(long.sentences) == 1_001
    assert all(s.text == text[s.start : s.end] for s in body)
    assert sum(1 for e in long.events if e.kind == "Meeting") == 500
    assert short.article.source == "short.txt" and short.events
