from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.graph.store import MARKER, open_store

TRIPLE = "<https://x.org/a> <https://x.org/p> <https://x.org/b> ."


def test_replace_graph_replaces_whole_graph() -> None:
    store = open_store("memory")
    store.replace_graph(
        "https://x.org/g1", TRIPLE + "\n<https://x.org/a> <https://x.org/p> <https://x.org/c> ."
    )
    store.replace_graph("https://x.org/g1", TRIPLE)
    assert len(store) == 1
    assert store.graphs() == ["https://x.org/g1"]


def test_disk_store_persists_and_is_marked(tmp_path: Path) -> None:
    location = tmp_path / "store"
    store = open_store(str(location))
    store.replace_graph("https://x.org/g1", TRIPLE)
    store.close()
    assert (location / MARKER).exists()
    again = open_store(str(location), create=False)
    assert len(again) == 1
    again.close()


def test_foreign_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "precious.txt").write_text("do not touch")
    with pytest.raises(StoreError, match="not a kg store"):
        open_store(str(tmp_path))
    assert (tmp_path / "precious.txt").read_text() == "do not touch"


def test_missing_store_for_reading_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        open_store(str(tmp_path / "none"), create=False)


def _snapshot(folder: Path) -> dict[str, bytes]:
    """The data files of a folder (RocksDB's own LOG of the failed open aside)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.name != "LOCK" and not p.name.startswith("LOG")}  # fmt: skip


def _made_store(location: Path) -> None:
    store = open_store(str(location))
    store.replace_graph("https://x.org/g1", TRIPLE)
    store.close()


@pytest.mark.parametrize("create", [True, False])
def test_a_corrupt_store_is_reported_and_left_alone(tmp_path: Path, create: bool) -> None:
    location = tmp_path / "store"
    _made_store(location)
    (location / "CURRENT").write_text("garbage\n")
    before = _snapshot(location)
    with pytest.raises(StoreError, match=r"store .* is damaged \(Corruption"):
        open_store(str(location), create=create)
    assert _snapshot(location) == before


def test_a_store_whose_database_went_missing_is_not_recreated(tmp_path: Path) -> None:
    location = tmp_path / "store"
    _made_store(location)
    for path in location.iterdir():
        if path.name != MARKER:
            path.unlink()
    with pytest.raises(StoreError, match="damaged: its database files are missing"):
        open_store(str(location))
    assert [p.name for p in location.iterdir()] == [MARKER]


def test_a_damaged_mark_is_reported(tmp_path: Path) -> None:
    location = tmp_path / "store"
    _made_store(location)
    (location / MARKER).write_text("{not json")
    with pytest.raises(StoreError, match=f"damaged: unreadable {MARKER}"):
        open_store(str(location))
    (location / MARKER).write_text('{"kg_store_format": 99}')
    with pytest.raises(StoreError, match="has format 99"):
        open_store(str(location))


def test_the_mark_is_written_before_the_database(tmp_path: Path) -> None:
    location = tmp_path / "store"
    _made_store(location)
    assert json.loads((location / MARKER).read_text()) == {
        "kg_store_format": 1,
        "initialised": True,
    }
    # A run killed between the mark and the database leaves only the mark: that
    # store opens, and is marked as initialised once its database exists.
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    (fresh / MARKER).write_text('{"kg_store_format": 1, "initialised": false}')
    open_store(str(fresh)).close()
    assert json.loads((fresh / MARKER).read_text())["initialised"] is True


def test_a_store_location_inside_a_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot use store"):
        open_store(str(tmp_path / "file" / "store"))
    with pytest.raises(StoreError, match="is a file, not a directory"):
        open_store(str(tmp_path / "file"))


@pytest.mark.parametrize("command", [["ingest", "x.txt"], ["query", "who-met-whom"], ["stats"]])
def test_the_cli_reports_foreign_and_damaged_stores_in_one_line(
    tmp_path: Path, command: list[str]
) -> None:
    (tmp_path / "x.txt").write_text("Talks\nLena Marsh met Otto Brandt in Oslo.")
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "precious.txt").write_text("do not touch")
    damaged = tmp_path / "damaged"
    _made_store(damaged)
    (damaged / "CURRENT").write_text("garbage\n")
    for store, message in (
        (foreign, "is not empty and is not a kg store"),
        (damaged, "is damaged"),
    ):
        before = _snapshot(store)
        done = subprocess.run([sys.executable, "-m", "kg", *command, "--store", str(store)],
                              capture_output=True, text=True, cwd=tmp_path)  # fmt: skip
        assert done.returncode == 1
        assert done.stderr.startswith("kg: error: ") and done.stderr.count("\n") == 1
        assert message in done.stderr
        assert _snapshot(store) == before
