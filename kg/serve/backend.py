"""The query engine behind ``kg serve``: Oxigraph's server, supervised.

The ``oxigraph`` program runs on the store directory on a private loopback
port, started through :mod:`kg.graph.offline`, so it can never connect out
(no ``SERVICE``, no ``LOAD``, whatever got past the front) and is killed by the
kernel if ``kg serve`` itself dies, even by ``SIGKILL``.

One supervisor thread owns the process and is the only one that starts it
(the kernel's parent-death signal follows the thread that started a child).
It restarts the engine when it

* **dies** (a crash, the out-of-memory killer, someone's ``kill``);
* **stops answering**: a health query every few seconds; three misses in a row;
* **grows past** ``memory_mb`` of resident memory: one runaway query (a
  cartesian product sorted, say) would otherwise take the machine; the longest
  running query in flight is blamed for it;
* or a request asks: a query that overran its time (Oxigraph checks its own
  timeout only between results, so an aggregate over a huge join runs on), or
  one whose connection broke while the engine no longer answers.

Requests never see the gap: :meth:`Backend.acquire` waits until the engine is
up, and :mod:`kg.serve.forward` runs a read again on the fresh engine when the
old one went away under it. Which query brought the engine down is not always
known (a memory blow-up or a crash hits every query in flight), so the queries
caught in such a loss run again **in quarantine**, one at a time: the engine
going down again while one of them runs there names the culprit, which alone
is answered 503; the others get their answers, only a little later.
"""

from __future__ import annotations

import itertools
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from kg.errors import ConfigError, StoreBusyError, StoreError
from kg.graph import offline

log = logging.getLogger(__name__)

HEALTH_EVERY = 5.0  # seconds between health queries
HEALTH_MISSES = 3  # misses in a row before a restart
START_SECONDS = 60.0


@dataclass(frozen=True)
class EngineOptions:
    store: Path
    writable: bool = False
    timeout: float = 30.0
    memory_mb: int = 2048


class Unavailable(Exception):
    """The engine is not answering and did not come back in time."""


@dataclass
class Call:
    """A request in flight on the engine."""

    started: float
    generation: int
    isolated: bool = False  # run in quarantine (see Backend.quarantine)
    stopped: str = ""  # why the engine was stopped because of this call, if it was
    key: int = field(default_factory=itertools.count().__next__)


