"""Queries that cannot reach the network, whatever their text says.

SPARQL can fetch: ``SERVICE`` sends a query to another server and ``LOAD``
downloads a document, and Oxigraph does both. kg refuses such queries after
reading them (:mod:`kg.graph.sparql`), and as a second wall runs the engine
where it cannot open a connection at all: a Linux seccomp filter makes
``connect`` (and sending to an address) fail with "network is unreachable".

* :func:`run_offline` runs a function in a thread under that filter: the
  embedded store evaluates every query and update there (the filter belongs to
  those threads alone; the rest of the process is untouched);
* run as a script, this module installs the filter in itself and then executes
  a program, which keeps it for good: ``kg serve`` starts Oxigraph's server
  that way (it may still listen and answer, only not connect out). The script
  also asks the kernel to kill that program when its parent dies, so a killed
  ``kg serve`` never leaves its backend running.

The filter needs Linux on x86-64 or arm64; elsewhere :func:`available` is
False, the textual check still applies and ``kg serve`` says so.

This file imports nothing from kg, so it runs as a script without the package.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import os
import platform
import queue
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_PR_SET_PDEATHSIG = 1
_PR_SET_SECCOMP = 22
_PR_SET_NO_NEW_PRIVS = 38
_SECCOMP_MODE_FILTER = 2
_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
_LD_ABS = 0x20  # BPF_LD | BPF_W | BPF_ABS
_JEQ = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_JGE = 0x35  # BPF_JMP | BPF_JGE | BPF_K
_RET = 0x06  # BPF_RET | BPF_K

# audit arch, and the calls that send to another host: connect, sendto (with an
# address), sendmsg, sendmmsg, io_uring_setup (a way round all of them)
_ARCHES = {
    "x86_64": (0xC000003E, {"connect": 42, "sendto": 44, "sendmsg": 46, "sendmmsg": 307,
                            "io_uring_setup": 425}),
    "aarch64": (0xC00000B7, {"connect": 203, "sendto": 206, "sendmsg": 211, "sendmmsg": 269,
                             "io_uring_setup": 425}),
}  # fmt: skip
_ARCHES["amd64"] = _ARCHES["x86_64"]
_ARCHES["arm64"] = _ARCHES["aarch64"]
_X32_BIT = 0x40000000


class _Instruction(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte),
                ("k", ctypes.c_uint32)]  # fmt: skip


class _Program(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_Instruction))]


Jump = int | str  # a relative offset, or the label of the instruction to jump to


def _program() -> list[tuple[str, int, Jump, Jump, int]] | None:
    """The filter as (label, code, jump-if-true, jump-if-false, k)."""
    found = _ARCHES.get(platform.machine().lower())
    if found is None or not sys.platform.startswith("linux"):
        return None
    arch, calls = found
    address = 16 + 8 * 4  # seccomp_data.args[4]: sendto's destination address
    prog: list[tuple[str, int, Jump, Jump, int]] = [
        ("", _LD_ABS, 0, 0, 4),  # seccomp_data.arch
        ("", _JEQ, 0, "deny", arch),
        ("", _LD_ABS, 0, 0, 0),  # seccomp_data.nr
        ("", _JGE, "deny", 0, _X32_BIT),
    ]
    prog += [("", _JEQ, "deny", 0, calls[name])
             for name in ("connect", "sendmsg", "sendmmsg", "io_uring_setup")]  # fmt: skip
    prog += [
        ("", _JEQ, 0, "allow", calls["sendto"]),
        ("", _LD_ABS, 0, 0, address),
        ("", _JEQ, 0, "deny", 0),
        ("", _LD_ABS, 0, 0, address + 4),
        ("", _JEQ, "allow", "deny", 0),
        ("allow", _RET, 0, 0, _RET_ALLOW),
        ("deny", _RET, 0, 0, _RET_ERRNO | errno.ENETUNREACH),
    ]
    return prog


def _assemble(prog: list[tuple[str, int, Jump, Jump, int]]) -> list[tuple[int, int, int, int]]:
    """Labels to relative jumps.

    >>> _assemble([("", _JEQ, "end", 0, 7), ("", _RET, 0, 0, 1), ("end", _RET, 0, 0, 2)])
    [(21, 1, 0, 7), (6, 0, 0, 1), (6, 0, 0, 2)]
    """
    labels = {label: i for i, (label, *_) in enumerate(prog) if label}
    out = []
    for i, (_, code, jt, jf, k) in enumerate(prog):
        true = labels[jt] - i - 1 if isinstance(jt, str) else jt
        false = labels[jf] - i - 1 if isinstance(jf, str) else jf
        out.append((code, true, false, k))
    return out


@functools.cache
def _libc() -> Any:
    return ctypes.CDLL(None, use_errno=True)


@functools.cache
def _compiled() -> tuple[_Program, Any] | None:
    prog = _program()
    if prog is None:
        return None
    code = _assemble(prog)
    array = (_Instruction * len(code))(*(_Instruction(*ins) for ins in code))
    return _Program(len(code), array), array  # the array must outlive the program


def deny_network() -> None:
    """Forbid the calling thread (and the threads and programs it starts) to
    connect anywhere. Irreversible. Raises OSError where that is impossible."""
    compiled = _compiled()
    if compiled is None:
        raise OSError(errno.ENOSYS, f"no network filter for {sys.platform}/{platform.machine()}")
    fprog = compiled[0]
    libc = _libc()
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"prctl(NO_NEW_PRIVS): {os.strerror(err)}")
    if libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"seccomp: {os.strerror(err)}")


_AVAILABLE: bool | None = None


def available() -> bool:
    """True when :func:`deny_network` works here (tried once, in a throwaway thread)."""
    global _AVAILABLE
    if _AVAILABLE is None:
        result: list[bool] = []

        def probe() -> None:
            try:
                deny_network()
                result.append(True)
            except OSError:
                result.append(False)

        thread = threading.Thread(target=probe, name="kg-offline-probe", daemon=True)
        thread.start()
        thread.join()
        _AVAILABLE = bool(result and result[0])
    return _AVAILABLE


class _Worker:
    """A thread under the filter that runs one call at a time, kept for reuse."""

    def __init__(self) -> None:
        self.jobs: queue.SimpleQueue[tuple[Callable[..., Any], tuple[Any, ...], _Box]] = (
            queue.SimpleQueue()
        )
        threading.Thread(target=self._loop, name="kg-offline", daemon=True).start()

    def _loop(self) -> None:
        if available():
            deny_network()
        while True:
            func, args, box = self.jobs.get()
            try:
                box.value = func(*args)
            except BaseException as exc:
                box.error = exc
            del func, args
            box.done.set()
            del box
            with _LOCK:
                if len(_IDLE) >= _KEEP:
                    return
                _IDLE.append(self)


class _Box:
    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: Any = None
        self.error: BaseException | None = None


_LOCK = threading.Lock()
_IDLE: list[_Worker] = []
_KEEP = 4  # idle workers kept


def run_offline(func: Callable[..., T], *args: Any) -> T:
    """``func(*args)`` in a thread that cannot connect anywhere; its result or its
    exception. The threads are kept and reused; where no filter is available
    they run unfiltered (the textual check in :mod:`kg.graph.safety` still holds)."""
    with _LOCK:
        worker = _IDLE.pop() if _IDLE else None
    if worker is None:
        worker = _Worker()
    box = _Box()
    worker.jobs.put((func, args, box))
    while not box.done.wait(0.5):  # a wait with a timeout lets Ctrl-C through
        pass
    if box.error is not None:
        raise box.error
    return box.value


def _exec(argv: list[str]) -> None:
    """``offline.py PARENT_PID PROGRAM ARGS...``: die with the parent, never
    connect, then become PROGRAM."""
    parent, program = int(argv[0]), argv[1:]
    if sys.platform.startswith("linux"):
        _libc().prctl(_PR_SET_PDEATHSIG, 9, 0, 0, 0)  # SIGKILL when the parent goes
        if os.getppid() != parent:  # it went before we asked
            sys.exit(1)
    if _program() is not None:
        deny_network()
    os.execv(program[0], program)


if __name__ == "__main__":
    _exec(sys.argv[1:])
