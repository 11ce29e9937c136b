"""One article's unit of work: facts parsed in spaCy memory zones are the same facts,
and the words the zones saw do not stay in the vocabulary."""

from __future__ import annotations

import platform

import pytest

from kg.read.article_text import article_from_text
from kg.records import Article
from kg.run.work import Failed, _malloc_trim, extract_in_zones, give_back_memory, prepare

TEXTS = [
    "Foreign Minister Zorana Pelk met Chancellor Ilmar Dovre in Tallinn on Monday.",
    "Dovre later spoke by phone with President Aiko Brandvold about grain exports.",
    "Estonia criticised Latvia over fishing quotas, Pelk said.",
    "Brandvold and Pelk signed an agreement on power lines in Riga.",
]


def _articles(texts: list[str]) -> list[Article]:
    return [article_from_text(t, source=f"z{i}.txt", title=f"Zone {i}")
            for i, t in enumerate(texts)]  # fmt: skip


def test_memory_zones_give_the_same_facts(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.pipeline import process_safely

    plain = [prepare(f).ntriples for f in process_safely(nlp, _articles(TEXTS), failed=Failed)]
    zoned = [prepare(f).ntriples for f in extract_in_zones(nlp, _articles(TEXTS), every=3)]
    assert zoned == plain and any("Zorana Pelk" in text for text in plain)


def test_words_seen_in_a_zone_leave_the_vocabulary(nlp) -> None:  # type: ignore[no-untyped-def]
    before = len(nlp.vocab.strings)
    renamed = [t.replace("Pelk", "Pelkonen-Vaarsi") for t in TEXTS]
    facts = list(extract_in_zones(nlp, _articles(renamed), every=1))
    assert any("Pelkonen-Vaarsi" in prepare(f).ntriples for f in facts)
    assert len(nlp.vocab.strings) == before
    assert "Pelkonen-Vaarsi" not in nlp.vocab.strings


def test_a_long_run_parses_with_a_fresh_pipeline_every_so_many_articles(nlp) -> None:  # type: ignore[no-untyped-def]
    from conftest import MODEL

    from kg.extract.pipeline import process_safely
    from kg.language.nlp import load_pipeline
    from kg.run.work import extract_recycled

    plain = [prepare(f).ntriples for f in process_safely(nlp, _articles(TEXTS), failed=Failed)]
    seen: list[object] = []
    for facts in extract_recycled(MODEL, _articles(TEXTS), every=2):
        seen.append(load_pipeline(MODEL))  # the pipeline parsing this chunk (kept alive)
        assert facts.article.title.startswith("Zone")
    assert [
        prepare(f).ntriples for f in extract_recycled(MODEL, _articles(TEXTS), every=2)
    ] == plain
    assert seen[0] is seen[1] and seen[2] is seen[3] and seen[0] is not seen[2]  # one per chunk
    assert load_pipeline.cache_info().currsize == 0  # let go at the end


def test_a_chunk_parses_with_its_pipeline_set_aside_from_the_collector(nlp) -> None:  # type: ignore[no-untyped-def]
    import gc

    from conftest import MODEL

    from kg.run.work import extract_recycled

    frozen: list[int] = []
    facts = []
    for item in extract_recycled(MODEL, _articles(TEXTS), every=3):
        frozen.append(gc.get_freeze_count())
        facts.append(item)
    assert all(n > 10_000 for n in frozen)  # the pipeline and gazetteers, while parsing
    assert gc.get_freeze_count() == 0  # handed back when the run ends
    plain = [prepare(f).ntriples for f in extract_in_zones(nlp, _articles(TEXTS), every=4)]
    assert [prepare(f).ntriples for f in facts] == plain


def test_a_run_stopped_early_hands_everything_back_to_the_collector() -> None:
    import gc

    from conftest import MODEL

    from kg.run.work import extract_recycled

    run = extract_recycled(MODEL, _articles(TEXTS), every=2)
    next(run)
    assert gc.get_freeze_count() > 0
    run.close()
    assert gc.get_freeze_count() == 0


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_free_memory_is_given_back_with_glibc() -> None:
    assert _malloc_trim() is not None
    give_back_memory()  # returns the arenas' free pages; nothing to see but no error
