"""Hostile input, round two (issue 18), through the installed CLI in a subprocess.

Each case: the command finishes (a timeout would be a freeze), exits 0, prints no
traceback and no escape byte, says at most one line on stderr per distinct message, and
writes nothing into the dossier.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import listing
from test_e2e_tmux import TMUX as Tmux_exe
from test_e2e_tmux import launch
from wcwidth import wcswidth

EXE = str(Path(sys.executable).parent / "dossier-tui")
BODY = "انسحاب التحالف الدولي من قاعدة عين الأسد في الأنبار بحلول سبتمبر 2025\n"
FORBIDDEN = "\x1b\x9b\x07\x08\r\x00\u202e\u2067\u2066\u202b"


def cli(*argv: str, env: dict | None = None, timeout: float = 240) -> subprocess.CompletedProcess:
    proc = subprocess.run([EXE, *argv], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {}), "NO_COLOR": "1"})
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == len(set(lines)), proc.stderr  # no message said twice
    assert not any(c in proc.stdout for c in FORBIDDEN)
    return proc


def search_paths(root: Path, query: str, **kw) -> list[str]:
    proc = cli("search", query, "--json", "-d", str(root), **kw)
    assert proc.returncode == 0, proc.stderr
    return [h["path"] for h in json.loads(proc.stdout)["hits"]]


@pytest.mark.parametrize("name, text", [
    ("10 MB line", "كلمة " * 1_110_000 + "الأنبار\n"),
    ("100,000 combining marks", "عنوان\nب" + "\u064e" * 100_000 + " الأنبار\n"),
    ("10,000 bidi isolates", "عنوان\n" + "\u2067ا\u2069\u202bب\u202c " * 10_000 + "الأنبار\n"),
], ids=["10MB-line", "combining", "bidi"])
def test_odd_text_searches_and_shows(make_dossier, name, text):
    root = make_dossier({"odd.txt": text, "plain.txt": BODY})
    before = listing(root)
    assert "odd.txt" in search_paths(root, "الأنبار"), name
    proc = cli("show", "odd.txt", "--width", "60", "-d", str(root))
    assert proc.returncode == 0, proc.stderr
    assert all(wcswidth(line) <= 60 for line in proc.stdout.splitlines()[:2000])
    assert proc.stdout.strip()
    assert listing(root) == before


def test_an_empty_title_line_gives_the_first_line_with_text(make_dossier):
    root = make_dossier({"blank.txt": "\n   \n\t\nالعنوان الحقيقي\n" + BODY, "plain.txt": BODY})
    proc = cli("search", "الأنبار", "--json", "-d", str(root))
    hits = {h["path"]: h for h in json.loads(proc.stdout)["hits"]}
    assert hits["blank.txt"]["title"] == "العنوان الحقيقي"


def test_rtl_and_newline_in_file_names(make_dossier):
    root = make_dossier({"تقرير\u202eelif.txt": BODY, "two\nlines.txt": BODY, "plain.txt": BODY})
    before = listing(root)
    proc = cli("search", "الأنبار", "-d", str(root))
    assert proc.returncode == 0, proc.stderr
    assert "\u202e" not in proc.stdout
    paths = search_paths(root, "الأنبار")
    assert len(paths) == 3
    shown = [p for p in paths if "lines" in p]
    proc = cli("show", shown[0], "--raw", "-d", str(root))  # the id the search gave opens the file
    assert proc.returncode == 0 and "الأنبار" in proc.stdout, proc.stderr
    assert listing(root) == before


def test_a_symlink_loop_in_the_dossier(make_dossier):
    root = make_dossier({"a.txt": BODY, "sub/b.txt": BODY})
    os.symlink(root, root / "sub" / "loop")  # a folder that contains itself
    os.symlink("self.txt", root / "self.txt")  # a file link to itself
    before = listing(root)
    proc = cli("search", "الأنبار", "-d", str(root), timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert sorted(search_paths(root, "الأنبار")) == ["a.txt", "sub/b.txt"]
    assert len(proc.stderr.splitlines()) <= 1  # the self-link, said once
    assert listing(root) == before


def test_no_writable_cache_still_searches_and_says_why(make_dossier, tmp_path):
    root = make_dossier({"a.txt": BODY, "b.txt": "عنوان\nبغداد\n"})
    os.chmod(root, 0o555)  # a read-only dossier (root ignores it: listing() checks instead)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")  # a cache below a file cannot be created, even by root
    env = {"XDG_CACHE_HOME": str(blocked / "cache"), "TMPDIR": str(blocked)}
    try:
        before = listing(root)
        proc = cli("search", "الأنبار", "-d", str(root), env=env)
        assert proc.returncode == 0, proc.stderr
        assert "a.txt" in proc.stdout
        lines = proc.stderr.splitlines()
        assert len(lines) == 1 and "cannot write the index cache" in lines[0]
        assert listing(root) == before
    finally:
        os.chmod(root, 0o755)


# -- the reader, the installed app in tmux ---------------------------------------------------
@pytest.mark.skipif(Tmux_exe is None, reason="tmux is not installed")
def test_reader_opens_and_scrolls_a_megabyte_line(isolated_dirs, make_dossier):
    words = "الأنبار التحالف الدولي قاعدة عين الأسد انسحاب بغداد سبتمبر 2025".split()
    huge = " ".join(words[i % len(words)] for i in range(100_000)) + " نهايةالسطر\n"
    root = make_dossier({"huge.txt": huge, "plain.txt": BODY})
    before = listing(root)
    tmux = launch(str(root), width=100, height=30, timeout=120)
    try:
        tmux.keys("/")
        tmux.keys("نهايةالسطر", literal=True)
        tmux.keys("Enter")
        tmux.wait_for("1 article matches", timeout=120)
        tmux.keys("Enter")
        tmux.wait_for("current mention", timeout=30)  # the reader's legend: it is open
        for _ in range(5):
            tmux.keys("Space")
        tmux.keys("G")
        screen = tmux.wait_for("ﺔﻳﺎﻬﻧ", timeout=30)  # the line's last word, shaped, at the end
        assert "Traceback" not in screen and "\x1b" not in screen
        tmux.keys("g")
        tmux.keys("q")
        tmux.wait_for("EXITED 0", timeout=30)
    finally:
        tmux.close()
    assert listing(root) == before


@pytest.mark.skipif(Tmux_exe is None, reason="tmux is not installed")
def test_reader_without_a_writable_cache_says_so_and_searches(isolated_dirs, make_dossier, tmp_path):
    root = make_dossier({"a.txt": BODY, "b.txt": "عنوان\nبغداد\n"})
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    before = listing(root)
    env = {"XDG_CACHE_HOME": str(blocked / "cache"), "TMPDIR": str(blocked)}
    tmux = launch(str(root), width=120, height=30, env=env, ready=None)
    try:
        screen = tmux.wait_for("cannot write the index cache", timeout=60)  # the status line
        assert "articles" in screen
        tmux.keys("/")
        tmux.keys("بغداد", literal=True)
        tmux.keys("Enter")
        screen = tmux.wait_for("1 article matches", timeout=60)
        assert "Traceback" not in screen
        tmux.keys("q")
        tmux.wait_for("EXITED 0", timeout=30)
    finally:
        tmux.close()
    assert listing(root) == before
