"""The postings tables written beside Whoosh's segments: every posting Whoosh holds, the
same searches with or without them, and a damaged or missing table read through Whoosh."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dossier_tui.index import ranking
from dossier_tui.index.loader import scan_dossier
from dossier_tui.index.postings_table import PostingsTable, table_path
from dossier_tui.index.search import search
from dossier_tui.index.store import DossierIndex

QUERIES = ["عين الأسد", '"عين الأسد"', '"التحالف الدولي"', "سبتمبر 2026", "انسحا*", "التحالف -بغداد",
           "title:التحالف", "coalition", "2,500", "كانون الثاني", "الانسحاب OR حرير", "لاوجودلها"]


@pytest.fixture
def index(tmp_path, seeds):
    """The seeds, then one changed article and one added: two segments, one deletion."""
    root = tmp_path / "dossier"
    shutil.copytree(seeds, root)
    DossierIndex(scan_dossier(root)).update()
    first = sorted(root.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nانسحاب جديد من عين الأسد", encoding="utf-8")
    (root / "new.txt").write_text("التحالف الدولي ينسحب\nانسحاب من عين الأسد في أيلول 2026.",
                                  encoding="utf-8")
    ix = DossierIndex(scan_dossier(root))
    ix.update()
    return ix


def _results(ix) -> list:
    return [[(h.path, h.score, h.matches) for h in search(ix, q, limit=None).hits] for q in QUERIES]


def test_every_segment_has_a_table_holding_whoosh_postings_exactly(index):
    with index.searching() as s:
        leaves = list(s.leaf_searchers())
        assert len(leaves) >= 2 and any(sub.reader().has_deletions() for sub, _ in leaves)
        checked = 0
        for sub, _offset in leaves:
            reader = sub.reader()
            table = PostingsTable.open(table_path(reader))
            assert table is not None, "a segment written without its table"
            for field in ("title", "body", "title_stem", "body_stem"):
                terms = list(reader.lexicon(field))
                positional = reader.schema[field].format.supports("positions")
                for btext in terms:
                    # unfiltered (the table keeps deleted documents too, as the segment does)
                    m = reader._terms.matcher(field, btext, reader.schema[field].format)
                    docs, weights, values = [], [], []
                    while m.is_active():
                        docs.append(m.id())
                        weights.append(m.weight())
                        values.append(m.value())
                        m.next()
                    got = table.postings(field, btext, positions=positional)
                    assert got is not None, (field, btext.decode())
                    assert got[0].tolist() == docs and got[1].tolist() == weights
                    if positional:  # as Whoosh's own format decodes them, one by one
                        each = [reader.schema[field].format.decode_positions(v) for v in values]
                        assert got[2].tolist() == [len(p) for p in each]
                        assert got[3].tolist() == [x for p in each for x in p]
                    checked += 1
                assert table.postings(field, b"\xff-not-a-term") is None
        assert checked > 1000


def test_searches_are_the_same_with_and_without_tables(index, monkeypatch):
    with_tables = _results(index)
    ranking._RANKERS.clear()
    monkeypatch.setattr(ranking.Ranker, "tables", property(lambda self: [None] * len(self.leaves)))
    assert _results(index) == with_tables
    assert sum(len(r) for r in with_tables) > 20  # real hits were compared


def test_a_damaged_or_missing_table_is_read_through_whoosh(index):
    expected = _results(index)
    gen = Path(index.ix.storage.folder)
    tables = sorted(gen.glob("*.dtp"))
    assert len(tables) >= 2
    tables[0].write_bytes(b"DTPT1\n\xff\xff")  # a header that cannot be read
    tables[1].unlink()
    ranking._RANKERS.clear()
    with index.searching() as s:
        assert ranking.ranker_for(s).tables.count(None) >= 2
    assert _results(index) == expected


@pytest.mark.parametrize("damage", ["docnum past the segment", "offsets out of order",
                                    "positions not the counts'"])
def test_a_table_of_the_right_size_but_wrong_content_is_not_used(index, damage):
    """A bad disk block keeps the file's size (meta.json's check passes). Offsets are
    checked when a searcher opens the table, each term's slice when it is read; either
    way the search reads that segment through Whoosh and finds what it found before."""
    import json
    import struct

    import numpy as np

    path = sorted(Path(index.ix.storage.folder).glob("*.dtp"))[0]
    data = bytearray(path.read_bytes())
    (size,) = struct.unpack_from("<I", data, 6)
    base = 6 + 4 + size
    body = json.loads(bytes(data[10:base]))["body"]

    def array(name):
        off, dtype, n = body[name]
        return off, np.dtype(dtype), np.frombuffer(bytes(data[base + off:base + off + n * np.dtype(dtype).itemsize]),
                                                   dtype=dtype)

    _, _, terms = array("terms")
    _, _, term_off = array("term_off")
    _, _, post_off = array("post_off")
    common = int(np.argmax(np.diff(post_off)))  # the body's most frequent term
    word = terms[term_off[common]:term_off[common + 1]].tobytes().decode()
    expected = [(h.path, h.score, h.matches) for h in search(index, f'"{word}" OR {word}', limit=None).hits]
    assert expected

    def poke(name, at, value):
        off, dtype, _ = array(name)
        data[base + off + at * dtype.itemsize:base + off + (at + 1) * dtype.itemsize] = \
            np.array([value], dtype=dtype).tobytes()

    if damage == "docnum past the segment":
        poke("docs", int(post_off[common]), np.iinfo(array("docs")[1]).max)
    elif damage == "positions not the counts'":
        poke("counts", int(post_off[common]), int(array("counts")[2][post_off[common]]) + 1)
    else:
        poke("post_off", len(post_off) // 2, 0)
    path.write_bytes(bytes(data))
    ranking._RANKERS.clear()
    with index.searching() as s:
        reader = next(sub.reader() for sub, _ in s.leaf_searchers() if table_path(sub.reader()) == str(path))
        table = PostingsTable.open(str(path), reader.doc_count_all())
        if damage == "offsets out of order":
            assert table is None
        else:
            with pytest.raises(ValueError):
                table.postings("body", word.encode(), positions=True)
    got = [(h.path, h.score, h.matches) for h in search(index, f'"{word}" OR {word}', limit=None).hits]
    assert got == expected


def test_whooshs_own_files_are_byte_for_byte_what_its_writer_makes(tmp_path, seeds, monkeypatch):
    """The table's field writer also hands Whoosh each field's lengths from a list read
    once (Whoosh asks per posting, for its blocks' bounds). Whoosh's postings and terms
    files must come out exactly as with Whoosh's own lookups: compared on a dossier big
    enough for many blocks of 128 postings."""
    from whoosh.codec.base import FieldWriter

    from dossier_tui.index import postings_table

    paragraphs = [p for f in sorted(seeds.glob("*.txt")) for p in f.read_text(encoding="utf-8").split("\n") if p]
    root = tmp_path / "many"
    root.mkdir()
    for n in range(300):
        picked = [paragraphs[(n * 7 + k * 13) % len(paragraphs)] for k in range(1 + n % 9)]
        (root / f"{n:03d}.txt").write_text(f"خبر {n}\n" + "\n".join(picked), encoding="utf-8")

    def build(cache: str) -> dict[str, bytes]:
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / cache))
        ix = DossierIndex(scan_dossier(root))
        ix.update()
        folder = Path(ix.ix.storage.folder)
        files = {p.suffix: p.read_bytes() for p in folder.iterdir() if p.suffix in (".pst", ".trm", ".dtp")}
        assert set(files) == {".pst", ".trm", ".dtp"}, "one segment expected"
        return files

    ours = build("with-lists")
    monkeypatch.setattr(postings_table.TableFieldWriter, "add_postings", FieldWriter.add_postings)
    whooshs = build("with-whoosh-lookups")
    assert ours == whooshs
