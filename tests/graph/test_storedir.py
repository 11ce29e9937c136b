"""The store directory: readers never meet the lock, writers and servers do, creation races
end in one store, logs do not pile up, and a store on a read-only disk can be read."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import StoreBusyError, StoreError
from kg.graph import storedir
from kg.graph.store import MARKER, open_store

TRIPLE = "<https://x.org/a> <https://x.org/p> <https://x.org/b> ."
QUERY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True)


def _made(location: Path) -> Path:
    store = open_store(str(location))
    store.replace_graph("https://x.org/g", TRIPLE)
    store.close()
    return location


def test_a_reader_is_not_blocked_by_a_writer_nor_called_one(tmp_path: Path) -> None:
    location = _made(tmp_path / "store")
    writer = open_store(str(location))
    try:
        done = kg("query", QUERY, "--store", str(location), "--format", "csv")
        assert done.returncode == 0 and done.stdout.split() == ["n", "1"], done.stderr
        for command in (["export", "-o", "-"], ["stats"]):
            done = kg(*command, "--store", str(location))
            assert done.returncode == 0 and "busy" not in done.stderr, done.stderr
        second = kg("query", "--update", "DROP ALL", "--store", str(location))
        assert second.returncode == 1
        assert "busy: another kg process is writing" in second.stderr  # a writer, said of a writer
    finally:
        writer.close()


def test_a_writer_is_not_blocked_by_a_reader(tmp_path: Path) -> None:
    location = _made(tmp_path / "store")
    reader = open_store(str(location), read_only=True)
    try:
        writer = open_store(str(location))
        writer.replace_graph("https://x.org/g2", TRIPLE)
        writer.close()
        assert len(reader) == 1  # what it read when it opened
    finally:
        reader.close()
    assert len(open_store(str(location), read_only=True)) == 2


def test_a_read_only_opening_changes_nothing_and_refuses_writes(tmp_path: Path) -> None:
    location = _made(tmp_path / "store")
    before = sorted(p.name for p in location.iterdir())
    store = open_store(str(location), read_only=True)
    with pytest.raises(StoreError, match="opened read-only"):
        store.update("DROP ALL")
    store.close()
    assert sorted(p.name for p in location.iterdir()) == before
    with pytest.raises(StoreError, match="no store"):
        open_store(str(tmp_path / "none"), read_only=True)
    assert not (tmp_path / "none").exists()


def _can_bind_read_only() -> bool:
    if not shutil.which("unshare") or not sys.platform.startswith("linux"):
        return False
    done = subprocess.run(["unshare", "-m", "sh", "-c", "mount --bind / /mnt && "
                           "mount -o remount,bind,ro /mnt"], capture_output=True)  # fmt: skip
    return done.returncode == 0


@pytest.mark.skipif(not _can_bind_read_only(), reason="cannot mount read-only in a namespace")
def test_a_store_on_a_read_only_disk_is_read_and_not_written(tmp_path: Path) -> None:
    location = _made(tmp_path / "store")
    (tmp_path / "x.nt").write_text(TRIPLE.replace("b>", "c>") + "\n")
    script = (f'mount --bind "{location}" "{location}" && '
              f'mount -o remount,bind,ro "{location}" && '
              f'{sys.executable} -m kg query "{QUERY}" --store "{location}" --format csv && '
              f'{sys.executable} -m kg export --format nt -o - --store "{location}" && '
              f'{sys.executable} -m kg ingest "{tmp_path / "x.nt"}" --store "{location}" -q; '
              "echo status=$?")  # fmt: skip
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True)
    lines = done.stdout.splitlines()
    assert lines[:2] == ["n", "1"], done.stderr
    assert TRIPLE in lines  # the export
    assert lines[-1] == "status=1"
    assert done.stderr.count("kg: error:") == 1 and "Traceback" not in done.stderr


def test_old_engine_logs_do_not_pile_up(tmp_path: Path) -> None:
    location = _made(tmp_path / "store")
    for _ in range(8):
        open_store(str(location)).close()
        open_store(str(location), read_only=True).close()
    logs = [p.name for p in location.iterdir() if p.name.startswith("LOG.old.")]
    assert 1 <= len(logs) <= storedir.KEEP_LOGS


def test_stores_created_at_once_by_many_processes_end_as_one(tmp_path: Path) -> None:
    data = tmp_path / "x.nt"
    data.write_text(TRIPLE + "\n")
    location = tmp_path / "new" / "store"
    runs = [subprocess.Popen([sys.executable, "-m", "kg", "ingest", str(data), "--store",
                              str(location), "-q"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(6)]  # fmt: skip
    results = [(run.wait(120), run.stderr.read() if run.stderr else "") for run in runs]
    assert any(status == 0 for status, _ in results), results
    for status, err in results:
        assert status == 0 or "is busy" in err, err  # never "not a kg store"
    assert json.loads((location / MARKER).read_text())["initialised"] is True
    assert len(open_store(str(location), read_only=True)) == 1


def test_leftovers_of_a_creation_are_not_foreign(tmp_path: Path) -> None:
    location = tmp_path / "store"
    location.mkdir()
    (location / storedir.LOCK).touch()
    (location / f".{MARKER}.1234.tmp").write_text("{}")
    open_store(str(location)).close()  # not refused as someone else's directory
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a kg store"):
        open_store(str(tmp_path / "other"))


def test_the_lock_tells_a_server_from_a_writer(tmp_path: Path) -> None:
    location = _made(tmp_path / "store")
    served = storedir.lock(location, shared=True)
    try:
        with pytest.raises(StoreBusyError, match="served by kg serve"):
            open_store(str(location))
        second = storedir.lock(location, shared=True)  # two read-only servers may share it
        assert second is not None
        second.close()
    finally:
        assert served is not None
        served.close()
    writer = open_store(str(location))
    try:
        assert storedir.writer_active(location)
        with pytest.raises(StoreBusyError, match="another kg process is writing"):
            storedir.lock(location, shared=True)
    finally:
        writer.close()
    assert not storedir.writer_active(location)
