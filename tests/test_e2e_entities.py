"""Entities nobody listed, in the installed `dossier-tui` (issue 19 section 2, issue 21):
a body named by its head noun (مفوضية العون الإنساني) is a mention ] stops on, and Enter
lists it across the dossier with its short form (المفوضية) in the same article; the same
key is what `mentions --kind entity --json` prints."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from test_e2e_tmux import TMUX, _installed_exe

A = ("خبر عاجل\n\n"
     "أعلنت مفوضية العون الإنساني خطة جديدة للعودة.\n\n"
     "وقالت المفوضية إن العمل يبدأ قريبا.\n")
B = ("تقرير ميداني\n\n"
     "وصلت قافلة بالتنسيق مع مفوضية العون الإنساني إلى المدينة.\n")


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")
def test_a_body_named_by_its_head_noun_links_across_the_dossier(app, isolated_dirs, make_dossier):
    root = make_dossier({"a.txt": A, "b.txt": B})
    t = app(str(root), width=120, height=30)
    t.type("Escape", "Enter")  # out of the search box, open the first article (a.txt)
    t.wait_reading("a.txt")
    t.type("]")  # the first mention in reading order: the body, before the statement
    t.type("Enter")
    screen = t.wait_for("Linked because they name the same place, body or person")
    assert "(3 in 2 articles)" in screen  # the full name twice and the short form
    assert "\x1b" not in screen
    t.type("End", "Enter")  # the last row: the mention in b.txt
    t.wait_gone("Linked because")
    t.wait_reading("b.txt")
    t.type("q")
    t.wait_for("EXITED 0")


def test_mentions_prints_the_short_form_under_the_full_name_s_key(isolated_dirs, make_dossier):
    root = make_dossier({"a.txt": A, "b.txt": B})
    exe = _installed_exe()
    assert exe, "dossier-tui is not installed in this environment"
    env = {**os.environ, "LANG": "C.UTF-8"}
    out = subprocess.run([exe, "mentions", "-d", str(root), "--kind", "entity", "--json"],
                         capture_output=True, text=True, env=env, check=True)
    rows = [(m["path"], m["text"], m["key"], m["value"]) for m in json.loads(out.stdout)["mentions"]]
    key = rows[0][2]
    assert [(p, text) for p, text, k, _ in rows if k == key] == [
        ("a.txt", "مفوضية العون الإنساني"), ("a.txt", "المفوضية"), ("b.txt", "مفوضية العون الإنساني")]
    assert {v for _, _, k, v in rows if k == key} == {"مفوضية العون الإنساني"}


P = ("لقاء\n\n"
     "التقى رئيس اللجنة عبد الحكيم الزروق بالوفد.\n\n"
     "ووصل الزروق إلى المدينة مساء.\n")


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")
def test_a_surname_alone_is_the_person_named_in_full(app, isolated_dirs, make_dossier):
    """] onto the person, the status says how they were found, Enter lists the full name
    and the surname alone under one key."""
    root = make_dossier({"p.txt": P})
    t = app(str(root), width=120, height=30)
    t.type("Escape", "Enter")
    t.wait_reading("p.txt")
    t.type("]")
    t.wait_for("a person named after a title or role")
    t.type("Enter")
    screen = t.wait_for("Linked because they name the same place, body or person")
    assert "(2 in 1 articles)" in screen
    t.type("Escape")
    t.wait_gone("Linked because")
    t.type("q")
    t.wait_for("EXITED 0")
