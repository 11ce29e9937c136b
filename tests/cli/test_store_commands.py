"""The commands over the store, called as functions (the command line runs
them in tests/cli/test_main.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from kg.cli.store_commands import cmd_export, export_bytes, export_formats
from kg.graph.store import open_store


def test_every_export_format_has_bytes_and_a_suffix() -> None:
    store = open_store("memory")
    store.update(
        "INSERT DATA { GRAPH <https://x.org/g> { <https://x.org/a> <https://x.org/p> 'v' } }"
    )
    assert {"turtle", "trig", "graphml", "gexf"} <= set(export_formats())
    turtle, suffix = export_bytes(store, "turtle")
    assert suffix == ".ttl" and b"https://x.org/a" in turtle
    graphml, suffix = export_bytes(store, "graphml")
    assert suffix == ".graphml" and graphml.lstrip().startswith(b"<?xml")


@pytest.mark.parametrize("fmt", ["turtle", "nquads"])
def test_export_writes_the_default_file(tmp_path: Path, monkeypatch, fmt: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    store = tmp_path / "s"
    open_store(store).close()
    args = argparse.Namespace(store=str(store), format=fmt, output=None)
    assert cmd_export(args) == 0
    written = list((tmp_path / "exports").iterdir())
    assert [p.name.startswith("kg.") for p in written] == [True]
