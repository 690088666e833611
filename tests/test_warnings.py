"""Warnings are values, said once: the installed CLI (subprocess) and the reader (tmux, pilot).

A skipped file, a broken dossier.toml and a broken [entities] section each give one line
naming the file (and line), the first time; an unchanged dossier is then quiet, a query
error stays one line, and --quiet says nothing.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from test_e2e_tmux import TMUX, _installed_exe, launch

from dossier_tui.index.user_files import alias_file

ARTICLE = "خبر عن الأنبار\nوصلت القوات إلى الأنبار في 3 أيلول 2025.\n"


def _dossier(make_dossier) -> Path:
    root = make_dossier({"a.txt": ARTICLE, "b.txt": "خبر آخر\nالفلوجة\n", "empty.txt": "",
                         "bin.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4})
    (root / "dossier.toml").write_text('# meta\n["a.txt"]\ndate = "3/9/2025"\n', encoding="utf-8")
    alias_file().parent.mkdir(parents=True, exist_ok=True)
    alias_file().write_text('[entities]\n"الأنبار" = 3\n', encoding="utf-8")
    return root


def _cli(*argv: str) -> subprocess.CompletedProcess:
    exe = _installed_exe()
    assert exe, "dossier-tui is not installed in this environment"
    return subprocess.run([exe, *argv], capture_output=True, text=True, timeout=120,
                          env=os.environ.copy())


def _warnings(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("dossier-tui: warning:")]


def test_cli_says_each_warning_once_then_is_quiet(make_dossier):
    root = _dossier(make_dossier)
    first = _cli("search", "الأنبار", "-d", str(root))
    assert first.returncode == 0, first.stderr
    said = _warnings(first.stderr)
    assert len(said) == len(set(said)) == len(first.stderr.splitlines())  # never twice
    toml = [w for w in said if "dossier.toml" in w]
    assert len(toml) == 1 and "line 3" in toml[0] and "YYYY-MM-DD" in toml[0]
    aliases = [w for w in said if "aliases.toml" in w]
    assert len(aliases) == 1 and "line 2" in aliases[0] and "الأنبار" in aliases[0]
    assert any("empty.txt" in w for w in said)
    for argv in (("search", "الأنبار"), ("mentions",), ("show", "1"), ("search", "--json", "x")):
        again = _cli(*argv, "-d", str(root))
        assert again.returncode == 0 and again.stderr == "", (argv, again.stderr)  # unchanged: quiet


def test_cli_query_error_is_one_line_and_quiet_silences(make_dossier):
    root = _dossier(make_dossier)
    bad = _cli("search", '"unclosed', "-d", str(root))  # the first command: warnings not said yet
    assert bad.returncode == 2 and len(bad.stderr.splitlines()) == 1, bad.stderr
    quiet = _cli("--quiet", "search", "الأنبار", "-d", str(root))
    assert quiet.returncode == 0 and quiet.stderr == ""
    quiet = _cli("mentions", "-q", "-d", str(root))
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_cli_says_them_again_when_the_dossier_or_a_user_file_changes(make_dossier):
    root = _dossier(make_dossier)
    assert _warnings(_cli("search", "x", "-d", str(root)).stderr)
    (root / "c.txt").write_text("خبر ثالث\nنص\n", encoding="utf-8")
    again = _warnings(_cli("search", "x", "-d", str(root)).stderr)
    assert any("dossier.toml" in w for w in again)  # the dossier changed: told again
    assert _cli("search", "x", "-d", str(root)).stderr == ""
    (root / "dossier.toml").write_text('["a.txt"\n', encoding="utf-8")  # broken differently
    toml = [w for w in _warnings(_cli("search", "x", "-d", str(root)).stderr) if "dossier.toml" in w]
    assert len(toml) == 1 and "line 1" in toml[0]
    index = _cli("index", "-d", str(root))  # asked to index: every warning, said before or not
    assert index.returncode == 0 and len(_warnings(index.stderr)) == len(set(_warnings(index.stderr))) >= 3


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_reader_says_warnings_once_and_lists_them_on_W(make_dossier, isolated_dirs):
    root = _dossier(make_dossier)
    tmux = launch(str(root), width=160, height=40, ready=None)
    try:
        screen = tmux.wait_for("warnings (W lists them): ")  # how many, then the first new one
        assert "⚠" in screen
        tmux.keys("/")
        tmux.keys("الفلوجة", literal=True)
        tmux.keys("Enter")
        screen = tmux.wait_for("1 article matches")
        status = screen.split("1 article matches")[1].splitlines()[0]
        assert "⚠" not in status and "warnings (W lists them)" in status  # counted, not said again
        tmux.type("Escape", "W")  # apart (type pauses): ESC then W at once is read as Alt-W
        screen = tmux.wait_for("Warnings (")
        assert "dossier.toml" in screen and "aliases.toml" in screen and "empty.txt" in screen
        tmux.keys("Escape")
        tmux.wait_gone("Warnings (")
        tmux.keys("q")
        tmux.wait_for("EXITED 0")
    finally:
        tmux.close()


async def test_a_broken_search_alias_is_said_once_in_the_status_line(make_dossier):
    """Pilot detail: the aliases' [search] section is read by the first search, so its
    warning comes with that result, once; later searches only count it."""
    from support import ready
    from textual.widgets import Static

    from dossier_tui.tui.app import DossierApp

    root = make_dossier({"a.txt": ARTICLE, "b.txt": "خبر آخر\nالفلوجة\n"})
    alias_file().parent.mkdir(parents=True, exist_ok=True)
    alias_file().write_text('[search]\n"الأنبار" = 3\n', encoding="utf-8")
    app = DossierApp(root, remember=False)
    async with app.run_test(size=(200, 30)) as pilot:
        await ready(app, pilot)
        status = app.query_one("#status", Static)
        assert "warning" not in str(status.render())
        for n, query in enumerate(("الأنبار", "الفلوجة")):
            app.run_search(query)
            await app.workers.wait_for_complete()
            await pilot.pause()
            shown = str(status.render())
            assert "1 warning (W lists them)" in shown
            assert ("aliases.toml, line 2" in shown) == (n == 0), shown
        assert len(app.workspace.warnings()) == 1
