"""End to end: `a` in the installed reader adds a page by URL from a local http.server, and
the page is in the list once it is indexed."""

from __future__ import annotations

import os
import time

import pytest
from test_add import NAME, server  # noqa: F401 - the module's http.server fixture
from test_e2e_tmux import TMUX, Tmux, _installed_exe

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")


def test_a_adds_a_page_by_url_and_lists_it(isolated_dirs, make_dossier, server):  # noqa: F811
    exe = _installed_exe()
    assert exe, "dossier-tui is not installed in this environment"
    root = make_dossier({"note.txt": "Memo\n\nA short note about Erbil.\n"})
    env = {k: os.environ[k] for k in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")}
    env.update(TERM="xterm-256color", LANG="C.UTF-8")
    tmux = Tmux(["env", "-u", "COLUMNS", "-u", "LINES", exe, str(root)], env)
    try:
        tmux.wait_for("1 article")
        tmux.keys("Escape")  # from the search box (focused at start) to the list
        time.sleep(0.5)  # a key right after ESC would be read as Alt+key
        tmux.keys("a")
        tmux.wait_for("Add a web page")
        tmux.keys(f"{server}/missing.html", literal=True)
        tmux.keys("Enter")
        tmux.wait_for("HTTP 404")
        assert sorted(p.name for p in root.iterdir()) == ["note.txt"]
        tmux.keys("Escape")
        time.sleep(0.5)
        tmux.keys("a")
        tmux.wait_for("Add a web page")
        tmux.keys(f"{server}/page.html", literal=True)
        tmux.keys("Enter")
        tmux.wait_for("2 articles", timeout=40)
        assert (root / NAME).is_file()
        time.sleep(1.0)  # the checked list replaces the early one
        tmux.keys("/")
        tmux.keys("الأنبار", literal=True)
        tmux.keys("Enter")
        tmux.wait_for("1 article matches")
        tmux.keys("q")
        tmux.wait_for("EXITED 0")
    finally:
        tmux.close()
