"""The bulk segment writer and the sharded build against Whoosh's own writer: the same
files byte for byte, the same analysis item for item, and the same search results from
plain Whoosh, whichever way the index was written."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from whoosh import index as windex
from whoosh.qparser import QueryParser

from dossier_tui.index import shards
from dossier_tui.index.build import fields
from dossier_tui.index.loader import load_dossier
from dossier_tui.index.postings_table import TableCodec
from dossier_tui.index.schema import make_schema
from dossier_tui.index.seeds import bundled_dossier
from dossier_tui.index.segment_writer import BulkSegment, _fast_kind, _word_values, commit_segments
from dossier_tui.index.whoosh_compat import segment_ids

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from corpus import write_dossier  # noqa: E402

# Texts that stress the analysis: words of harakat or tatweel alone (dropped, yet counted
# in positions), months folded from two words, Latin, both digit scripts, separators.
AWKWARD = {
    "a.txt": "ـ ـ عنوان أول\nفي كانون الثاني 2026 قالَ المسؤولُ إن ٢٬٥٠٠ جندي باقون، و1.5 مليار دولار.",
    "b.txt": "\u0670 خبر\nThe coalition's 2,500 troops left Ain al-Asad on 9 آب; آب قال الأب.",
    "c.txt": "عنوان فقط",
    "d.txt": "ـ\nـ ـ ـ الانسحاب الانسحاب الانسحاب " + "كلمة " * 300 + "الانسحاب",
}


def _articles(root: Path):
    return load_dossier(root).articles


def _with_whoosh(folder: Path, arts) -> Path:
    ix = windex.create_in(str(folder), make_schema())
    writer = ix.writer(compound=False, codec=TableCodec())
    for art in arts:
        writer.add_document(**fields(art))
    writer.commit()
    return folder


def _with_bulk(folder: Path, arts) -> Path:
    ix = windex.create_in(str(folder), make_schema())
    seg = BulkSegment(ix.storage, ix.indexname, ix.schema)
    for art in arts:
        seg.add_document(**fields(art))
    commit_segments(ix, [seg.finish()])
    return folder


def _segment_files(folder: Path) -> dict[str, bytes]:
    """A one-segment index's files by extension (segment ids are random)."""
    out = {}
    for f in folder.iterdir():
        if f.name.startswith("MAIN_") and f.name != "MAIN_WRITELOCK":
            out[f.name.split(".", 1)[1]] = f.read_bytes()
    return out


@pytest.fixture(scope="module")
def bench_articles(tmp_path_factory):
    root = tmp_path_factory.mktemp("bench") / "d"
    root.mkdir()
    write_dossier(root, 120)
    return _articles(root)


@pytest.mark.parametrize("which", ["seeds", "bench", "awkward"])
def test_the_segment_files_are_whooshs_byte_for_byte(which, tmp_path, make_dossier, bench_articles):
    arts = {"seeds": lambda: _articles(bundled_dossier()), "bench": lambda: bench_articles,
            "awkward": lambda: _articles(make_dossier(AWKWARD))}[which]()
    (tmp_path / "w").mkdir()
    (tmp_path / "b").mkdir()
    theirs = _segment_files(_with_whoosh(tmp_path / "w", arts))
    ours = _segment_files(_with_bulk(tmp_path / "b", arts))
    assert set(theirs) >= {"trm", "pst", "dtp", "_stored.col", "_body_len.col"}
    assert set(ours) == set(theirs)
    for ext in theirs:
        assert ours[ext] == theirs[ext], ext
    # nothing of the writing left behind: one TOC, no scratch folder
    assert sorted(p.name for p in (tmp_path / "b").iterdir() if not p.name.startswith("MAIN_")) == ["_MAIN_1.toc"]


def test_the_fast_analysis_gives_what_field_index_gives(make_dossier, bench_articles):
    schema = make_schema()
    texts = [a.text for a in _articles(make_dossier(AWKWARD))] + [a.text for a in bench_articles[:30]]
    texts += ["", "ـ", "\u064e", "2026", "مارس", "مارس 2026 مارس"]
    fast = {name for name, field in schema.items() if _fast_kind(field)}
    assert fast == {"body", "body_stem", "title_stem"}  # the fields whose analysis is rewritten
    for name in sorted(fast):
        field = schema[name]
        for text in texts:
            assert sorted(_word_values(field, text, _fast_kind(field))) == sorted(field.index(text)), (name, text)


