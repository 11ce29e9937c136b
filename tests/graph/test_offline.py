"""The network filter: a thread, or a program, that cannot connect anywhere."""

from __future__ import annotations

import errno
import os
import signal
import socket
import subprocess
import sys
import time

import pytest
from reach import listening

from kg.graph import offline

pytestmark = pytest.mark.skipif(
    not offline.available(), reason="no seccomp network filter on this system"
)


def _connect(port: int) -> str:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except OSError as exc:
        return errno.errorcode.get(exc.errno or 0, str(exc))
    return "connected"


def test_a_filtered_thread_cannot_connect_and_the_rest_of_the_process_can() -> None:
    with listening() as listener:
        assert offline.run_offline(_connect, listener.port) == "ENETUNREACH"
        assert listener.connections == []
        assert _connect(listener.port) == "connected"  # the filter stayed in its thread


def test_results_and_errors_come_back_from_the_filtered_thread() -> None:
    assert offline.run_offline(sum, [1, 2, 3]) == 6
    with pytest.raises(ZeroDivisionError):
        offline.run_offline(divmod, 1, 0)


def test_a_program_started_through_the_script_cannot_connect() -> None:
    with listening() as listener:
        probe = ("import socket\n"
                 f"try: socket.create_connection(('127.0.0.1', {listener.port}), timeout=2)\n"
                 "except OSError as e: print(e.errno)\n"
                 "else: print('connected')\n")  # fmt: skip
        done = subprocess.run([sys.executable, offline.__file__, str(os.getpid()),
                               sys.executable, "-c", probe],
                              capture_output=True, text=True, timeout=60)  # fmt: skip
        assert done.stdout.strip() == str(errno.ENETUNREACH), done.stderr
        assert listener.connections == []


def test_a_program_started_through_the_script_dies_with_its_parent(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pid_file = tmp_path / "child.pid"
    parent = (
        "import os, subprocess, sys, time\n"
        f"child = subprocess.Popen([sys.executable, {offline.__file__!r}, str(os.getpid()), "
        f"sys.executable, '-c', 'import time; time.sleep(120)'])\n"
        f"open({str(pid_file)!r}, 'w').write(str(child.pid))\n"
        "time.sleep(120)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", parent])
    deadline = time.monotonic() + 30
    while not pid_file.exists() or not pid_file.read_text():
        assert time.monotonic() < deadline, "the parent never started its child"
        time.sleep(0.05)
    child = int(pid_file.read_text())
    time.sleep(0.3)  # let the child reach its exec
    process.send_signal(signal.SIGKILL)  # no chance to clean up
    process.wait(10)
    deadline = time.monotonic() + 10
    while _alive(child):
        assert time.monotonic() < deadline, "the child outlived its killed parent"
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return False
