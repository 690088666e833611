"""The rest of the hostile-input battery: invisible and oversized text, odd bytes in names,
unreadable parts, big folders, files changing under us, damaged caches and a full disk.

Each case builds its own dossier, runs the CLI as a user would, and asserts: no crash,
the message the user sees, no escape byte in stdout, the dossier listing unchanged.
"""

from __future__ import annotations

import errno
import json
import os
import random

import pytest
from support import listing
from wcwidth import wcswidth

from dossier_tui.cli import main
from dossier_tui.index import loader as loader_module
from dossier_tui.index.loader import load_dossier
from dossier_tui.index.search import search
from dossier_tui.index.store import DossierIndex

BODY = "انسحاب التحالف الدولي من قاعدة عين الأسد في الأنبار بحلول سبتمبر 2025\n"
FORBIDDEN = "\x1b\x9b\x07\x08\r\x00"


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _search_paths(capsys, root, query):
    code, out, err = _run(capsys, "search", query, "--json", "-d", str(root))
    assert code == 0, err
    return [h["path"] for h in json.loads(out)["hits"]], err


def _clean(text: str) -> bool:
    return not any(c in text for c in FORBIDDEN)


@pytest.mark.parametrize("name, text, query", [
    ("zero-width", "الأن\u200bبار و\u200dعين\u2060 الأسد\ufeff\n" + BODY, "الأنبار"),
    ("nul and replacement", "عنوان\x00 \ufffd\n" + BODY + "\x00\x00", "الأنبار"),
    ("combining flood", "ب" + "\u064e" * 5000 + " الأنبار\n" + BODY, "الأنبار"),
    ("10,000-letter word", "عنوان\n" + "ا" * 10_000 + " الأنبار\n", "الأنبار"),
    ("1 MB single line", "عنوان\n" + ("كلمة " * 200_000) + "الأنبار\n", "الأنبار"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 30 else "")
def test_odd_text_loads_indexes_searches_and_shows(make_dossier, capsys, name, text, query):
    root = make_dossier({"odd.txt": text, "plain.txt": BODY})
    before = listing(root)
    paths, _ = _search_paths(capsys, root, query)
    assert "odd.txt" in paths, name
    code, out, err = _run(capsys, "show", "odd.txt", "--width", "60", "-d", str(root))
    assert code == 0, err
    assert _clean(out)
    assert all(wcswidth(line) <= 60 for line in out.splitlines())
    assert listing(root) == before


def test_nul_bytes_in_text_are_dropped_not_shown(make_dossier):
    art = load_dossier(make_dossier({"a.txt": "عنوان\x00 مقال\n"})).articles[0]
    assert "\x00" not in art.text and art.title == "عنوان مقال"


def test_undecodable_bytes_in_a_file_name_are_shown_safely(make_dossier, capsys, tmp_path):
    root = make_dossier({"ok.txt": BODY})
    raw = os.path.join(os.fsencode(root), b"bad-\xff\xfe-name.txt")
    with open(raw, "wb") as fh:
        fh.write(BODY.encode())
    paths, _ = _search_paths(capsys, root, "الأنبار")
    assert len(paths) == 2
    odd = next(p for p in paths if p != "ok.txt")
    assert "\ufffd" in odd and odd.encode("utf-8")  # printable, no lone surrogates
    code, out, err = _run(capsys, "search", "الأنبار", "-d", str(root))
    assert code == 0 and _clean(out)


def test_fifty_megabyte_file_is_skipped_with_its_size(make_dossier, capsys):
    root = make_dossier({"ok.txt": BODY})
    with open(root / "dump.txt", "wb") as fh:
        fh.truncate(50 * 2**20)  # sparse: the size is what matters
    paths, err = _search_paths(capsys, root, "الأنبار")
    assert paths == ["ok.txt"]
    assert "skipped dump.txt: too large (50 MB" in err


def _deny(monkeypatch, victim: str):
    """chmod 000 does not stop root; when we are root, make open() refuse like the kernel."""
    real_open = open

    def guarded(file, *args, **kwargs):
        if os.fspath(file).endswith(victim):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(loader_module, "open", guarded, raising=False)


def test_unreadable_file_is_reported_and_the_rest_load(make_dossier, capsys, monkeypatch):
    root = make_dossier({"ok.txt": BODY, "locked.txt": BODY})
    os.chmod(root / "locked.txt", 0)
    try:
        if os.geteuid() == 0:
            _deny(monkeypatch, "locked.txt")
        paths, err = _search_paths(capsys, root, "الأنبار")
    finally:
        os.chmod(root / "locked.txt", 0o644)
    assert paths == ["ok.txt"]
    assert "skipped locked.txt: Permission denied" in err


def test_unreadable_subfolder_is_reported_and_the_rest_load(make_dossier, capsys, monkeypatch):
    root = make_dossier({"ok.txt": BODY, "private/a.txt": BODY})
    os.chmod(root / "private", 0)
    try:
        if os.geteuid() == 0:
            real_scandir = os.scandir

            def guarded(path="."):
                if os.fspath(path).endswith("private"):
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
                return real_scandir(path)

            monkeypatch.setattr(os, "scandir", guarded)
        paths, err = _search_paths(capsys, root, "الأنبار")
    finally:
        os.chmod(root / "private", 0o755)
    assert paths == ["ok.txt"]
    assert "skipped folder private: Permission denied" in err


def test_ten_thousand_files_in_one_folder(tmp_path, capsys):
    root = tmp_path / "many"
    root.mkdir()
    for i in range(10_000):
        (root / f"{i:05d}.txt").write_text(f"خبر {i}\nرقم{i} الأنبار\n", encoding="utf-8")
    before = listing(root)
    code, out, err = _run(capsys, "index", "-d", str(root))
    assert code == 0, err
    assert "10000 articles" in out
    paths, _ = _search_paths(capsys, root, "رقم9999")
    assert paths == ["09999.txt"]
    assert listing(root) == before


def test_file_deleted_or_changed_while_indexing(make_dossier, capsys):
    root = make_dossier({f"{i}.txt": f"خبر {i}\nالأنبار {i}\n" for i in range(20)})
    dossier = load_dossier(root)
    index = DossierIndex(dossier)
    seen = []

    def meddle(done, total):  # the user edits the folder while we are indexing
        seen.append(done)
        if done == 5 and (root / "3.txt").exists():
            (root / "3.txt").unlink()
            (root / "7.txt").write_text("خبر جديد\nالفلوجة\n", encoding="utf-8")

    index.update(progress=meddle)
    assert seen and search(index, "الأنبار").total == 20  # what was read is indexed whole
    fresh = DossierIndex(load_dossier(root))
    report = fresh.update()
    assert report.removed == ["3.txt"] and report.changed == ["7.txt"]
    assert search(fresh, "الأنبار").total == 18
    assert [h.path for h in search(fresh, "الفلوجة").hits] == ["7.txt"]


def test_index_overwritten_with_garbage_is_rebuilt_once(make_dossier, capsys):
    root = make_dossier({"a.txt": BODY, "b.txt": "خبر آخر\nالفلوجة\n"})
    ix = DossierIndex(load_dossier(root))
    ix.update()
    rng = random.Random(7)
    for f in ix.location.iterdir():
        if f.is_file():
            f.write_bytes(bytes(rng.randrange(256) for _ in range(max(16, f.stat().st_size))))
    code, out, err = _run(capsys, "index", "-d", str(root))
    assert code == 0, err
    assert "index damaged" in err and "rebuilt it" in err
    code, out, err = _run(capsys, "index", "-d", str(root))
    assert "damaged" not in err + out and "up to date" in out  # told once, then quiet
    assert _search_paths(capsys, root, "الفلوجة")[0] == ["b.txt"]


def test_disk_full_during_a_build_keeps_the_previous_index(make_dossier, capsys, monkeypatch):
    root = make_dossier({"a.txt": BODY})
    assert _search_paths(capsys, root, "الأنبار")[0] == ["a.txt"]
    from whoosh.index import TOC

    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    # the disk fills as the index's table of contents is written: the last file of a
    # build (bulk segments) and of an update (Whoosh's writer) alike
    monkeypatch.setattr(TOC, "write", full)
    code, out, err = _run(capsys, "index", "--rebuild", "-d", str(root))
    assert code == 2 and "No space left on device" in err and "Traceback" not in err
    (root / "b.txt").write_text("خبر آخر\nالأنبار\n", encoding="utf-8")
    code, out, err = _run(capsys, "search", "الأنبار", "--json", "-d", str(root))
    assert code == 0, err
    assert "No space left on device" in err  # the update failed and the user is told
    assert [h["path"] for h in json.loads(out)["hits"]] == ["a.txt"]  # the old index still answers
    monkeypatch.undo()
    assert sorted(_search_paths(capsys, root, "الأنبار")[0]) == ["a.txt", "b.txt"]
