"""benchmarks/audit.py: a fixed seed draws the same facts, ids hold no text, score counts.

The store is built by the real ``kg ingest`` from two articles written for this test.
"""

from __future__ import annotations

import doctest
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = {
    "a.txt": (
        "Varga and Lind meet in Vienna\n\n"
        "Foreign Minister Anna Varga of Hungary met Prime Minister Tomas Lind of Sweden "
        "in Vienna on Monday. Varga criticised Lind's plan for a border tax. "
        '"We will not accept this tax," Varga said. Lind praised Hungary for its help '
        "with the energy talks. Hungary and Sweden signed a trade agreement on Tuesday.\n"
    ),
    "b.txt": (
        "Ruiz visits Oslo\n\n"
        "Finance Minister Ana Ruiz of Portugal visited Norway on Friday and held talks with "
        "Norwegian Prime Minister Erik Dahl. Dahl accused Portugal of blocking the fisheries "
        'deal. "The deal is good for both countries," Ruiz told reporters. Portugal, a member '
        "of NATO, backed the Norwegian plan.\n"
    ),
}
JUDGEMENT_LINE = re.compile(r"[a-z-]+\t[0-9a-f]{12}\t(ok|wrong)\t[a-z0-9-]*")


def load_audit() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kg_audit", ROOT / "benchmarks" / "audit.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["kg_audit"] = module
    spec.loader.exec_module(module)
    return module


