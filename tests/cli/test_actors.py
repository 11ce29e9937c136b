"""`kg actors` on a real on-disk store: list, show, merge, split, rename."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from identity_samples import A1, A2, A3

from kg.cli.main import main
from kg.graph.reconcile import reconcile
from kg.graph.store import open_store
from kg.run.ingest import write_facts


@pytest.fixture()
def store_dir(tmp_path: Path) -> str:
    path = tmp_path / "store"
    store = open_store(str(path))
    for f in (A1, A2, A3):
        write_facts(store, f)
    reconcile(store)
    store.close()
    return str(path)


def test_list_and_show(store_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "list", "--type", "Person", "--min-articles", "2",
                 "--format", "json", "--store", store_dir]) == 0  # fmt: skip
    rows = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in rows] == ["Tom Reyes"]
    assert main(["actors", "show", "Tom Reyes", "--store", store_dir]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Tom Reyes (Person, https://w3id.org/kg/id/person/tom-reyes)")
    assert "Story a1" in out and "Story a3" in out


def test_merge_rename_split(store_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "merge", "Ann Vale", "Vale", "--store", store_dir]) == 0
    assert "merged 'Vale' into 'Ann Vale'" in capsys.readouterr().out
    assert main(["actors", "rename", "Ann Vale", "Ann B. Vale", "--store", store_dir]) == 0
    capsys.readouterr()
    assert main(["who-met", "Ann B. Vale", "--format", "json", "--store", store_dir]) == 0
    partners = {r["name"] for r in json.loads(capsys.readouterr().out)["met"]}
    assert partners == {"Tom Reyes", "Nel Orsk"}
    assert main(["actors", "split", "Ann B. Vale", "Mrs Vale", "--store", store_dir]) == 0
    capsys.readouterr()
    assert main(["who-met", "Ann B. Vale", "--format", "json", "--store", store_dir]) == 0
    assert {r["name"] for r in json.loads(capsys.readouterr().out)["met"]} == {"Tom Reyes"}


def test_mistakes_are_one_line(store_dir: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["actors", "show", "Nobody Here", "--store", store_dir]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kg: error: no actor named 'Nobody Here'") and err.count("\n") == 1
    assert main(["actors", "split", "Tom Reyes", "Zed", "--store", store_dir]) == 1
    assert "no other form 'Zed'" in capsys.readouterr().err
