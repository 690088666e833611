"""The array ranker against Whoosh's own searcher: for every query shape the parser makes,
the same documents, the same BM25F scores and an exact count, on several segments with
deleted documents as an incremental update leaves them."""

from __future__ import annotations

import random
import re
import shutil

import pytest
from whoosh import query as wq

from dossier_tui.index.errors import QueryError
from dossier_tui.index.loader import scan_dossier
from dossier_tui.index.query import ParsedQuery, parse_query
from dossier_tui.index.ranking import Unsupported, ranker_for
from dossier_tui.index.search import _ranked, search
from dossier_tui.index.store import DossierIndex

EXTRA = {
    "extra/a.txt": "عاجل: انسحاب القوات الأمريكية من قاعدة عين الأسد في أيلول 2026\n"
                   "قال مسؤول إن انسحاب القوات سيكتمل في سبتمبر ٢٠٢٦ وإن عين الأسد ستسلم.",
    "extra/b.txt": "التحالف الدولي يبحث الانسحاب\nاجتمع قادة التحالف الدولي في بغداد لبحث "
                   "الانسحاب والانسحابات المقبلة، وقال التحالف إن 2,500 جندي سيغادرون.",
    "extra/c.txt": "Baghdad talks\nThe coalition met in Baghdad; coalition forces withdraw in "
                   "September 2026. التحالف يؤكد.",
}


@pytest.fixture
def index(tmp_path, seeds):
    """Seeds plus three articles; then one changed and one added, so the index has two
    segments and a deleted document."""
    root = tmp_path / "dossier"
    shutil.copytree(seeds, root)
    for rel, text in EXTRA.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    DossierIndex(scan_dossier(root)).update()
    (root / "extra/a.txt").write_text(EXTRA["extra/a.txt"].replace("عين الأسد", "حرير"), encoding="utf-8")
    (root / "extra/d.txt").write_text("انسحاب جديد من عين الأسد\nالتحالف الدولي ينسحب.", encoding="utf-8")
    ix = DossierIndex(scan_dossier(root))
    report = ix.update()
    assert not report.rebuilt and report.changed and report.added
    with ix.searching() as s:
        assert len(list(s.leaf_searchers())) >= 2, "the test needs several segments"
        assert any(sub.reader().has_deletions() for sub, _ in s.leaf_searchers())
    return ix


def _queries(ix, n: int = 180, seed: int = 7) -> list[str]:
    """Queries of every shape, built from the dossier's own words."""
    words: list[str] = []
    for art in ix.dossier.articles:
        words += re.findall(r"[^\W\d_]{3,}|\d+", art.text)
    rng = random.Random(seed)
    out = ["عين الأسد", '"عين الأسد"', '"التحالف الدولي"', "سبتمبر 2026", "أيلول", "كانون الثاني",
           "انسحا*", "title:التحالف", "التحالف -بغداد", "Baghdad OR البنتاجون", "2,500", "coalition",
           '"التحالف التحالف"', '"انسحاب القوات الأمريكية من قاعدة"', 'title:"التحالف الدولي"',
           '-"عين الأسد" التحالف', "zzzz", '"zzzz التحالف"', "يتسبب -التحالف"]
    while len(out) < n:
        a, b = rng.choice(words), rng.choice(words)
        shape = rng.randrange(7)
        out.append([a, f"{a} {b}", f"{a} OR {b}", f"{a} -{b}", f'"{a} {b}"',
                    f"{a[:3]}*", f"title:{a}"][shape])
        if shape == 4:  # a phrase that exists: two neighbours in some article
            art = rng.choice(ix.dossier.articles)
            seq = re.findall(r"[^\W\d_]{2,}", art.text)
            i = rng.randrange(len(seq) - 2)
            out.append(f'"{seq[i]} {seq[i + 1]} {seq[i + 2]}"')
    return out


