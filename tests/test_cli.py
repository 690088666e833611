"""The CLI contracts of the walking skeleton, run through the real entry point."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from wcwidth import wcswidth

from dossier_tui.cli import main
from dossier_tui.index.arabic.months import month_at
from dossier_tui.index.arabic.normalize import normalize
from dossier_tui.index.loader import load_dossier


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _search_json(capsys, query, *extra):
    code, out, err = run(capsys, "search", query, "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def _short(hits):
    return sorted(h["path"][:3] for h in hits)


def test_search_json_contract_and_offsets(capsys, seeds):
    data = _search_json(capsys, "سبتمبر")
    assert set(data) == {"query", "total", "hits"}
    assert data["query"] == "سبتمبر" and data["total"] == len(data["hits"])
    assert {"000", "001", "002"} <= set(_short(data["hits"]))
    texts = {a.id: a.text for a in load_dossier(seeds).articles}
    for hit in data["hits"]:
        assert set(hit) == {"path", "title", "score", "snippet", "matches"}
        assert isinstance(hit["score"], float) and hit["matches"]
        for m in hit["matches"]:
            assert set(m) == {"start", "end", "text"}
            assert texts[hit["path"]][m["start"]:m["end"]] == m["text"]
            assert month_at(normalize(m["text"]).split(), 0).number == 9  # سبتمبر or أيلول


def test_two_words_must_both_match(capsys):
    assert _short(_search_json(capsys, "عين الأسد")["hits"]) == ["001", "004"]


def test_limit_caps_hits_not_total(capsys):
    data = _search_json(capsys, "التحالف", "--limit", "2")
    assert len(data["hits"]) == 2 and data["total"] == 5


def test_readable_search_output(capsys):
    code, out, _ = run(capsys, "search", "Baghdad")
    assert code == 0 and "1 article matches" in out and "004_c19a34fae10a2c98.txt" in out


def test_show_raw_is_the_loaded_text(capsys, seeds):
    code, out, _ = run(capsys, "show", "1", "--raw")
    assert code == 0
    assert out == load_dossier(seeds).articles[0].text + "\n"


def test_show_lays_out_right_aligned_without_escapes(capsys):
    code, out, _ = run(capsys, "show", "004_c19a34fae10a2c98.txt", "--width", "60")
    assert code == 0 and "\x1b" not in out
    lines = out.splitlines()
    assert all(wcswidth(line) <= 60 for line in lines)
    assert any(line.startswith(" ") for line in lines)  # RTL lines are padded on the left
    assert any(line.startswith("Lieutenant-General") for line in lines)  # LTR stays left


@pytest.mark.parametrize("argv", [
    ["-d", "/nonexistent", "search", "x"],
    ["search", "x", "-d", "/nonexistent"],
    ["show", "99"],
])
def test_user_errors_are_one_line_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("dossier-tui: ") and "Traceback" not in err


def test_index_command_reports_and_uses_cache_dir(capsys, seeds, isolated_dirs):
    code, out, _ = run(capsys, "index")
    assert code == 0 and "indexed 5 articles" in out
    assert str(isolated_dirs / "xdg_cache_home") in out
    code, out, _ = run(capsys, "index")
    assert "up to date" in out
    code, out, _ = run(capsys, "index", "--rebuild")
    assert "indexed 5 articles (rebuild requested)" in out


def test_console_script_is_installed_and_works(tmp_path, isolated_dirs):
    exe = shutil.which("dossier-tui") or str(__import__("pathlib").Path(sys.executable).parent / "dossier-tui")
    proc = subprocess.run([exe, "-d", "/nonexistent", "search", "x"], capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stderr.strip() == "dossier-tui: dossier folder not found: /nonexistent"
    proc = subprocess.run([exe, "search", "عين الأسد", "--json"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert _short(json.loads(proc.stdout)["hits"]) == ["001", "004"]