def oxigraph_binary() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise ConfigError("kg serve needs Oxigraph's server: pip install 'kg[serve]' (or oxigraph)")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def resident_mb(pid: int) -> float:
    """Resident memory of a process in MiB (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/statm") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class Backend:
    """The supervised Oxigraph server."""

    def __init__(self, options: EngineOptions) -> None:
        self.options = options
        self.url = ""
        self.generation = 0
        self.restarts = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._cond = threading.Condition()
        self._ready = False
        self._wanted: str | None = None  # why a restart was asked for
        self._closing = False
        self._calls: dict[int, Call] = {}
        self._known: set[int] = set()  # generations stopped for a known cause
        self.quarantine = threading.Lock()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._supervise, name="kg-engine", daemon=True)
        self._health = threading.Thread(target=self._check_health, name="kg-health", daemon=True)

    # -- life ------------------------------------------------------------------
    def start(self) -> None:
        """Start the engine and its supervisor; return once it answers."""
        self._thread.start()
        with self._cond:
            while not self._ready and self._error is None:
                self._cond.wait()
        if self._error is not None:
            raise self._error
        self._health.start()

    def close(self) -> None:
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join(30)
        self._stop()

    def _supervise(self) -> None:
        try:
            self._spawn()
        except BaseException as exc:
            with self._cond:
                self._error = exc
                self._cond.notify_all()
            return
        while True:
            with self._cond:
                self._cond.wait(0.2)
                if self._closing:
                    return
                why = self._wanted
            why = why or self._trouble()
            if why is None:
                continue
            log.warning("restarting the query engine: %s", why)
            with self._cond:
                self._ready = False
                self._wanted = None
            self._stop()
            self._respawn()

    def _respawn(self) -> None:
        delay = 0.5
        while not self._closing:
            try:
                self._spawn()
                self.restarts += 1
                return
            except (StoreError, OSError) as exc:
                log.error("the query engine did not start again (%s); retrying", exc)
                time.sleep(delay)
                delay = min(delay * 2, 10.0)

    def _trouble(self) -> str | None:
        """Why the running engine must go, or None."""
        process = self._process
        if process is None:
            return "it is not running"
        code = process.poll()
        if code is not None:
            return f"it exited ({code})"
        used = resident_mb(process.pid)
        if used > self.options.memory_mb:
            self._blame(f"the query needed more than {self.options.memory_mb:,} MB of memory")
            return f"it used {used:,.0f} MB, over the {self.options.memory_mb:,} MB limit"
        return None

    def _spawn(self) -> None:
        port = free_port()
        mode = "serve" if self.options.writable else "serve-read-only"
        command = [oxigraph_binary(), mode, "--location", str(self.options.store),
                   "--bind", f"127.0.0.1:{port}", "--union-default-graph",
                   "--timeout-s", str(max(1, int(self.options.timeout)))]  # fmt: skip
        launcher = [sys.executable, "-I", "-S", offline.__file__, str(os.getpid())]
        # the engine's messages go to a file: a pipe nobody reads would make it
        # fail on its first message once the pipe is full or closed
        with tempfile.TemporaryFile() as errors:
            process = subprocess.Popen([*launcher, *command], stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, stderr=errors)  # fmt: skip
            self._wait_until_up(process, port, errors)

    def _wait_until_up(
        self, process: subprocess.Popen[bytes], port: int, errors: IO[bytes]
    ) -> None:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if process.poll() is not None:
                errors.seek(0)
                err = errors.read(4000).decode("utf-8", "replace")
                message = " ".join(err.split())[:300]
                if "lock" in message.lower():
                    raise StoreBusyError(f"store {self.options.store} is busy: {message}")
                raise StoreError(
                    f"the Oxigraph server could not open {self.options.store}: {message}"
                )
            if _answers(url, timeout=2):
                with self._cond:
                    self._process, self.url = process, url
                    self.generation += 1
                    self._ready = True
                    self._cond.notify_all()
                return
            time.sleep(0.05)
        process.kill()
        process.wait()
        raise StoreError(f"the Oxigraph server did not start within {START_SECONDS:g} s")

    def _stop(self) -> None:
        process = self._process
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def _check_health(self) -> None:
        misses = 0
        while not self._closing:
            time.sleep(HEALTH_EVERY)
            with self._cond:
                ready, url, generation = self._ready, self.url, self.generation
            if not ready:
                misses = 0
                continue
            misses = 0 if _answers(url, timeout=HEALTH_EVERY * 2) else misses + 1
            if misses >= HEALTH_MISSES:
                self.restart(generation, f"it missed {misses} health checks")
                misses = 0

    # -- requests ----------------------------------------------------------------
    def acquire(self, wait: float) -> tuple[str, int]:
        """The engine's URL and generation, once it is up (waiting at most ``wait`` s)."""
        deadline = time.monotonic() + wait
        with self._cond:
            while not self._ready or self._wanted:  # not the engine about to be replaced
                left = deadline - time.monotonic()
                if left <= 0 or self._closing:
                    raise Unavailable("the query engine is restarting; try again in a moment")
                self._cond.wait(min(left, 0.5))
            return self.url, self.generation

    def restart(self, generation: int, why: str, *, known: bool = False) -> None:
        """Ask for a restart, unless the engine was restarted since ``generation``;
        ``known``: the request asking is the cause (it overran its time), so the
        others in flight are bystanders and simply run again."""
        with self._cond:
            if generation == self.generation and self._ready and self._wanted is None:
                if known:
                    self._known.add(generation)
                self._wanted = why
                self._cond.notify_all()

    def known_cause(self, generation: int) -> bool:
        """True when the engine of ``generation`` was stopped by a request that knew
        it was the cause."""
        with self._cond:
            return generation in self._known

    def suspect(self, generation: int) -> None:
        """A request failed on the engine of ``generation``: have it replaced
        unless it is alive and answering (the next :meth:`acquire` then waits
        for the replacement)."""
        with self._cond:
            if generation != self.generation or not self._ready or self._wanted:
                return  # already being replaced
            process, url = self._process, self.url
        if process is not None and process.poll() is not None:
            self.restart(generation, f"it exited ({process.returncode})")
        elif not _answers(url, timeout=2):
            self.restart(generation, "it stopped answering")

    def begin(self, generation: int, *, isolated: bool = False) -> Call:
        call = Call(time.monotonic(), generation, isolated)
        with self._cond:
            self._calls[call.key] = call
        return call

    def end(self, call: Call) -> None:
        with self._cond:
            self._calls.pop(call.key, None)

    def _blame(self, why: str) -> None:
        """The engine must go because of a query: the one in quarantine, if it has
        been running longest (otherwise nobody can tell yet)."""
        with self._cond:
            mine = [c for c in self._calls.values() if c.generation == self.generation]
            oldest = min(mine, key=lambda c: c.started) if mine else None
            if oldest is not None and oldest.isolated:
                oldest.stopped = why


def _answers(url: str, *, timeout: float) -> bool:
    try:
        urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=timeout).close()
    except OSError:
        return False
    return True
