"""The index: where it lives, rebuilds, incremental updates, damage and locking."""

from __future__ import annotations

import os
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import listing

from dossier_tui.index.loader import load_dossier
from dossier_tui.index.locking import IndexBusyError, write_lock
from dossier_tui.index.search import search
from dossier_tui.index.store import DossierIndex, cache_root


def _index(root):
    ix = DossierIndex(load_dossier(root))
    return ix, ix.update()


def test_index_lives_in_the_cache_dir_not_the_dossier(seeds, isolated_dirs):
    before = listing(seeds)
    ix, report = _index(seeds)
    assert report.rebuilt and len(report.added) == 5
    assert str(ix.location).startswith(str(isolated_dirs / "xdg_cache_home"))
    assert ix.location.parent.parent == cache_root()
    assert listing(seeds) == before


def test_second_open_reuses_the_index(seeds):
    _index(seeds)
    _, report = _index(seeds)
    assert not report.rebuilt and report.touched == 0


def test_added_changed_removed_files_update_incrementally(make_dossier):
    root = make_dossier({"a.txt": "بغداد والأنبار", "b.txt": "أربيل", "c.txt": "الموصل"})
    _index(root)
    (root / "a.txt").write_text("البصرة وحدها", encoding="utf-8")
    os.utime(root / "a.txt", (time.time() + 5, time.time() + 5))
    (root / "c.txt").unlink()
    (root / "d.txt").write_text("كركوك بغداد", encoding="utf-8")
    ix, report = _index(root)
    assert not report.rebuilt
    assert (report.added, report.changed, report.removed) == (["d.txt"], ["a.txt"], ["c.txt"])
    assert [h.path for h in search(ix, "بغداد").hits] == ["d.txt"]
    assert [h.path for h in search(ix, "البصرة").hits] == ["a.txt"]
    assert search(ix, "الموصل").total == 0


def test_touched_but_unchanged_file_is_not_reported_changed(make_dossier):
    root = make_dossier({"a.txt": "بغداد"})
    _index(root)
    os.utime(root / "a.txt", (time.time() + 9, time.time() + 9))
    _, report = _index(root)
    assert report.changed == [] and not report.rebuilt
    _, report = _index(root)
    assert report.touched == 0


