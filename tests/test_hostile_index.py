"""Faults in our own cache must cost the user nothing: kills mid-write, two instances at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import listing

from dossier_tui.index.loader import load_dossier
from dossier_tui.index.search import search
from dossier_tui.index.store import DossierIndex, index_home

N = 600
WORDS = ["بغداد", "الأنبار", "أربيل", "التحالف", "القوات", "سبتمبر", "انسحاب", "قاعدة", "الحكومة"]


def _big_dossier(tmp_path) -> Path:
    root = tmp_path / "big"
    root.mkdir()
    for i in range(N):
        body = " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(300))
        (root / f"{i:04d}.txt").write_text(f"مقال رقم {i}\n{body} وثيقة{i}\n", encoding="utf-8")
    return root


def _cli(*argv: str) -> list[str]:
    return [sys.executable, "-m", "dossier_tui", *argv]


def _complete(root: Path) -> None:
    ix = DossierIndex(load_dossier(root))
    ix.update()
    assert ix.ix.doc_count() == N
    assert [h.path for h in search(ix, f"وثيقة{N - 1}").hits] == [f"{N - 1:04d}.txt"]


def _processes_on(root) -> list[int]:
    """Processes whose command line names ``root`` (Linux /proc; empty elsewhere)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if str(root).encode() in cmdline and int(entry.name) != os.getpid():
            found.append(int(entry.name))
    return found


def test_index_killed_mid_build_then_rerun_is_complete(tmp_path):
    root = _big_dossier(tmp_path)
    home = index_home(root.resolve())
    proc = subprocess.Popen(_cli("index", "-d", str(root)), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=os.environ.copy(), cwd=tmp_path)
    deadline = time.monotonic() + 30
    while not any(home.glob("gen-*")):  # the build has started writing its generation
        if proc.poll() is not None or time.monotonic() > deadline:
            break
        time.sleep(0.005)
    time.sleep(0.2)
    killed = proc.poll() is None
    assert killed, "the build finished before it could be killed: make the dossier bigger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # its worker processes (Whoosh's writer, extraction) die with it, not linger holding the lock
    deadline = time.monotonic() + 10
    while _processes_on(root) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _processes_on(root)
    if killed:
        # A killed first build never became live.
        assert not (home / "CURRENT").exists() or any(home.glob("gen-*/meta.json"))
    _complete(root)


def test_two_instances_index_and_search_at_once(tmp_path):
    root = _big_dossier(tmp_path)
    before = listing(root)
    env = os.environ.copy()
    indexer = subprocess.Popen(_cli("index", "--rebuild", "-d", str(root)),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                               cwd=tmp_path)
    time.sleep(0.2)
    searcher = subprocess.run(_cli("search", "وثيقة7", "--json", "-d", str(root)),
                              capture_output=True, text=True, env=env, timeout=120,
                              cwd=tmp_path)
    out, err = indexer.communicate(timeout=120)
    assert indexer.returncode == 0, err
    assert searcher.returncode == 0, searcher.stderr
    assert [h["path"] for h in json.loads(searcher.stdout)["hits"]] == ["0007.txt"]
    assert listing(root) == before
    _complete(root)


@pytest.mark.parametrize("schema", ["0.0", None])
def test_index_from_an_older_schema_is_rebuilt(make_dossier, schema):
    root = make_dossier({"a.txt": "بغداد"})
    ix = DossierIndex(load_dossier(root))
    ix.update()
    meta = ix.location / "meta.json"
    data = json.loads(meta.read_text())
    data["schema"] = schema
    meta.write_text(json.dumps(data))
    ix2 = DossierIndex(load_dossier(root))
    report = ix2.update()
    assert report.rebuilt and "format changed" in report.reason
    assert search(ix2, "بغداد").total == 1
