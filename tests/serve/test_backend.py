"""The engine behind kg serve heals, and its troubles stay with the query that caused them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from conftest import oxigraph_binary
from serving import ENDLESS, HUNGRY, SIMPLE, ask, make_store, server

from kg.errors import StoreBusyError
from kg.graph.store import open_store

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    oxigraph_binary()
    return make_store(tmp_path_factory.mktemp("backend"), triples=3000)


def _engine_pids(parent: int) -> list[int]:
    """The oxigraph processes started by ``parent``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/cmdline", "rb") as cmd:
                command = cmd.read()
        except OSError:
            continue
        if int(fields[1]) == parent and b"oxigraph" in command and fields[0] != "Z":
            found.append(int(entry))
    return found


class Bystanders:
    """Clients asking simple questions, counting the answers they get."""

    def __init__(self, url: str, clients: int = 3) -> None:
        self.url, self.statuses = url, Counter[int]()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run) for _ in range(clients)]

    def _run(self) -> None:
        while not self._stop.is_set():
            status, _, _ = ask(self.url, SIMPLE, timeout=120)
            self.statuses[status] += 1

    def __enter__(self) -> Bystanders:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(180)


def test_a_killed_engine_is_restarted_and_nobody_sees_it(store: Path) -> None:
    with server(store) as url, Bystanders(url) as crowd:
        for _ in range(3):
            time.sleep(0.5)
            for pid in _engine_pids(os.getpid()):
                os.kill(pid, signal.SIGKILL)
        time.sleep(1.5)
        assert ask(url, "ASK { ?s ?p ?o }")[0] == 200
    assert crowd.statuses and set(crowd.statuses) == {200}, crowd.statuses


def test_a_query_that_eats_memory_is_stopped_alone(store: Path) -> None:
    with server(store, memory_mb=300) as url, Bystanders(url) as crowd:
        status, _, body = ask(url, HUNGRY)
        assert status == 503 and b"needed more than 300 MB of memory" in body
    assert crowd.statuses and set(crowd.statuses) == {200}, crowd.statuses


def test_a_query_that_overruns_its_time_is_stopped_alone(store: Path) -> None:
    with server(store, timeout=3.0) as url, Bystanders(url) as crowd:
        started = time.monotonic()
        status, _, body = ask(url, ENDLESS)
        assert status == 503 and b"3 s timeout" in body
        assert time.monotonic() - started < 30
    assert crowd.statuses and set(crowd.statuses) == {200}, crowd.statuses


def test_a_killed_front_takes_its_engine_along(store: Path) -> None:
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store),
                                "--port", "0"], stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert process.stdout is not None and "SPARQL endpoint" in process.stdout.readline()
        engines = _engine_pids(process.pid)
        assert len(engines) == 1
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    deadline = time.monotonic() + 10
    while os.path.exists(f"/proc/{engines[0]}") and _running(engines[0]):
        assert time.monotonic() < deadline, "the engine outlived kg serve"
        time.sleep(0.1)


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_read_only_server_and_a_local_writer_exclude_each_other(store: Path) -> None:
    with server(store) as url:
        done = subprocess.run([sys.executable, "-m", "kg", "query", "--update", "--store",
                               str(store), "INSERT DATA { <http://x.org/a> <http://x.org/b> 1 }"],
                              capture_output=True, text=True)  # fmt: skip
        assert done.returncode == 1 and "is being served by kg serve (read-only)" in done.stderr
        assert (
            ask(url, "ASK { <http://x.org/a> <http://x.org/b> 1 }")[2]
            == b'{"head":{},"boolean":false}'
        )
        # readers are never in the way
        done = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(store),
                               "--format", "json", "ASK { ?s ?p ?o }"],
                              capture_output=True, text=True)  # fmt: skip
        assert done.returncode == 0 and json.loads(done.stdout)["boolean"] is True
    writer = open_store(str(store))
    try:
        with pytest.raises(StoreBusyError, match="another kg process is writing"), server(store):
            pass
    finally:
        writer.close()
