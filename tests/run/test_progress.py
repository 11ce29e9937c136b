"""The progress bar: counts inputs for an ETA and reports rates."""

from __future__ import annotations

import io
import json
from pathlib import Path

from kg.run.progress import Progress, estimate_articles
from kg.run.work import Prepared


def _corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("Talks\nLena Marsh met Otto Brandt in Oslo.\n")
    sub = tmp_path / "sub"
    sub.mkdir()
    records = [{"title": f"T{i}", "text": "Envoys met in Vienna."} for i in range(4)]
    (sub / "b.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    (sub / "c.ttl").write_text("<https://x.org/a> <https://x.org/p> 1 .\n")
    return tmp_path


def test_estimate_counts_files_and_jsonl_records_not_rdf(tmp_path: Path) -> None:
    assert estimate_articles([str(_corpus(tmp_path))]) == 5


def test_bar_shows_total_rate_and_words(tmp_path: Path) -> None:
    out = io.StringIO()
    item = Prepared("a.txt", "https://x.org/g", "", events=1, relations=0, words=120)
    with Progress(paths=[str(_corpus(tmp_path))], stream=out) as bar:
        assert bar.wait_for_total(10) == 5
        for _ in range(5):
            bar.step(item)
    text = out.getvalue()
    assert "5/5" in text
    assert "article/s" in text
    assert "words/s" in text
    assert bar.words == 600


def test_disabled_bar_writes_nothing() -> None:
    out = io.StringIO()
    with Progress(enabled=False, stream=out) as bar:
        bar.step()
    assert out.getvalue() == "" and bar.done == 1
