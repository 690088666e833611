"""A writer lock per dossier index that can say which process holds it.

Whoosh's own lock only says "locked"; a user running two instances wants to know
who is busy and for how long we waited.
"""

from __future__ import annotations

import fcntl
import os
import signal
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from .errors import DossierError


class IndexBusyError(DossierError):
    pass


# Worker processes forked during a build (Whoosh's writer, mention extraction) inherit
# the lock's descriptor, and a flock lives as long as any copy of it: if the parent were
# killed they would hold the index hostage. Children close their copy and die with us.
_HELD: set[int] = set()
_LIBC = None  # loaded by the first writer (ctypes costs 1 ms at start-up; readers never fork)


def _load_libc() -> None:
    global _LIBC
    if _LIBC is None and sys.platform.startswith("linux"):
        try:
            import ctypes

            _LIBC = ctypes.CDLL(None)
        except (ImportError, OSError):
            pass


def _after_fork_in_child() -> None:
    for fd in list(_HELD):
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD.clear()
    if _LIBC is not None:
        try:
            _LIBC.prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
        except Exception:  # noqa: BLE001 - best effort, never break a child
            pass


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


@contextmanager
def write_lock(home: Path, timeout: float = 30.0, poll: float = 0.1):
    """Hold ``home/writer.lock`` exclusively; wait up to ``timeout`` seconds for it."""
    path = home / "writer.lock"
    _load_libc()
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _read_holder(fd)
                    raise IndexBusyError(
                        f"the index of this dossier is being updated by another dossier-tui"
                        f"{f' (pid {holder})' if holder else ''}; waited {timeout:.0f} s — try again"
                        f" when it has finished"
                    ) from None
                time.sleep(poll)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        _HELD.add(fd)
        yield
    finally:
        _HELD.discard(fd)
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


def _read_holder(fd: int) -> str:
    try:
        data = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return data if data.isdigit() else ""
