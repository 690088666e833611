"""End to end: the dates issue 19 added, as the timeline (t) of the installed `dossier-tui`
shows them in a real terminal (tmux): an agency dateline without a year whose year the
article fixes, a weekday naming a nearby day, a Hijri year, a year said in words and a
deadline counted from the article's date, each resolved to its ISO value."""

from __future__ import annotations

import os
import time

import pytest
from test_e2e_tmux import TMUX, Tmux, _installed_exe

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")

ARTICLE = (
    "الهيئة تحدد موعد الاقتراع\n\n"
    "عمان 3 أيار (بترا)- قرر مجلس المفوضين في جلسته التي عقدها اليوم الأحد تحديد موعد الاقتراع، "
    "وفق القانون رقم 4 لسنة 2026.\n\n"
    "وكان المجلس قد اجتمع يوم الخميس الماضي مع ممثلي الأحزاب.\n\n"
    "وتأسست الهيئة عام 1433هـ، وشاركت في انتخابات ألفين وستة عشر.\n\n"
    "وستعلن الهيئة القوائم النهائية خلال 30 يوما.\n"
)


def test_timeline_shows_the_new_date_forms_resolved(isolated_dirs, make_dossier):
    exe = _installed_exe()
    assert exe, "dossier-tui is not installed in this environment"
    root = make_dossier({"vote.txt": ARTICLE, "other.txt": "خبر آخر\nنص قصير عن الأنبار.\n"})
    env = {k: os.environ[k] for k in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")}
    env.update(TERM="xterm-256color", LANG="C.UTF-8")
    tmux = Tmux([exe, str(root)], env, width=160, height=45)
    try:
        tmux.wait_for("articles")
        tmux.keys("Escape")  # out of the search box
        time.sleep(0.3)  # ESC then a key at once reads as Alt+key
        tmux.keys("t")
        screen = tmux.wait_for_all("2026-05-03", "2026-04-30", "2012", "2016", "2026-06-02")
        assert "\x1b" not in screen
        tmux.keys("Escape")
        tmux.wait_gone("2026-04-30")
        tmux.keys("q")
        tmux.wait_for("EXITED 0")
    finally:
        tmux.close()
