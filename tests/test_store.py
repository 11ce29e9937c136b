from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.store import MARKER, open_store

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