@pytest.mark.parametrize("damage", ["toc", "segment", "postings", "meta"])
def test_damaged_index_is_detected_and_rebuilt(make_dossier, damage):
    root = make_dossier({"a.txt": "بغداد " * 200, "b.txt": "أربيل"})
    ix, _ = _index(root)
    gen = ix.location
    if damage == "toc":
        for toc in gen.glob("*.toc"):
            toc.unlink()
    elif damage == "segment":
        segment_files = [p for p in gen.glob("MAIN_*") if p.stat().st_size > 0]
        assert segment_files
        for seg in segment_files:
            seg.write_bytes(seg.read_bytes()[: len(seg.read_bytes()) // 3])
    elif damage == "postings":  # stored fields still read fine: only a size check sees it
        for pst in gen.glob("*.pst"):
            pst.write_bytes(pst.read_bytes()[:-7])
    else:
        (gen / "meta.json").write_text("{garbage", encoding="utf-8")
    ix2, report = _index(root)
    assert report.rebuilt and report.reason
    assert [h.path for h in search(ix2, "بغداد").hits] == ["a.txt"]


def test_second_writer_waits_then_names_the_holder(tmp_path):
    held = threading.Event()
    release = threading.Event()

    def holder():
        with write_lock(tmp_path):
            held.set()
            release.wait(5)

    t = threading.Thread(target=holder)
    t.start()
    held.wait(5)
    try:
        with pytest.raises(IndexBusyError, match=f"pid {os.getpid()}"):
            with write_lock(tmp_path, timeout=0.3):
                pass
    finally:
        release.set()
        t.join()
    with write_lock(tmp_path, timeout=1):
        pass


def test_kept_searcher_sees_this_and_other_processes_updates(make_dossier, monkeypatch):
    """Searches reuse one open searcher; it must never serve a stale index."""
    root = make_dossier({"a.txt": "بغداد", "b.txt": "أربيل"})
    ix, _ = _index(root)
    assert [h.path for h in search(ix, "بغداد").hits] == ["a.txt"]
    (root / "c.txt").write_text("بغداد مرة أخرى", encoding="utf-8")
    ix.dossier = load_dossier(root)
    ix.update()  # this process changed the index
    assert [h.path for h in search(ix, "بغداد").hits] == ["a.txt", "c.txt"]

    (root / "d.txt").write_text("بغداد ثالثة", encoding="utf-8")
    other, report = _index(root)  # another instance commits to the same index
    assert report.added == ["d.txt"]
    ix.dossier = load_dossier(root)
    clock = [time.monotonic() + 5]  # past the once-a-second freshness check
    monkeypatch.setattr("dossier_tui.index.store.time.monotonic", lambda: clock[0])
    assert sorted(h.path for h in search(ix, "بغداد").hits) == ["a.txt", "c.txt", "d.txt"]


def test_timeline_and_figures_are_counted_by_the_store_even_for_odd_file_names(make_dossier):
    """Rows come from SQLite's GROUP BY; article names with commas must survive the join."""
    from dossier_tui.index import overview

    root = make_dossier({
        "a, first.txt": "عنوان\nفي أيلول 2025 انسحب 2,500 جندي من بغداد.",
        "b.txt": "عنوان\nوفي أيلول 2025 بقي نحو 2500 جندي، والعام الماضي كان مختلفا.",
        "c.txt": "عنوان\nبحلول أيلول 2025 قال إن 3,000 جندي بقوا.",
    })
    ix, _ = _index(root)
    tl = overview.timeline(ix.mentions)
    sept = next(r for r in tl.rows if r.key == "date:2025-09")
    assert sept.articles == ["a, first.txt", "b.txt", "c.txt"] and sept.count == 3
    assert [r.text for r in tl.unresolved] == ["العام الماضي"] and tl.unresolved[0].articles == ["b.txt"]
    troops = next(g for g in overview.figures(ix.mentions) if g.unit == "troops")
    assert [(v.value, v.articles) for v in troops.values] == [
        (2500.0, ["a, first.txt", "b.txt"]), (3000.0, ["c.txt"])]
    assert troops.disputed


def test_parallel_build_stores_the_same_mentions_as_extracting_one_by_one(make_dossier, monkeypatch):
    """Big dossiers extract in worker processes; order and content must not change."""
    from dossier_tui.index import build
    from dossier_tui.index.mentions import extract_mentions

    monkeypatch.setattr(build, "PARALLEL_FROM", 8)
    files = {f"{i:02d}.txt": f"عنوان {i}\nفي {i % 28 + 1} أيلول 2025 انسحب {i * 100 + 50} جندي من بغداد، "
             f"والعام الماضي {i} مستشارين." for i in range(40)}
    root = make_dossier(files)
    ix, report = _index(root)
    assert report.rebuilt and len(report.added) == 40
    got = [(m["path"], m["start"], m["end"], m["key"]) for m in ix.mentions.mentions()]
    want = [(a.id, m.start, m.end, m.key) for a in ix.dossier.articles
            for m in extract_mentions(a, {}).mentions]
    assert got == want and len(got) >= 120
    assert [h.path for h in search(ix, "بغداد", limit=None).hits] == sorted(files)


def test_total_counts_every_match_when_the_hits_are_limited(make_dossier):
    """`total` is the number of matching articles, not of those the top-N collector
    happened to score (it skips and prunes; a bench at 10k caught half being counted)."""
    files = {f"{i:03d}.txt": f"عنوان\n{'بغداد ' * (1 + i % 7)}{'الأنبار ' * (i % 3)}نص {i}"
             for i in range(150)}
    root = make_dossier(files)
    ix, _ = _index(root)
    more = {f"x{i:03d}.txt": f"عنوان\n{'بغداد ' * (1 + i % 5)}الأنبار تكملة {i}" for i in range(150)}
    for name, text in more.items():  # a second segment, written by an incremental update
        (root / name).write_text(text, encoding="utf-8")
    ix.dossier = load_dossier(root)
    ix.update()
    for query in ("بغداد", "بغداد الأنبار", "الأنبار OR تكملة", "بغداد -الأنبار"):
        everything = search(ix, query, limit=None)
        assert search(ix, query, limit=5).total == everything.total == len(everything.hits) > 5, query


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.none(), st.text(), st.integers(), st.floats(allow_nan=False), st.booleans(),
                 st.lists(st.integers()), st.dictionaries(st.text(), st.integers())))
