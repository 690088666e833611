"""Whoosh's private internals: used by index/whoosh_compat.py only, and only as the pinned
version has them. A Whoosh upgrade fails here first, saying what moved."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest
from whoosh import fields, scoring
from whoosh import index as windex
from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.codec.whoosh3 import W3Codec, W3Segment
from whoosh.filedb.filestore import FileStorage

from dossier_tui.index import whoosh_compat
from dossier_tui.index.postings_table import TableCodec, table_path

REPO = Path(__file__).resolve().parents[1]
INDEX = REPO / "index"


def test_installed_whoosh_is_the_version_whoosh_compat_was_written_for():
    installed = whoosh_compat.installed_version()
    assert installed == whoosh_compat.PINNED, (
        f"Whoosh {installed} is installed but index/whoosh_compat.py reads the private "
        f"internals of Whoosh {whoosh_compat.PINNED}: check every attribute in RELIED_ON "
        "against the new version, then change PINNED and the pin in pyproject.toml")
    pins = re.findall(r'"whoosh==([^"]+)"', (REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert pins == [whoosh_compat.PINNED], (
        f"pyproject.toml pins whoosh {pins}, index/whoosh_compat.py says {whoosh_compat.PINNED}: "
        "they must name the same version")


def _resolve(path: str):
    """'whoosh.columns.FixedBytesColumn.Reader' -> that class (or module)."""
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            obj = getattr(obj, name)
        return obj
    raise ImportError(path)


@pytest.fixture
def real_objects(tmp_path):
    """One of each Whoosh object whose privates whoosh_compat reads, from a real index
    written with the product's codec: a word in three documents (postings on disk, not
    inlined), a field with lengths."""
    schema = fields.Schema(path=fields.ID(stored=True, unique=True),
                           body=fields.TEXT(analyzer=SpaceSeparatedTokenizer(), phrase=True))
    (tmp_path / "ix").mkdir()
    ix = windex.create_in(str(tmp_path / "ix"), schema)
    writer = ix.writer(codec=TableCodec(), compound=False)
    for n, text in enumerate(["a b c", "a b", "a d e f"]):
        writer.add_document(path=str(n), body=text)
    writer.commit()
    searcher = ix.searcher()
    reader = searcher.reader()
    column = reader._perdoc._cached_reader("_body_len", _lengths_column())
    (tmp_path / "probe").mkdir()
    storage = FileStorage(str(tmp_path / "probe"))
    field_writer = W3Codec().field_writer(storage, W3Segment(W3Codec(), "PROBE"))
    field_writer.start_field("body", schema["body"])
    field_writer.start_term(b"a")  # the block buffers exist from here
    objects = {
        "whoosh.index.FileIndex": ix,
        "whoosh.reading.SegmentReader": reader,
        "whoosh.codec.whoosh3.W3PerDocReader": reader._perdoc,
        "whoosh.columns.FixedBytesColumn.Reader": column,
        "whoosh.codec.whoosh3.W3LeafMatcher": reader.postings("body", b"a"),
        "whoosh.codec.whoosh3.W3FieldWriter": field_writer,
        "whoosh.codec.whoosh3.W3PostingsWriter": field_writer._postwriter,
        "whoosh.scoring.BM25F": scoring.BM25F(),
        "whoosh.system": importlib.import_module("whoosh.system"),
    }
    yield ix, searcher, reader, objects
    field_writer.add(0, 1.0, b"", 1)
    field_writer.finish_term()
    field_writer.finish_field()
    field_writer.close()
    searcher.close()


def _lengths_column():
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN

    return LENGTHS_COLUMN


def test_every_private_attribute_whoosh_compat_relies_on_is_there(real_objects):
    _ix, _s, _r, objects = real_objects
    assert set(objects) == set(whoosh_compat.RELIED_ON), "the test must probe every entry of RELIED_ON"
    missing = []
    for where, names in whoosh_compat.RELIED_ON.items():
        obj = objects[where]
        kind = _resolve(where)
        if isinstance(kind, type):
            assert isinstance(obj, kind), f"{where}: Whoosh now gives a {type(obj).__qualname__}"
        missing += [f"{where}.{name}" for name in names if not hasattr(obj, name)]
    assert not missing, ("Whoosh no longer has the private attributes index/whoosh_compat.py "
                         f"reads: {', '.join(missing)}. Adapt whoosh_compat.py to the new version.")


def test_whoosh_compat_reads_what_the_public_api_says(real_objects):
    """Each function against Whoosh's own public answer, on the same index."""
    ix, searcher, reader, _objects = real_objects
    ids = whoosh_compat.segment_ids(ix)
    assert len(ids) == 1 and all(p.name.startswith(next(iter(ids)))
                                 for p in Path(ix.storage.folder).glob("*.pst"))
    assert whoosh_compat.live_doc_count(ix) == ix.doc_count()
    assert not whoosh_compat.bm25f_has_field_b(scoring.BM25F())
    assert whoosh_compat.bm25f_has_field_b(scoring.BM25F(body_B=0.5))

    blocks = whoosh_compat.postings_blocks(reader.postings("body", b"a"))
    assert blocks is not None
    docs, weights = [], []
    for ids_, ws, _vs, n in blocks:
        got = list(ids_)
        assert len(got) == n
        docs += got
        weights += [1.0] * n if ws is None else [ws] * n if isinstance(ws, float) else list(ws)
    public = reader.postings("body", b"a")
    assert docs == list(public.all_ids()) == [0, 1, 2] and weights == [1.0, 1.0, 1.0]
    assert whoosh_compat.postings_blocks(object()) is None  # another matcher: stepped by the caller

    from whoosh.util.numeric import byte_to_length

    raw = whoosh_compat.field_length_bytes(reader, "body")
    assert [byte_to_length(b) for b in raw] == [reader.doc_field_length(d, "body") for d in range(3)] == [3, 2, 4]
    assert whoosh_compat.field_length_bytes(object(), "body") is None  # another codec

    folder, segment = whoosh_compat.segment_location(reader)
    assert folder == ix.storage.folder and segment.segment_id() in ids
    assert Path(table_path(reader)).is_file()  # written through create_segment_file
    assert whoosh_compat.segment_location(object()) is None


