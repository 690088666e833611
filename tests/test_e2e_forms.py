"""End to end: forms the issue 19 sweeps added, as the installed `dossier-tui` shows them in
a real terminal (tmux): an English dateline resolves a relative date (t), a currency sign,
a count that looks like a year and spoken numbers are figures with their units (f), and a
street named by a day is no date."""

from __future__ import annotations

import os
import time

import pytest
from test_e2e_tmux import TMUX, Tmux, _installed_exe

from dossier_tui.index.layout.engine import layout_paragraph

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")

ARTICLE = (
    "الحكومة تعلن موازنة الطوارئ\n\n"
    "Published: March 14, 2025\n\n"
    "أعلنت الحكومة أمس تخصيص $500 مليون لإعادة الإعمار، وقال الوزير إن الحقل ينتج 2000 برميل يوميا.\n\n"
    "وقال قائد ميداني في مقابلة: في عندنا تلات آلاف جندي هناك.\n\n"
    "وتجمع المحتجون في شارع 14 رمضان منذ 7 أكتوبر.\n"
)


def shaped(text: str) -> str:
    """Arabic as the app draws it: shaped, in visual order."""
    return "".join(t for t, _ in layout_paragraph(text, (), 200)[0].runs).strip()


def _open(root):
    exe = _installed_exe()
    assert exe, "dossier-tui is not installed in this environment"
    env = {k: os.environ[k] for k in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")}
    env.update(TERM="xterm-256color", LANG="C.UTF-8")
    tmux = Tmux([exe, str(root)], env, width=160, height=45)
    tmux.wait_for("articles")
    tmux.keys("Escape")  # out of the search box
    time.sleep(0.3)  # ESC then a key at once reads as Alt+key
    return tmux


def test_figures_show_signs_counts_like_years_and_spoken_numbers(isolated_dirs, make_dossier):
    root = make_dossier({"budget.txt": ARTICLE, "other.txt": "خبر آخر\nنص قصير عن الأنبار.\n"})
    tmux = _open(root)
    try:
        tmux.keys("f")
        barrel = shaped("برميل")
        screen = tmux.wait_for_all("USD", barrel, "troops")
        rows = {line.split()[1]: line.split()[2] for line in screen.splitlines() if len(line.split()) > 3}
        assert (rows["USD"], rows["troops"], rows[barrel]) == ("500,000,000", "3,000", "2,000")
        assert "\x1b" not in screen
        tmux.keys("Escape")
        tmux.wait_gone(barrel)
        time.sleep(0.3)
        tmux.keys("t")
        # أمس against the English dateline; منذ 7 أكتوبر lies behind it; no 14 Ramadan
        screen = tmux.wait_for_all("2025-03-13", "2024-10-07")
        row = next(line.split() for line in screen.splitlines() if "2025-03-14" in line)
        assert row[1:4] == ["2025-03-14", "day", "1"]  # the dateline alone: شارع 14 رمضان is a street
        tmux.keys("Escape")
        tmux.wait_gone("precision")
        time.sleep(0.3)
        tmux.keys("q")
        tmux.wait_for("EXITED 0")
    finally:
        tmux.close()