def test_stored_values_are_the_json_module_s_and_read_back(value):
    """The store writes dates and numbers without the json module (a build writes 300k of
    them); every value must still be exactly json.dumps's text and read back the same."""
    import json

    from dossier_tui.index.mention_rows import _dump, _load, _load_fast

    text = _dump(value)
    assert text == (None if value is None else json.dumps(value, ensure_ascii=False))
    assert _load(text) == value
    if value is None or isinstance(value, (str, int, float)) and not isinstance(value, bool):
        assert _load_fast(text) == value


def test_a_unit_is_disputed_only_when_two_articles_give_different_numbers():
    from dossier_tui.index.overview import FigureGroup, FigureValue

    def group(*values):  # (value, [articles])
        return FigureGroup("soldier", [FigureValue(f"k{n}", v, None, None, len(a), a)
                                       for n, (v, a) in enumerate(values)])

    assert group((2500, ["a", "b"]), (3000, ["c"])).disputed
    assert group((2500, ["a"]), (3000, ["a"])).disputed is False  # one article, two figures
    assert group((2500, ["a", "b", "c"])).disputed is False  # all agree
    assert group((2500, ["a", "a"]), (3000, ["a"])).disputed is False
    assert group((2500, ["a"]), (3000, ["a", "b"])).disputed


def test_figures_without_a_unit_come_after_every_unit(make_dossier):
    """Bare numbers are in more articles than any unit (numbering, "3 of them"), and
    listed first they buried the troop counts at 10,000 articles."""
    from dossier_tui.index.overview import NO_UNIT, figures

    texts = {f"{n}.txt": f"خبر {n}\nقال المسؤول إن {n + 2} من الحضور وافقوا." for n in range(6)}
    texts["troops.txt"] = "خبر القوات\nيبلغ عدد الجنود 2500 جندي في العراق."
    index = DossierIndex(load_dossier(make_dossier(texts)))
    index.update()
    groups = figures(index.mentions)
    units = [g.unit for g in groups]
    assert NO_UNIT in units and "troops" in units
    assert units[-1] == NO_UNIT
    bare = groups[-1]
    assert len({a for v in bare.values for a in v.articles}) > 1  # more articles than troops


def test_two_writers_of_one_mention_store_share_its_extras(tmp_path):
    """Extras (why, events…) are stored once per distinct text and rows point at them. A
    writer that read the ids earlier meets a text another writer added since: no
    conflict, and every mention still reads back with what it said."""
    from dossier_tui.index.mention_store import MentionStore

    def mention(why, start=0):
        return {"path": "", "kind": "date", "text": "2025", "start": start, "end": start + 4,
                "key": "date:2025", "value": "2025", "high": None, "unit": None,
                "qualifier": None, "relative": None, "why": why}

    path = tmp_path / "m.sqlite"
    a, b = MentionStore(path), MentionStore(path)
    a.put("a.txt", "x", "A", None, [mention("year as written")])  # a reads the ids now
    b.put("b.txt", "y", "B", None, [mention("a new reading")])
    a.put("c.txt", "z", "C", None, [mention("a new reading"), mention("year as written", 10)])
    got = {(m["path"], m["start"]): m["why"] for m in MentionStore(path).mentions()}
    assert got == {("a.txt", 0): "year as written", ("b.txt", 0): "a new reading",
                   ("c.txt", 0): "a new reading", ("c.txt", 10): "year as written"}
    assert a.db.execute("SELECT COUNT(*) FROM extras").fetchone()[0] == 2

    # a failed transaction takes its new extras with it; the writer does not reuse their ids
    with pytest.raises(ValueError):  # the malformed row cannot be unpacked
        a.put_many([("d.txt", "w", "D", None, [mention("rolled back")], None), ("bad",)])
    a.put("e.txt", "v", "E", None, [mention("rolled back")])
    assert [m["why"] for m in a.mentions(path="e.txt")] == ["rolled back"]
    assert not list(a.mentions(path="d.txt"))