# -- no other module touches Whoosh's privates ------------------------------------------------

def private_uses(source: str) -> list[tuple[int, str]]:
    """(line, text) of every use of another object's private attribute in ``source``:
    ``x._name`` where x is not self/cls; ``self._name`` in a class that never sets or
    defines ``_name`` itself (so it is inherited: from Whoosh, in index/); getattr/hasattr
    with a "_name" literal; ``from whoosh... import _name``. Dunders are public."""
    tree = ast.parse(source)
    found: list[tuple[int, str]] = []

    def private(name: str) -> bool:
        return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))

    def own_names(cls: ast.ClassDef) -> set[str]:
        """What the class defines (methods, class attributes) or sets on self/cls."""
        names = set()
        for stmt in cls.body:
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
                names.add(stmt.name)
            elif isinstance(stmt, ast.Assign | ast.AnnAssign):
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                names |= {t.id for t in targets if isinstance(t, ast.Name)}
        for node in ast.walk(cls):
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) \
                    and isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
                names.add(node.attr)
        return names

    def visit(node: ast.AST, own: set[str] | None) -> None:
        if isinstance(node, ast.ClassDef):
            own = own_names(node)
        if isinstance(node, ast.Attribute) and private(node.attr):
            is_self = isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
            if not is_self or own is None or node.attr not in own:
                found.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("getattr", "hasattr", "setattr", "delattr") and len(node.args) >= 2 \
                and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str) \
                and private(node.args[1].value):
            found.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("whoosh") \
                and any(private(a.name) for a in node.names):
            found.append((node.lineno, ast.unparse(node)))
        for child in ast.iter_child_nodes(node):
            visit(child, own)

    visit(tree, None)
    return found


def test_the_private_use_check_finds_what_it_is_for():
    """The check below would have caught each use this module fenced in."""
    old = '''
from whoosh.system import _INT_SIZE
def write_meta(ix):
    return {seg.segment_id() for seg in ix._segments()}
def lengths(reader):
    return reader._perdoc._cached_reader("_body_len", None)
def table_path(reader):
    return getattr(reader, "_segment", None)
class TableFieldWriter(W3FieldWriter):
    def __init__(self):
        self._fields = {}
    def close(self):
        self._fields.clear()
        self._segment.create_file(self._storage, ".dtp")
'''
    texts = [text for _line, text in private_uses(old)]
    assert texts == ["from whoosh.system import _INT_SIZE", "ix._segments", "reader._perdoc._cached_reader",
                     "reader._perdoc", "getattr(reader, '_segment', None)",
                     "self._segment", "self._storage"]
    assert private_uses("class A:\n    _n = 1\n    def f(self):\n        return self._n, self._g(), self.__dict__\n"
                        "    def _g(self):\n        return 0\n") == []


def test_no_module_of_index_but_whoosh_compat_touches_private_attributes():
    offenders = []
    for path in sorted(INDEX.rglob("*.py")):
        if path.name == "whoosh_compat.py" and path.parent == INDEX:
            continue
        for line, text in private_uses(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(REPO)}:{line}: {text}")
    assert not offenders, ("private attributes of other objects (Whoosh's) used outside "
                           "index/whoosh_compat.py; add a named function there instead:\n  "
                           + "\n  ".join(offenders))
