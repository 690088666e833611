"""Every use of Whoosh's private internals, in one place, against the one version pinned.

Why: the ranker reads postings a block at a time and field lengths a column at a time,
the postings table is written by Whoosh's own field writer, and meta.json lists the live
segments; Whoosh offers no public call for any of them. Those reads depend on private
attributes of ``whoosh==2.7.4`` (the last release, pinned in pyproject.toml), so they live
here only, behind functions named for what they get. ``RELIED_ON`` lists each attribute;
tests/test_whoosh_compat.py checks the installed version against ``PINNED`` and each
attribute on real objects, and tests/test_lint.py keeps every other module off privates.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import Any

PINNED = "2.7.4"

# What the functions below read, by the Whoosh class that has it (instance attributes
# included): a Whoosh upgrade must keep every one, or this module changes with it.
RELIED_ON: dict[str, tuple[str, ...]] = {
    "whoosh.index.FileIndex": ("_segments",),
    "whoosh.reading.SegmentReader": ("_perdoc", "_segment", "_storage"),
    "whoosh.codec.whoosh3.W3PerDocReader": ("_cached_reader",),
    "whoosh.columns.FixedBytesColumn.Reader": ("_dbfile", "_basepos", "_count"),
    "whoosh.codec.whoosh3.W3LeafMatcher": ("_atend", "_data", "_read_data", "_blocklength",
                                          "_byteids", "_next_block"),
    "whoosh.codec.whoosh3.W3FieldWriter": ("_segment", "_storage", "_postwriter"),
    "whoosh.codec.whoosh3.W3PostingsWriter": ("_blocklimit", "_ids", "_weights", "_values", "_maxweight",
                                              "_minlength", "_maxlength", "_write_block"),
    "whoosh.scoring.BM25F": ("_field_B",),
    "whoosh.system": ("_INT_SIZE",),
}


# Whoosh itself is imported inside the functions: opening a dossier's index home must not
# load it (start-up time).


def installed_version() -> str:
    import whoosh

    return ".".join(str(n) for n in whoosh.__version__)


def positions_count_size() -> int:
    """Bytes of the count that starts each Positions posting value."""
    from whoosh.system import _INT_SIZE

    return _INT_SIZE


def segment_ids(ix) -> set[str]:
    """The ids ("MAIN_<id>") of an index's live segments; their files are "<id>.<ext>"."""
    return {seg.segment_id() for seg in ix._segments()}


def live_doc_count(ix) -> int:
    """How many undeleted documents the index's live segments hold, from its TOC alone:
    ``ix.doc_count()`` opens a reader on every segment (50 ms at 20k articles)."""
    return sum(seg.doc_count() for seg in ix._segments())


def bm25f_has_field_b(weighting) -> bool:
    """True when a BM25F weighting was given a per-field B (``title_B=...``)."""
    return bool(getattr(weighting, "_field_B", None))


def postings_blocks(m) -> Iterator[tuple[Iterable[int], Any, list[bytes], int]] | None:
    """An on-disk (W3LeafMatcher) matcher's postings a block at a time, as (segment
    docnums, weights, values, length); None for other matchers (inlined postings), which
    the caller steps through one posting at a time. Weights are a sequence, one float for
    the whole block, or None (all 1.0)."""
    if not (hasattr(m, "_read_data") and hasattr(m, "_next_block")):
        return None
    return _blocks(m)


def _blocks(m) -> Iterator[tuple[Iterable[int], Any, list[bytes], int]]:
    while not m._atend:
        if m._data is None:
            m._read_data()
        ids, ws, vs = m._data[0], m._data[1], m._data[2]
        # ids are deltas, except in blocks that store them as a byte array
        yield (ids if m._byteids else accumulate(ids)), ws, vs, m._blocklength
        m._next_block()


def field_length_bytes(reader, field: str) -> bytes | None:
    """A segment's stored length of ``field`` for every document, one byte each (Whoosh's
    ``length_to_byte`` code), read whole; b"" when the field has no lengths column, None
    for a reader of another codec (ask ``doc_field_length`` instead)."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN

    try:
        column = reader._perdoc._cached_reader(f"_{field}_len", LENGTHS_COLUMN)
        return b"" if column is None else column._dbfile.get(column._basepos, column._count)
    except AttributeError:
        return None


def segment_location(reader) -> tuple[str, Any] | None:
    """(folder, segment) of a segment reader on a file storage, else None: the postings
    table's file sits beside the segment's own."""
    segment = getattr(reader, "_segment", None)
    folder = getattr(getattr(reader, "_storage", None), "folder", None)
    if segment is None or folder is None:
        return None
    return folder, segment


def create_segment_file(field_writer, ext: str):
    """A new file of the segment a W3FieldWriter is writing, named "<segment id><ext>":
    Whoosh deletes it with its segment."""
    return field_writer._segment.create_file(field_writer._storage, ext)


def write_term_postings(field_writer, docs: list[int], weights: list[float], values: list[bytes],
                        lengths: list[int | None]) -> None:
    """One term's postings into a W3FieldWriter between ``start_term`` and ``finish_term``,
    a block at a time: the buffers ``add_posting`` fills one posting at a time are set
    whole, with the statistics it would have kept, and Whoosh's ``_write_block`` writes
    each full block; the last stays buffered for ``finish_term``, as after the last
    ``add_posting``. ``lengths`` are the documents' stored field lengths (None for none)."""
    from array import array

    pw = field_writer._postwriter
    limit = pw._blocklimit
    n = len(docs)
    for start in range(0, n, limit):
        end = min(start + limit, n)
        ws = weights[start:end]
        pw._ids = array("I", docs[start:end])
        pw._weights = array("f", ws)
        pw._values = [v for v in values[start:end] if v]
        pw._maxweight = max(0, max(ws))  # add_posting's running maximum starts at 0
        known = [x for x in lengths[start:end] if x]
        pw._minlength = min(known) if known else None
        pw._maxlength = max(known) if known else 0
        if end < n:
            pw._write_block()


def write_toc(ix, segments: list) -> None:
    """A new generation of a fresh index listing ``segments``: what a writer's commit
    writes (Whoosh's TOC), for segments written outside a writer."""
    from whoosh.index import TOC, clean_files

    generation = ix.latest_generation() + 1
    TOC(ix.schema, segments, generation).write(ix.storage, ix.indexname)
    clean_files(ix.storage, ix.indexname, generation, segments)  # the old TOC, as a commit does
    ix.storage.temp_storage(f"{ix.indexname}.tmp").destroy()  # the per-document writers' scratch
