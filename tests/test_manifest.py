"""The index's manifest: what Whoosh stores of each article (stat, digest, title), kept in
the mention store with the Whoosh commit it describes. Opening an index reads it instead
of every stored record; an update finds exactly what changed from it; a manifest that is
not of the index's last commit (a crash between the two commits) is never trusted."""

from __future__ import annotations

import os
import shutil
import time

import pytest
from conftest import SEEDS

from dossier_tui.index import generations
from dossier_tui.index.loader import scan_dossier
from dossier_tui.index.search import search
from dossier_tui.index.store import DossierIndex

QUERIES = ["بغداد", "التحالف الدولي", "عين الأسد", "انسحاب", "2026", '"قاعدة عين الأسد"', "أيلول",
           "مهمة", "كركوك", "البصرة"]


def _open(root):
    index = DossierIndex(scan_dossier(root))
    return index, index.update()


def _later(path, seconds: float) -> None:
    """A new mtime that no file system's granularity can hide."""
    t = time.time() + seconds
    os.utime(path, (t, t))


def _append(path, text: str, seconds: float) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(text)
    _later(path, seconds)


def _state(index):
    """What a user can see: search results (paths, order, totals), every mention, the list."""
    results = []
    for q in QUERIES:
        found = search(index, q, limit=None)
        results.append((q, found.total, [h.path for h in found.hits]))
    return results, list(index.mentions.mentions()), index.catalog()


@pytest.fixture
def dossier(tmp_path):
    root = tmp_path / "d"
    shutil.copytree(SEEDS, root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (root / "005_extra.txt").write_text("كركوك\nزار الوفد كركوك في 3 آذار 2026 مع 40 مستشارا.\n",
                                        encoding="utf-8")
    return root


@pytest.fixture
def stored_reads(monkeypatch):
    """How many times Whoosh's stored records are read whole (the pass the manifest saves)."""
    from whoosh.codec import base

    calls = []
    original = base.PerDocumentReader.all_stored_fields

    def counting(self):
        calls.append(1)
        return original(self)

    monkeypatch.setattr(base.PerDocumentReader, "all_stored_fields", counting)
    return calls


def test_append_rename_delete_touch_find_exactly_those_and_match_a_rebuild(dossier):
    names = sorted(p.name for p in dossier.glob("*.txt"))
    _open(dossier)
    _append(dossier / names[0], "\nوفي البصرة قال مسؤول إن الانسحاب اكتمل في 30 أيلول 2026.\n", 5)
    (dossier / names[1]).rename(dossier / "zz_renamed.txt")
    (dossier / names[2]).unlink()
    _later(dossier / names[3], 9)  # touched, not changed
    (dossier / "new.txt").write_text("البصرة\nوصل 200 جندي إلى البصرة.\n", encoding="utf-8")

    index, report = _open(dossier)
    assert not report.rebuilt
    assert report.added == ["new.txt", "zz_renamed.txt"]
    assert report.changed == [names[0]]
    assert report.removed == sorted([names[1], names[2]])
    incremental = _state(index)
    assert {p for q, _, paths in incremental[0] if q == "البصرة" for p in paths} == {names[0], "new.txt"}

    again, report = _open(dossier)  # the touched file's new stat was recorded
    assert report.touched == 0 and not report.rebuilt
    assert _state(again) == incremental

    rebuilt = DossierIndex(scan_dossier(dossier))
    assert rebuilt.update(rebuild=True).rebuilt
    assert _state(rebuilt) == incremental


def test_opening_reads_the_manifest_not_every_stored_record(dossier, stored_reads):
    _open(dossier)  # built: the manifest is written with it
    stored_reads.clear()
    _append(dossier / "005_extra.txt", "\nثم عاد الوفد إلى بغداد.\n", 5)
    index, report = _open(dossier)
    assert report.changed == ["005_extra.txt"]
    assert stored_reads == []
    index, report = _open(dossier)
    assert report.touched == 0 and stored_reads == []
    assert [h.path for h in search(index, "الوفد").hits] == ["005_extra.txt"]


@pytest.mark.parametrize("crash_at", ["manifest", "mentions"])
def test_a_crash_between_the_commits_falls_back_to_the_stored_records(dossier, monkeypatch, stored_reads,
                                                                       crash_at):
    """Killed after Whoosh's commit, before the manifest (or the mentions) were written:
    the manifest names the previous commit, so the next open reads Whoosh's own records,
    finds nothing changed, re-extracts what the store lacks and writes the manifest again."""
    from dossier_tui.index import store as store_module
    from dossier_tui.index.mention_store import MentionStore

    _open(dossier)
    _append(dossier / "005_extra.txt", "\nوفي 12 تموز 2027 غادر الوفد إلى زنجبار.\n", 5)

    def killed(*args, **kwargs):
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        if crash_at == "manifest":
            m.setattr(MentionStore, "set_manifest", killed)
        else:
            m.setattr(store_module, "refresh_mentions", killed)
        with pytest.raises(KeyboardInterrupt):
            _open(dossier)

    stored_reads.clear()
    index, report = _open(dossier)
    assert stored_reads, "a manifest of an older commit was trusted"
    assert not report.rebuilt and report.touched == 0  # Whoosh has the change already
    assert [h.path for h in search(index, "زنجبار").hits] == ["005_extra.txt"]
    assert any(m["key"] == "date:2027-07-12" for m in index.mentions.mentions(path="005_extra.txt"))
    tag = generations.commit_tag(index.ix)
    assert index.mentions.manifest(tag) == {p: _plain(r) for p, r in generations.stored_fields(index.ix).items()}

    stored_reads.clear()
    again, report = _open(dossier)  # the manifest is whole again
    assert report.touched == 0 and stored_reads == []
    assert _state(again) == _state(index)


def _plain(record: dict) -> dict:
    return {k: record[k] for k in ("path", "title", "mtime", "size", "sha256", "url") if k in record}


def test_a_manifest_missing_an_article_is_not_trusted(dossier, stored_reads):
    index, _ = _open(dossier)
    with index.mentions.db:
        index.mentions.db.execute("DELETE FROM files WHERE path = '005_extra.txt'")
    stored_reads.clear()
    index, report = _open(dossier)
    assert stored_reads and report.touched == 0
    assert [h.path for h in search(index, "كركوك").hits] == ["005_extra.txt"]


def test_an_update_s_store_writes_roll_back_together_and_no_rolled_back_extra_is_reused(tmp_path):
    """An update writes its mentions, stamp and manifest in one transaction: a failure at
    the last leaves none of them, and an extra (a mention's why, events…) first stored in
    the rolled-back transaction is stored again when next met, not pointed at."""
    from dossier_tui.index.mention_store import MentionStore

    def mention(why):
        return {"path": "", "kind": "date", "text": "2025", "start": 0, "end": 4, "key": "date:2025",
                "value": "2025", "high": None, "unit": None, "qualifier": None, "relative": None,
                "why": why}

    store = MentionStore(tmp_path / "m.sqlite")
    with pytest.raises(KeyboardInterrupt), store.transaction():
        store.put("a.txt", "aa", "A", None, [mention("a new reason")])
        store.set_info("stamp", "new")
        store.set_manifest([{"path": "a.txt", "mtime": 1.0, "size": 3, "sha256": "aa", "title": "A"}], [], "7")
        raise KeyboardInterrupt  # killed before the commit
    assert store.articles() == {} and store.info("stamp") is None and store.manifest("7") is None
    store.put("b.txt", "bb", "B", None, [mention("a new reason")])
    assert [m["why"] for m in store.mentions()] == ["a new reason"]
