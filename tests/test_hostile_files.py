"""Hostile and broken dossiers: every case loads what it can, says what it skipped, writes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from support import listing

from dossier_tui.cli import main
from dossier_tui.index.loader import load_dossier

ARABIC = "انسحاب التحالف الدولي من قاعدة عين الأسد في الأنبار بحلول سبتمبر 2025\nنص المقال.\n"
ESCAPES = ("\x1b]0;pwned\x07", "\x1b]52;c;ZXZpbA==\x07", "\x1b[31m", "\x1b[2J\x1b[H",
           "\x1bP1$qm\x1b\\", "\x9b31m", "\r\x08\x08")


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6", "utf-16-le", "utf-16-be"])
def test_legacy_and_bomless_encodings_are_detected(make_dossier, encoding):
    text = ARABIC.replace("\n", " ") * 3 if encoding == "iso-8859-6" else ARABIC * 3
    root = make_dossier({"a.txt": text.encode(encoding)})
    d = load_dossier(root)
    assert d.problems == []
    assert d.articles[0].text == text
    assert d.articles[0].encoding.replace("-", "_").replace("iso8859", "iso_8859").lower().startswith(
        encoding.replace("-", "_").lower()[:6])


def test_mac_line_endings_become_newlines(make_dossier):
    root = make_dossier({"a.txt": "سطر أول\rسطر ثان\r\rثالث".encode("utf-8")})
    assert load_dossier(root).articles[0].text == "سطر أول\nسطر ثان\n\nثالث"


@pytest.mark.parametrize("content,reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
    # valid UTF-8 and ASCII-range, yet binary: a record header dense with controls
    (b"\x01\x02\x03\x04DBREC\x00\x10\x00\x05" + b"\x00\x11rec\x02\x00\x00\x1f\x03" * 60, "binary"),
    (bytes(range(32)) * 4 + "عنوان بعد رأس ثنائي\n".encode() * 3, "binary"),
    (b"", "empty"),
    (b"  \n\t\n  ", "empty"),
    (bytes(range(128, 256)) * 20, "encoding"),
])
def test_unusable_files_are_skipped_with_a_reason_and_the_rest_load(make_dossier, capsys, content, reason):
    root = make_dossier({"good.txt": ARABIC, "bad.txt": content})
    d = load_dossier(root)
    assert [a.id for a in d.articles] == ["good.txt"]
    assert len(d.problems) == 1 and d.problems[0].path == "bad.txt"
    assert reason in d.problems[0].message
    code, out, err = _run(capsys, "search", "الأنبار", "-d", str(root), "--json")
    assert code == 0 and "skipped bad.txt" in err
    assert [h["path"] for h in json.loads(out)["hits"]] == ["good.txt"]


def test_title_only_file_loads(make_dossier):
    d = load_dossier(make_dossier({"t.txt": "عنوان وحيد"}))
    assert d.articles[0].title == "عنوان وحيد" and d.problems == []


def test_symlink_loop_and_outside_link_are_not_followed(make_dossier, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("سر خارج الملف", encoding="utf-8")
    root = make_dossier({"a.txt": ARABIC})
    (root / "loop").symlink_to(root, target_is_directory=True)
    (root / "out.txt").symlink_to(outside)
    (root / "in.txt").symlink_to(root / "a.txt")
    d = load_dossier(root)
    assert [a.id for a in d.articles] == ["a.txt", "in.txt"]
    assert any("outside the dossier" in p.message for p in d.problems)


@pytest.mark.parametrize("name", ["مقال عربي.txt", "with space.txt", "line\nbreak.txt",
                                  "rtl\u202egnp.txt", "\u200fmark.txt"])
def test_odd_file_names_load_and_print_safely(make_dossier, capsys, name):
    root = make_dossier({name: ARABIC})
    d = load_dossier(root)
    assert [a.id for a in d.articles] == [name]
    code, out, err = _run(capsys, "search", "الأنبار", "-d", str(root))
    assert code == 0
    assert "\u202e" not in out and "line\nbreak" not in out
    code, out, _ = _run(capsys, "show", "1", "-d", str(root), "--raw")
    assert out == ARABIC


@pytest.mark.parametrize("seq", ESCAPES)
def test_escape_sequences_never_reach_stdout(make_dossier, capsys, seq):
    root = make_dossier({"a.txt": f"عنوان {seq} خبيث\nالأنبار {seq} 2025 {seq}\n"})
    for argv in (["search", "الأنبار"], ["search", "الأنبار", "--json"], ["show", "1"],
                 ["show", "1", "--raw"]):
        code, out, err = _run(capsys, *argv, "-d", str(root))
        assert code == 0, err
        assert not any(c in out for c in "\x1b\x9b\x07\x08\r"), (argv, out)


def test_read_only_dossier_is_never_written(make_dossier, capsys):
    root = make_dossier({"a.txt": ARABIC, "sub/b.txt": ARABIC})
    for p in [root / "sub", root]:
        os.chmod(p, 0o555)
    try:
        before = listing(root)
        for argv in (["index"], ["index", "--rebuild"], ["search", "الأنبار"], ["show", "2"]):
            code, _, err = _run(capsys, *argv, "-d", str(root))
            assert code == 0, err
        assert listing(root) == before
    finally:
        for p in [root, root / "sub"]:
            os.chmod(p, 0o755)


def test_unwritable_cache_falls_back_to_a_temporary_index(make_dossier, capsys, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    root = make_dossier({"a.txt": ARABIC})
    code, out, err = _run(capsys, "search", "الأنبار", "-d", str(root), "--json")
    assert code == 0
    assert "using a temporary index" in err
    assert json.loads(out)["total"] == 1


def test_temporary_index_is_removed_when_the_process_ends(make_dossier, tmp_path):
    """A fallback index is rebuilt at every start: keeping it would fill /tmp, run by run."""
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    root = make_dossier({"a.txt": ARABIC})
    env = {**os.environ, "XDG_CACHE_HOME": str(blocker), "TMPDIR": str(scratch)}
    code = ("import sys, os, tempfile; from dossier_tui.cli import main; rc = main(sys.argv[1:]); "
            "print([p for p in os.listdir(tempfile.gettempdir()) if p.startswith('dossier-tui-index-')]); "
            "sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code, "search", "الأنبار", "-d", str(root), "--json"],
                          capture_output=True, text=True, env=env, timeout=120,
                          cwd=tmp_path)  # not the repo: its dossier_tui/ would shadow the install
    assert proc.returncode == 0, proc.stderr
    assert "using a temporary index" in proc.stderr
    assert "dossier-tui-index-" in proc.stdout  # it was there while the command ran
    assert not [p for p in os.listdir(scratch) if p.startswith("dossier-tui-index-")]


def test_presentation_block_characters_that_are_their_own_nfkc_index_and_search(make_dossier):
    """U+FBB2..U+FBC1 (Arabic symbols) and unassigned presentation-block code points once
    sent the normaliser into endless recursion, so one such character broke the build."""
    from dossier_tui.index.loader import scan_dossier
    from dossier_tui.index.search import search
    from dossier_tui.index.store import DossierIndex

    odd = "".join(chr(c) for c in (0xFBB2, 0xFBC1, 0xFDCF, 0xFEFE, 0xFFEF))
    root = make_dossier({"a.txt": f"عنوان\nقاعدة عين الأسد {odd} في 12 أيلول 2025 نحو 2,500 جندي"})
    ix = DossierIndex(scan_dossier(root))
    ix.update()
    assert [h.path for h in search(ix, "الأسد").hits] == ["a.txt"]
    assert {m["key"] for m in ix.mentions.mentions("date")} == {"date:2025-09-12"}