audit = load_audit()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two articles ingested into a store, and a sample of 2 facts per question."""
    base = tmp_path_factory.mktemp("audit")
    folder = base / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    paths = {"dir": folder, "store": base / "store", "sample": base / "sample.jsonl"}
    assert audit.main(["sample", str(folder), "--store", str(paths["store"]), "--n", "2",
                       "--seed", "7", "--out", str(paths["sample"])]) == 0  # fmt: skip
    return paths


def sample_again(corpus: dict[str, Path], seed: int, out: Path) -> list[dict]:
    argv = ["sample", str(corpus["dir"]), "--store", str(corpus["store"]), "--n", "2",
            "--seed", str(seed), "--out", str(out), "--no-ingest"]  # fmt: skip
    assert audit.main(argv) == 0
    return audit.read_sample(out)[1]


def test_the_same_seed_draws_the_same_facts(corpus: dict[str, Path], tmp_path: Path) -> None:
    meta, first = audit.read_sample(corpus["sample"])
    again = sample_again(corpus, 7, tmp_path / "again.jsonl")
    assert [i["fact_id"] for i in again] == [i["fact_id"] for i in first]
    assert all(re.fullmatch(r"[0-9a-f]{12}", i["fact_id"]) for i in first)
    answered = {question for question, rows in meta["rows"].items() if rows}
    assert {i["question"] for i in first} == set(audit.shipped_questions()) & answered
    for question, rows in meta["rows"].items():
        assert sum(i["question"] == question for i in first) == min(2, rows)


def test_another_seed_draws_other_facts(corpus: dict[str, Path], tmp_path: Path) -> None:
    meta, _ = audit.read_sample(corpus["sample"])
    larger = [q for q, rows in meta["rows"].items() if rows > 2]
    assert larger, meta  # the articles give some question more than 2 rows
    picks = {
        frozenset(i["fact_id"] for i in sample_again(corpus, seed, tmp_path / f"{seed}.jsonl")
                  if i["question"] in larger)
        for seed in range(1, 6)
    }  # fmt: skip
    assert len(picks) > 1


def test_draw_ignores_row_order_and_confidence() -> None:
    rows = [{"subjectName": f"A{i}", "objectName": "B", "confidence": "0.9"} for i in range(50)]
    picked = audit.draw("conflicts", rows, 5, seed=3)
    shuffled = [dict(r, confidence="0.5") for r in reversed(rows)]
    assert [p["fact_id"] for p in audit.draw("conflicts", shuffled, 5, seed=3)] == [
        p["fact_id"] for p in picked
    ]
    assert len({p["fact_id"] for p in picked}) == 5
    assert audit.draw("conflicts", rows, 5, seed=4) != picked


def test_judge_records_ids_and_verdicts_only(corpus: dict[str, Path], tmp_path: Path) -> None:
    _, items = audit.read_sample(corpus["sample"])
    verdicts = tmp_path / "verdicts.txt"
    verdicts.write_text("1 ok\n2 wrong not-a-meeting  # a note that stays out\n3 ok\n")
    out = tmp_path / "judged.tsv"
    assert audit.main(["judge", str(corpus["sample"]), "--out", str(out),
                       "--verdicts", str(verdicts)]) == 0  # fmt: skip
    lines = out.read_text().splitlines()
    body = [line for line in lines if not line.startswith("#")][1:]
    assert [line.split("\t")[1] for line in body] == [i["fact_id"] for i in items[:3]]
    assert all(JUDGEMENT_LINE.fullmatch(line) for line in body), body
    assert body[1].endswith("\twrong\tnot-a-meeting")
    text = out.read_text()
    assert "note" not in text
    assert not any(i["row"]["evidence"][:20] in text for i in items)


def test_score_gives_precision_per_question(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "j.tsv"
    path.write_text(
        "# a comment\nquestion\tfact_id\tverdict\terror\n"
        "conflicts\t000000000001\tok\t\n"
        "conflicts\t000000000002\tok\n"
        "conflicts\t000000000003\twrong\tnot-conflict\n"
        "conflicts\t000000000004\tok\t\n"
        "who-met-whom\t000000000005\twrong\tplace-as-actor\n"
        "who-met-whom\t000000000006\twrong\tplace-as-actor\n"
    )
    _, judged = audit.read_judgements(path)
    table = audit.precision(judged)
    assert (table["conflicts"]["ok"], table["conflicts"]["judged"]) == (3, 4)
    assert table["conflicts"]["precision"] == 0.75
    assert table["who-met-whom"]["precision"] == 0.0
    assert table["who-met-whom"]["errors"] == {"place-as-actor": 2}
    assert table["all"]["precision"] == 0.5
    assert audit.main(["score", str(path)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"conflicts\s+4\s+3\s+1\s+0\.75", out)
    assert re.search(r"all\s+6\s+3\s+3\s+0\.50", out)


@pytest.mark.parametrize(
    "line",
    [
        "conflicts\t000000000001\tmaybe\t",  # not a verdict
        "conflicts\t000000000001\twrong\tthe sentence says otherwise",  # text, not a code
        "conflicts\tnot-an-id\tok\t",
        "conflicts\t000000000001",
    ],
)
def test_judgement_files_refuse_anything_but_ids_and_codes(tmp_path: Path, line: str) -> None:
    path = tmp_path / "j.tsv"
    path.write_text(line + "\n")
    with pytest.raises(audit.AuditError):
        audit.read_judgements(path)


def test_samples_stay_out_of_the_project(corpus: dict[str, Path]) -> None:
    inside = ROOT / "benchmarks" / "audit" / "sample.jsonl"
    argv = ["sample", str(corpus["dir"]), "--store", str(corpus["store"]), "--out", str(inside),
            "--no-ingest"]  # fmt: skip
    assert audit.main(argv) == 1
    assert not inside.exists()


def test_committed_judgements_hold_ids_and_verdicts_only() -> None:
    files = sorted((ROOT / "benchmarks" / "audit").glob("*.tsv"))
    assert files
    for path in files:
        _, judged = audit.read_judgements(path)
        assert judged, path
        body = [line for line in path.read_text().splitlines() if not line.startswith("#")]
        assert all(JUDGEMENT_LINE.fullmatch(line) for line in body[1:]), path


def test_doctests() -> None:
    assert doctest.testmod(audit).failed == 0