def test_same_documents_scores_and_count_as_whoosh(index):
    found_any = phrases_found = 0
    with index.searching() as s:
        ranker = ranker_for(s)
        for text in _queries(index):
            try:
                q = parse_query(text, index.ix.schema).query
            except QueryError:  # e.g. only a stop word and an exclusion
                continue
            whoosh = _whoosh(s, _prefixes_expanded(q, s.reader()))
            total, top = ranker.top(q, None)
            ours = dict(top)
            assert total == len(whoosh), text
            assert set(ours) == set(whoosh), text
            for doc, score in ours.items():
                assert score == pytest.approx(whoosh[doc], rel=1e-9, abs=1e-12), (text, doc)
            keys = [(-round(score, 9), doc) for doc, score in top]
            assert keys == sorted(keys), text  # best first, ties in document order
            found_any += total > 0
            phrases_found += total > 0 and text.startswith('"')
    assert found_any > 100 and phrases_found > 10  # the battery is not vacuous


def _whoosh(s, q) -> dict[int, float]:
    """Whoosh's documents and scores; NOT taken as set difference, because Whoosh 2.7.4's
    AndNot matcher lets excluded documents through (seen here: "يتسبب -التحالف" kept 002,
    which says التحالف)."""
    if isinstance(q, wq.AndNot):
        excluded = _whoosh(s, q.b)
        return {d: v for d, v in _whoosh(s, q.a).items() if d not in excluded}
    return {hit.docnum: hit.score for hit in s.search(q, limit=None)}


def test_excluded_words_exclude(index):
    """Every hit of "X -Y" is a hit of X and not of Y, and no hit of X is lost."""
    for x, y in [("يتسبب", "التحالف"), ("انسحاب", "بغداد"), ("التحالف", '"عين الأسد"'),
                 ("القوات", "انسحا*")]:
        with_x = {h.path for h in search(index, x, limit=None).hits}
        with_y = {h.path for h in search(index, y, limit=None).hits}
        for query in (f"{x} -{y}", f"{x} NOT {y}"):
            assert {h.path for h in search(index, query, limit=None).hits} == with_x - with_y, query
        assert with_x & with_y, (x, y)  # the exclusion had something to remove


def _prefixes_expanded(q, reader):
    """A prefix ranks as the OR of its expansions. Whoosh's own prefix scoring depends on
    the index: a constant score under 5,000 documents with 3+ expansions, BM25 otherwise."""
    if isinstance(q, wq.Prefix):
        terms = [wq.Term(q.fieldname, t) for t in reader.expand_prefix(q.fieldname, q.text)]
        return wq.Or(terms) if len(terms) > 1 else terms[0] if terms else wq.NullQuery
    return q if q.is_leaf() else q.apply(lambda sub: _prefixes_expanded(sub, reader))


def test_limit_takes_the_best(index):
    with index.searching() as s:
        q = parse_query("التحالف", index.ix.schema).query
        total, everything = ranker_for(s).top(q, None)
        total3, best3 = ranker_for(s).top(q, 3)
    assert total3 == total > 3 and best3 == everything[:3]


def test_deleted_document_no_longer_matches(index):
    """a.txt lost عين الأسد in the update: its old version is deleted, not searched."""
    result = search(index, '"عين الأسد"', limit=None)
    paths = {h.path for h in result.hits}
    assert "extra/d.txt" in paths and "extra/a.txt" not in paths
    assert result.total == len(paths)
    assert "extra/a.txt" in {h.path for h in search(index, "حرير", limit=None).hits}


def test_postings_cache_is_bounded(index, monkeypatch):
    from dossier_tui.index import ranking

    monkeypatch.setattr(ranking, "CACHE_BYTES", 4096)
    with index.searching() as s:
        r = ranking.Ranker(s)
        for text in _queries(index, 40):
            try:
                r.top(parse_query(text, index.ix.schema).query, 5)
            except QueryError:
                pass
        assert r._cached <= 4096 or len(r._cache) == 1
        assert r._cached == sum(p.nbytes for p in r._cache.values())


def test_unknown_query_shapes_fall_back_to_whoosh(index):
    with index.searching() as s:
        with pytest.raises(Unsupported):
            ranker_for(s).evaluate(wq.Every())
        total, top = _ranked(s, ParsedQuery("*", wq.Every()), 5)
        assert total == s.doc_count() and len(top) == 5


def test_field_lengths_read_whole_equal_whooshs_own(index):
    with index.searching() as s:
        r = ranker_for(s)
        for field in ("title", "body", "title_stem", "body_stem"):
            whoosh = [s.doc_field_length(d, field, 1) or 1 for d in range(s.doc_count_all())]
            assert list(r.lengths(field)) == whoosh, field
        assert sum(whoosh) > 100  # real articles, not empty fields
