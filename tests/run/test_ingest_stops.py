"""An ingest stops cleanly: on a full disk, a refused write, SIGTERM; odd file names go in."""

from __future__ import annotations

import errno
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.cli.main import main
from kg.config import Settings
from kg.graph.store import open_store
from kg.run.ingest import IngestReport, ingest
from kg.run.work import Failed, Prepared

EX = "https://example.org/"
COUNT = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/kg/ontology#Article> }"
NAMES = ["Lena Marsh", "Otto Brandt", "Ana Silva", "Ines Duarte", "Karl Holm", "Mira Novak"]


def _news(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True)
    for n in range(count):
        a, b = NAMES[n % 6], NAMES[(n + 1) % 6]
        (folder / f"{n:03d}.txt").write_text(
            f"Talks, round {n}\nForeign Minister {a} met Chancellor {b} in Oslo on Monday.\n"
            f'"We agreed on round {n}," {a} told reporters.\n'
        )
    return folder


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def kg(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          **kwargs)  # fmt: skip


def _stored(store: Path) -> int:
    done = kg("query", COUNT, "--store", str(store), "--format", "csv")
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[1])


# -- a real full disk: a small tmpfs in a mount namespace of its own -------------------


def _can_mount() -> bool:
    if not shutil.which("unshare") or not sys.platform.startswith("linux"):
        return False
    done = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"],
                          capture_output=True)  # fmt: skip
    return done.returncode == 0


DRIVER = """
set -e
mount -t tmpfs -o size=4m tmpfs "$MNT"
"$PY" -m kg ingest "$NEWS/000.txt" --store "$MNT/store" -q > /dev/null
free=$(df -k --output=avail "$MNT" | tail -1)
dd if=/dev/zero of="$MNT/ballast" bs=1k count=$((free - 300)) 2> /dev/null
set +e
"$PY" -m kg -v ingest "$NEWS" --store "$MNT/store" -q > "$OUT/full.out" 2> "$OUT/full.err"
echo $? > "$OUT/full.status"
"$PY" -m kg query "$COUNT" --store "$MNT/store" --format csv > "$OUT/query.out" 2>&1
rm "$MNT/ballast"
"$PY" -m kg ingest "$NEWS" --store "$MNT/store" -q > "$OUT/again.out" 2>&1
echo $? > "$OUT/again.status"
"$PY" -m kg query "$COUNT" --store "$MNT/store" --format csv > "$OUT/final.out" 2>&1
"""


@pytest.mark.skipif(not _can_mount(), reason="cannot mount a tmpfs in a namespace here")
def test_a_full_disk_stops_the_ingest_with_its_summary_and_a_rerun_finishes(
    tmp_path: Path,
) -> None:
    news = _news(tmp_path / "news", 40)
    (tmp_path / "mnt").mkdir()
    env = {**os.environ, "MNT": str(tmp_path / "mnt"), "NEWS": str(news), "OUT": str(tmp_path),
           "PY": sys.executable, "COUNT": COUNT}  # fmt: skip
    done = subprocess.run(["unshare", "-m", "sh", "-c", DRIVER], env=env, capture_output=True,
                          text=True, timeout=900)  # fmt: skip
    assert done.returncode == 0, done.stderr
    out, err = (tmp_path / "full.out").read_text(), (tmp_path / "full.err").read_text()
    assert (tmp_path / "full.status").read_text().strip() == "1", err
    stored = int(re.match(r"(\d+) article\(s\) ingested", out).group(1))  # type: ignore[union-attr]
    assert "stopped early: store" in out and "No space left on device" in out
    assert "run the same command again" in out and "Traceback" not in err
    log = err.splitlines()
    stop = next(i for i, line in enumerate(log) if "stopping:" in line)
    assert sum("kg.run.ingest: stored" in line for line in log) == stored
    assert not any("kg.run.ingest: stored" in line for line in log[stop:])  # nothing after
    unstored = [line for line in log if line.startswith("not stored ")]
    assert unstored and stored + len(unstored) < 39  # parsing stopped: most was never read
    # the store stays readable on the full disk, with exactly what was stored
    assert (tmp_path / "query.out").read_text().split() == ["n", str(stored + 1)]
    # space again: the same command carries on, and nothing is lost or doubled
    assert (tmp_path / "again.status").read_text().strip() == "0"
    assert f"{stored + 1} unchanged" in (tmp_path / "again.out").read_text()
    assert (tmp_path / "final.out").read_text().split() == ["n", "40"]


# -- an injected storage error: the store's own engine raises ENOSPC --------------------


class _Refusing:
    """A pyoxigraph store that runs out of space after ``room`` writes."""

    def __init__(self, inner: Any, room: int, *, at_flush: bool = False) -> None:
        self.inner, self.room, self.at_flush = inner, room, at_flush

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def _write(self) -> None:
        self.room -= 1
        if self.room < 0:
            raise OSError(errno.ENOSPC, "IO error: No space left on device")

    def load(self, *args: Any, **kwargs: Any) -> Any:
        if not self.at_flush:
            self._write()
        return self.inner.load(*args, **kwargs)

    def update(self, *args: Any, **kwargs: Any) -> Any:
        if not self.at_flush:
            self._write()
        return self.inner.update(*args, **kwargs)

    def flush(self) -> Any:
        if self.at_flush:
            raise OSError(errno.EACCES, "IO error: Permission denied")
        return self.inner.flush()


