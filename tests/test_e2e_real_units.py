"""End to end: figures in the forms real outlets print, as the installed `dossier-tui` shows
them on the figures screen (f) in a real terminal (tmux): a number in quotes keeps its scale
(«4.4» مليارات دولار), the children among the dead are killed, bodies found are the dead,
and people fleeing are displaced."""

from __future__ import annotations

import time

import pytest
from test_e2e_forms import _open
from test_e2e_tmux import TMUX

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")

ARTICLE = (
    "حصيلة القصف على البلدة\n\n"
    "الخرطوم - 14 مارس 2025\n\n"
    "بلغت عائدات الذهب «4.4» مليارات دولار العام الماضي.\n\n"
    "وقتل في القصف 30 مدنيا بينهم ما لا يقل عن 9 أطفال.\n\n"
    "وانتشلت فرق الإنقاذ 14 جثة، فيما شمل النزوح فرار نحو 200 ألف شخص.\n"
)


def test_figures_screen_reads_quoted_numbers_and_what_happened_to_those_counted(isolated_dirs, make_dossier):
    root = make_dossier({"toll.txt": ARTICLE, "other.txt": "خبر آخر\nنص قصير عن الأنبار.\n"})
    tmux = _open(root)
    try:
        tmux.keys("f")
        screen = tmux.wait_for_all("USD", "killed", "displaced")
        rows = [line.split() for line in screen.splitlines() if len(line.split()) > 3]
        by_unit: dict[str, list[str]] = {}
        for row in rows:
            by_unit.setdefault(row[1], []).append(row[2])
        assert by_unit["USD"] == ["4,400,000,000"]
        assert sorted(by_unit["killed"]) == ["14", "30", "9"]
        assert by_unit["displaced"] == ["200,000"]
        assert "people" not in by_unit  # the children, the bodies and those who fled all have their role
        assert "\x1b" not in screen
        tmux.keys("Escape")
        tmux.wait_gone("displaced")
        time.sleep(0.3)
        tmux.keys("q")
        tmux.wait_for("EXITED 0")
    finally:
        tmux.close()


DATES = (
    "اتفاقات التهجير\n\n"
    "الخرطوم - 14 مارس 2025\n\n"
    "وفي 19 أكتوبر 2016 بدأت عملية التهجير، وأعقبها اتفاق آخر في ذات الشهر.\n\n"
    "وتوصل الطرفان إلى اتفاق في مارس 2017، لتنتهي العملية في مايو.\n\n"
    "وعقد الوفد اجتماعا في نفس اليوم.\n"
)


def test_dates_screen_reads_the_same_month_and_a_month_in_the_year_before_it(isolated_dirs, make_dossier):
    root = make_dossier({"deals.txt": DATES, "other.txt": "خبر آخر\nنص قصير عن الأنبار.\n"})
    tmux = _open(root)
    try:
        tmux.keys("t")
        screen = tmux.wait_for_all("2016-10-19", "2017-05")
        rows = {line.split()[1]: line.split()[2:4] for line in screen.splitlines()
                if len(line.split()) > 3 and line.split()[1][:2] == "20"}
        assert rows["2016-10"] == ["month", "1"]  # في ذات الشهر: October 2016
        assert rows["2017-05"] == ["month", "1"]  # في مايو: the year of مارس 2017 before it
        assert "2025-05" not in rows  # not the article's May
        assert rows["2025-03-14"] == ["day", "1"]  # the dateline alone: نفس اليوم is not today
        assert "\x1b" not in screen
        tmux.keys("Escape")
        tmux.wait_gone("precision")
        time.sleep(0.3)
        tmux.keys("q")
        tmux.wait_for("EXITED 0")
    finally:
        tmux.close()