def _results(folder: Path, queries: list[str]) -> list[list[tuple[str, float]]]:
    ix = windex.open_dir(str(folder))
    out = []
    with ix.searcher() as s:
        for q in queries:
            for field in ("body",) if q.startswith('"') else ("body", "body_stem", "title"):
                hits = s.search(QueryParser(field, ix.schema).parse(q), limit=None)
                out.append(sorted((h["path"], round(h.score, 6)) for h in hits))
    return out


def test_a_sharded_build_searches_like_one_whoosh_wrote(tmp_path, bench_articles, monkeypatch):
    """Two worker processes, chunks of 8: the segments differ from Whoosh's single one,
    the answers of plain Whoosh (paths, scores, totals) do not, for a few hundred queries."""
    monkeypatch.setattr(shards, "CHUNK", 8)
    arts = bench_articles
    (tmp_path / "w").mkdir()
    whoosh_ix = _with_whoosh(tmp_path / "w", arts)
    rows: dict[str, tuple] = {}

    def shard_build(folder: Path) -> Path:
        folder.mkdir()
        ix = windex.create_in(str(folder), make_schema())
        built = shards.index_shards(ix, iter(arts), {}, 2, lambda art, row: rows.__setitem__(art.id, row))
        commit_segments(ix, built.segments)
        return folder

    ours = shard_build(tmp_path / "s")
    assert len(segment_ids(windex.open_dir(str(ours)))) == 2
    assert sorted(rows) == sorted(a.id for a in arts)  # every article's mentions came back
    with windex.open_dir(str(whoosh_ix)).reader() as r:
        words = [t.decode() for f, t in r.all_terms() if f == "body"]
    queries = words[::max(1, len(words) // 250)] + ['"القوات الأمريكية"', "انسحاب OR قاعدة", "month09 2025"]
    assert len(queries) > 200
    theirs = _results(whoosh_ix, queries)
    assert _results(ours, queries) == theirs
    assert sum(map(len, theirs)) > 1000  # the queries do find things
    with windex.open_dir(str(ours)).searcher() as s:
        stored = sorted((d["path"], d["sha256"]) for d in s.all_stored_fields())
    assert stored == sorted((a.id, a.digest()) for a in arts)
    # the same build again: the same segments, so equal scores come in the same order
    again = shard_build(tmp_path / "s2")
    assert _segment_files_all(again) == _segment_files_all(ours)


def _segment_files_all(folder: Path) -> list[bytes]:
    return sorted(f.read_bytes() for f in folder.iterdir() if f.name.startswith("MAIN_") and "." in f.name)


def test_a_bulk_mention_store_holds_what_a_normal_one_does(tmp_path):
    """A build's store is written without journal or indexes and numbers extras itself:
    the same rows, extras and indexes in the end, and a later writer works on it."""
    from dossier_tui.index.mention_store import MentionStore
    from dossier_tui.index.mentions.batch import extract_row

    rows = [extract_row((a, {})) for a in _articles(bundled_dossier())]
    dumps = []
    for bulk in (False, True):
        store = MentionStore(tmp_path / f"{bulk}.sqlite", bulk=bulk)
        store.put_many(rows[:2], new=True)
        store.put_many(rows[2:], new=True)
        store.finish_bulk()
        store.put_many(rows[:1])  # an update after the build: replaces, extras found again
        db = store.db
        dumps.append((
            sorted(db.execute("SELECT * FROM mentions")),
            sorted(db.execute("SELECT * FROM articles")),
            sorted(db.execute("SELECT * FROM date_events")),
            sorted(db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")),
            db.execute("PRAGMA journal_mode").fetchone(),
        ))
        store.close()
    assert dumps[0] == dumps[1]
    assert len(dumps[0][0]) > 100 and ("mentions_by_kind_key",) in dumps[0][3]
    with pytest.raises(ValueError):
        MentionStore(tmp_path / "True.sqlite", bulk=True)  # never over a store with rows