def test_shared_keys_and_key_counts_agree_with_the_mentions_themselves(seeds):
    """The compare picker's default is the article sharing the most mention keys; both
    counts come from SQL: checked here against the mentions read back and counted."""
    index = DossierIndex(load_dossier(seeds))
    index.update()
    store = index.mentions
    keys: dict[str, set[str]] = {}
    for m in store.mentions():
        if m["key"]:
            keys.setdefault(m["path"], set()).add(m["key"])
    for path in keys:
        expected = {other: len(keys[path] & ks) for other, ks in keys.items()
                    if other != path and keys[path] & ks}
        assert store.shared_keys(path) == expected
        assert store.key_counts(path) == {k: sum(k in ks for ks in keys.values()) for k in keys[path]}
    assert max(store.shared_keys(next(iter(keys))).values()) > 1


def test_linked_lists_all_in_order_up_to_the_limit_then_each_articles_first(make_dossier):
    """What the linked-mentions list shows for a key, chosen by SQLite: every mention in
    dossier order while they fit, otherwise each article's first mention before any
    article's second; the counts are of all of them."""
    from dossier_tui.index.mentions.model import Mention
    from dossier_tui.tui.linked import one_per_article_first

    root = make_dossier({f"{n}.txt": f"خبر {n}\nقال البنتاغون إن القوات باقية. وأكد البنتاغون ذلك، ثم البنتاغون."
                         for n in range(5)})
    index = DossierIndex(load_dossier(root))
    index.update()
    store = index.mentions
    key = "entity:البنتاغون"
    everything = list(store.mentions(key=key))
    assert len(everything) == 15
    assert store.linked(key, 20) == (everything, 15, 5)
    capped, total, articles = store.linked(key, 7)
    assert (total, articles) == (15, 5)
    typed = [Mention.from_dict(d) for d in everything]  # the reader's (typed) lists, capped alike
    assert [Mention.from_dict(d) for d in capped] == one_per_article_first(typed)[:7]
    assert [m["path"] for m in capped[:5]] == sorted({m["path"] for m in everything})


def test_a_cancelled_build_stops_at_once_and_leaves_the_live_index_and_no_process(make_dossier, monkeypatch):
    """A progress callback that raises (the reader closing, Ctrl-C) stops a parallel build
    at once: no worker process outlives it (Whoosh's own cancel left its writers waiting
    on their queue, and Python hung at exit), the live index is the one before, unlocked."""
    import multiprocessing

    from dossier_tui.index import build
    from dossier_tui.index.errors import Cancelled

    monkeypatch.setattr(build, "PARALLEL_FROM", 8)
    files = {f"{i:02d}.txt": f"عنوان {i}\nانسحب {i * 100 + 50} جندي من بغداد في أيلول 2025." for i in range(260)}
    root = make_dossier(files)
    ix, _ = _index(root)  # the live index
    live = ix.location

    def stop(done: int, total: int) -> None:
        if done == 150:  # Whoosh's writers have batches of 100 by then
            raise Cancelled

    ix = DossierIndex(load_dossier(root))
    with pytest.raises(Cancelled):
        ix.update(rebuild=True, progress=stop)
    assert multiprocessing.active_children() == []
    assert sorted(p.name for p in live.parent.glob("gen-*")) == [live.name]  # the half build is gone
    again, report = _index(root)  # opens the old index, not locked by the cancelled writer
    assert not report.rebuilt and again.location == live
    assert len(search(again, "بغداد", limit=None).hits) == 260


def test_a_cancelled_incremental_update_leaves_the_index_as_it_was(make_dossier):
    from dossier_tui.index.errors import Cancelled

    root = make_dossier({f"{i}.txt": f"عنوان\nنص {i} عن بغداد" for i in range(5)})
    _index(root)
    (root / "new.txt").write_text("عنوان\nالأنبار", encoding="utf-8")

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        DossierIndex(load_dossier(root)).update(progress=cancel)
    ix, report = _index(root)  # not locked, and the change is still seen as new
    assert report.added == ["new.txt"] and search(ix, "الأنبار").hits
