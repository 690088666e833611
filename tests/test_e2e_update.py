"""End to end: the installed reader, started again after the dossier's files changed, lists
and finds exactly what is there now (the index is updated from its manifest)."""

from __future__ import annotations

import os
import shutil
import time

import pytest
from conftest import SEEDS
from test_e2e_tmux import TMUX

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")


def test_started_again_after_an_append_an_add_and_a_delete_it_finds_what_is_there(app, tmp_path):
    root = tmp_path / "d"
    shutil.copytree(SEEDS, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    names = sorted(p.name for p in root.glob("*.txt"))
    a = app(str(root))
    a.wait_for("5 articles")
    a.type("Escape", "q")  # out of the search box, then quit
    a.wait_for("EXITED 0")

    with open(root / names[0], "a", encoding="utf-8") as fh:
        fh.write("\nوقال مسؤول إن الوفد سيزور Zanzibar الأسبوع المقبل.\n")
    later = time.time() + 5
    os.utime(root / names[0], (later, later))
    (root / "zz_new.txt").write_text("Zanzibar delegation\nوصل الوفد إلى Zanzibar في 3 آذار 2026.\n",
                                     encoding="utf-8")
    (root / names[1]).unlink()
    os.utime(root / names[2], (later, later))  # touched, not changed

    b = app(str(root))
    b.wait_for("5 articles")
    b.type("/")
    b.text("Zanzibar")
    b.type("Enter")
    screen = b.wait_for("2 articles match")
    assert "Zanzibar delegation" in screen
    b.type("Escape")
    time.sleep(0.3)
    b.type("/")
    b.text("Zanzibar delegation")
    b.type("Enter")
    b.wait_for("1 article match")