def _prepared(pulled: list[int], count: int) -> Any:
    def make(articles: Iterable[Any]) -> Iterator[Prepared | Failed]:
        for n in range(count):
            pulled.append(n)
            yield Prepared(f"a{n}.txt", f"{EX}g{n}", f'<{EX}a{n}> <{EX}p> "{n}" .', 1, 0, 5)

    return make


def test_a_refused_write_stops_parsing_at_once_and_writes_nothing_half(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "store"))
    store._store = _Refusing(store._store, room=5)  # type: ignore[attr-defined]
    pulled: list[int] = []
    report = ingest([], store, Settings(), prepared=_prepared(pulled, 1000))
    assert report.ingested == 5 and report.stopped and "No space left" in report.stopped
    assert len(pulled) < 100  # the producer stopped; it did not prepare all 1000
    assert report.unstored[0] == "a5.txt" and report.exit_status() == 1
    assert not report.read_all and "remaining inputs were not read" in report.summary()
    assert len(store.graphs()) == 5  # the refused graph is not there, not even in part
    store._store = store._store.inner  # type: ignore[attr-defined]
    store.close()


def test_write_permission_lost_at_a_flush_stops_with_the_summary(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "store"))
    store._store = _Refusing(store._store, room=0, at_flush=True)  # type: ignore[attr-defined]
    report = IngestReport()
    ingest([], store, Settings(), prepared=_prepared([], 3), report=report)
    assert report.ingested == 3 and report.stopped and "Permission denied" in report.stopped
    assert report.read_all and "every input was read" in report.summary()
    store._store = store._store.inner  # type: ignore[attr-defined]
    store.close()


# -- signals, names, messages ----------------------------------------------------


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_sigterm_stops_an_ingest_as_ctrl_c_does(tmp_path: Path, sig: signal.Signals) -> None:
    # enough articles that the run cannot end between the first "stored" line and
    # the signal, even on a loaded machine
    news = _news(tmp_path / "news", 400)
    store = tmp_path / "store"
    # a shell that starts the tests in the background hands them SIGINT ignored, and
    # Python keeps that; Ctrl-C reaches a foreground process with the default action
    proc = subprocess.Popen([sys.executable, "-m", "kg", "-v", "ingest", str(news), "--store",
                             str(store), "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, preexec_fn=_default_sigint)  # fmt: skip
    assert proc.stderr is not None
    for line in proc.stderr:
        if "kg.run.ingest: stored" in line:
            break
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 130, err
    assert err.rstrip().endswith("kg: interrupted") and "Traceback" not in err
    stored = int(re.match(r"(\d+) article\(s\) ingested", out).group(1))  # type: ignore[union-attr]
    assert "interrupted: the articles above are stored" in out
    assert _stored(store) == stored >= 1
    again = kg("ingest", str(news), "--store", str(store), "-q")
    assert again.returncode == 0 and f"{stored} unchanged" in again.stdout
    assert _stored(store) == 400


def test_a_file_name_that_is_not_utf8_is_ingested_and_printed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    latin1 = os.fsdecode(bytes(folder) + b"/caf\xe9.txt")
    Path(latin1).write_text("Talks\nForeign Minister Lena Marsh met Otto Brandt in Oslo.\n")
    Path(os.fsdecode(bytes(folder) + b"/caf\xe9.nt")).write_text(f"<{EX}a> <{EX}p> <{EX}b> .\n")
    Path(os.fsdecode(bytes(folder) + b"/\xff.png")).write_bytes(b"\x89PNG")
    store = tmp_path / "store"
    done = kg("ingest", str(folder), "--store", str(store), "-q")
    assert done.returncode == 4, done.stderr  # the picture is skipped, the rest stored
    assert done.stdout.startswith("1 article(s) ingested, 1 RDF file(s) loaded, 1 skipped")
    assert "\\xff.png" in done.stderr and "surrogates" not in done.stderr
    found = kg("query", "SELECT ?s WHERE { ?a <https://w3id.org/kg/ontology#source> ?s }",
               "--store", str(store), "--format", "csv")  # fmt: skip
    assert found.stdout.split()[1].endswith("caf\\xe9.txt")


def test_a_failed_article_is_reported_once(tmp_path: Path) -> None:
    (tmp_path / "bad.ttl").write_text("<a> <b> .")
    done = kg("ingest", str(tmp_path / "bad.ttl"), "--store", str(tmp_path / "store"), "-q")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("failed  "), done.stderr
    assert done.stderr.count("bad.ttl") == 2  # the file, and the parser's own position in it


def test_every_interruption_leaves_a_readable_store(tmp_path: Path) -> None:
    """A stop (full disk, a signal) never leaves the store unopenable for reading."""
    store = open_store(str(tmp_path / "store"))
    store._store = _Refusing(store._store, room=1)  # type: ignore[attr-defined]
    ingest([], store, Settings(), prepared=_prepared([], 10))
    store._store = store._store.inner  # type: ignore[attr-defined]
    store.close()
    assert main(["query", COUNT, "--store", str(tmp_path / "store")]) == 0
