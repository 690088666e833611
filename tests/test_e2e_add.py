"""End to end: `a` in the installed reader adds a page by URL from a local http.server, and
the page is in the list once it is indexed."""

from __future__ import annotations

import pytest
from test_add import NAME, server  # noqa: F401 - the module's http.server fixture
from test_e2e_tmux import TMUX, launch

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")


def test_a_adds_a_page_by_url_and_lists_it(isolated_dirs, make_dossier, server):  # noqa: F811
    root = make_dossier({"note.txt": "Memo\n\nA short note about Erbil.\n"})
    tmux = launch(str(root), width=120, height=32, ready="1 article")
    try:
        tmux.type("Escape", "a")  # from the search box (focused at start) to the list, then a
        tmux.wait_for("Add a web page")
        tmux.keys(f"{server}/missing.html", literal=True)
        tmux.keys("Enter")
        tmux.wait_for("HTTP 404")
        assert sorted(p.name for p in root.iterdir()) == ["note.txt"]
        tmux.type("Escape", "a")
        tmux.wait_for("Add a web page")
        tmux.keys(f"{server}/page.html", literal=True)
        tmux.keys("Enter")
        # indexed: the status names the dossier with its count (not "Added …; indexing…")
        tmux.wait_for(f"{root.name}: 2 articles", timeout=40)
        assert (root / NAME).is_file()
        tmux.keys("/")  # (keys read with / go to the search box: test_e2e_keys)
        tmux.keys("الأنبار", literal=True)
        tmux.keys("Enter")
        tmux.wait_for("1 article matches")
        tmux.keys("q")
        tmux.wait_for("EXITED 0")
    finally:
        tmux.close()
