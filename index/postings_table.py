"""Each Whoosh segment's postings, also written as flat arrays the ranker maps from disk.

Why: Whoosh keeps postings as zlib-compressed pickled blocks of 128. Reading a word's
postings the first time (a search for a new word) decoded every block in Python: 20-30 ms
for a word in most of 10,000 articles, the whole tail of the query latency. The table is
written while Whoosh writes the segment, from the same postings (no second analysis),
and read with ``numpy.frombuffer`` over ``mmap``: a word costs a binary search and slices.

The file is ``<segment id>.dtp`` beside the segment's own files, so Whoosh deletes it
with its segment. A segment without one (an index written before, or by a plain Whoosh
writer) is read through Whoosh as before.

Layout: ``MAGIC``, a little-endian uint32 header length, a JSON header naming each
array's offset, dtype and length, then the arrays, each 8-byte aligned. Per field:
``terms`` (the sorted term bytes, joined) and ``term_off``; ``post_off`` (a term's range of
postings); ``docs`` (segment docnums) and ``weights``; and for fields with positions,
``counts`` (positions per posting), ``positions`` (absolute, per document) and ``pos_off``
(a term's range of positions). Docnums, counts and positions are uint16 where they fit.
"""

from __future__ import annotations

import json
import mmap
import os
import struct
from array import array
from itertools import accumulate, chain
from pickle import loads

import numpy as np
from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3Segment

from .whoosh_compat import create_segment_file, positions_count_size, segment_location

MAGIC = b"DTPT1\n"
EXT = ".dtp"
INT_SIZE = positions_count_size()


class TableCodec(W3Codec):
    """Whoosh's own codec, whose field writer also writes the segment's postings table.
    Segments still name the plain W3Codec, so reading never depends on this class."""

    def field_writer(self, storage, segment):
        return TableFieldWriter(self, storage, segment)

    def new_segment(self, storage, indexname):
        return W3Segment(W3Codec(), indexname)


class TableFieldWriter(W3FieldWriter):
    """Records every posting as Whoosh writes it, then the table when the segment closes."""

    def __init__(self, codec, storage, segment):
        super().__init__(codec, storage, segment)
        self._fields: dict[str, dict] = {}
        self._cur: dict | None = None
        self._values: list[bytes] | None = None

    def add_postings(self, schema, lengths, items):
        super().add_postings(schema, _Lengths(lengths) if lengths is not None else None, items)

    def start_field(self, fieldname, fieldobj):
        super().start_field(fieldname, fieldobj)
        positional = fieldobj.format.supports("positions")
        self._cur = self._fields.setdefault(fieldname, {
            "terms": bytearray(), "term_off": array("q", [0]), "post_off": array("q", [0]),
            "docs": array("i"), "weights": array("d"),
            **({"counts": array("i"), "positions": array("i"), "pos_off": array("q", [0])}
               if positional else {}),
        })

    def start_term(self, btext):
        # terms arrive in increasing order: Whoosh's own terms index refuses anything else
        # ("Keys must increase"), and the table's binary search relies on it
        super().start_term(btext)
        cur = self._cur
        cur["terms"] += btext
        cur["term_off"].append(len(cur["terms"]))
        self._values = [] if "counts" in cur else None

    def add(self, docnum, weight, vbytes, length):
        super().add(docnum, weight, vbytes, length)
        cur = self._cur
        cur["docs"].append(docnum)
        cur["weights"].append(weight)
        if self._values is not None:
            self._values.append(vbytes)

    def record(self, docs: list[int], weights: list[float], values: list[bytes]) -> None:
        """A whole term's postings for the table, as ``add`` records them one by one (the
        bulk segment writer gives Whoosh's blocks their postings itself)."""
        cur = self._cur
        cur["docs"].extend(docs)
        cur["weights"].extend(weights)
        if self._values is not None:
            self._values.extend(values)

    def finish_term(self):
        super().finish_term()
        cur = self._cur
        cur["post_off"].append(len(cur["docs"]))
        if self._values is not None:
            counts, positions = decode_positions(self._values)
            cur["counts"].extend(counts)
            cur["positions"].extend(positions)
            cur["pos_off"].append(len(cur["positions"]))
            self._values = None

    def close(self):
        super().close()
        if any(len(f["docs"]) for f in self._fields.values()):
            with create_segment_file(self, EXT) as out:
                out.write(_encode(self._fields))


class _Lengths:
    """Whoosh's add_postings asks the document's field length for every posting (for its
    blocks' length bounds): a tenth of a build worker's time, through several calls each.
    Here each field's lengths are read once, by the same call, into a list."""

    def __init__(self, lengths) -> None:
        self._lengths = lengths
        self._by_field: dict[str, list] = {}

    def doc_field_length(self, docnum, fieldname, default=0):
        column = self._by_field.get(fieldname)
        if column is None:
            get = self._lengths.doc_field_length
            try:
                count = self._lengths.doc_count_all()
            except (AttributeError, NotImplementedError):
                count = 0  # a reader that cannot say: asked posting by posting below
            column = self._by_field[fieldname] = [get(d, fieldname, default) for d in range(count)]
        if 0 <= docnum < len(column):
            return column[docnum]
        return self._lengths.doc_field_length(docnum, fieldname, default)


def decode_positions(values: list[bytes]) -> tuple[list[int], list[int]]:
    """Whoosh ``Positions`` values as (positions per posting, absolute positions).

    Each value is a count, then a protocol-2 pickle of the position deltas. Their bodies
    are joined into one pickle of a list of lists, so one ``loads`` reads them all."""
    lists = None
    if all(v[INT_SIZE:INT_SIZE + 2] == b"\x80\x02" for v in values):
        bodies = [v[INT_SIZE + 2:-1] if v[-1:] == b"." else v[INT_SIZE + 2:] for v in values]
        try:
            lists = loads(b"\x80\x02(" + b"".join(bodies) + b"l.")
        except Exception:  # not the layout expected: decode them one by one
            lists = None
    if lists is None or len(lists) != len(values):
        lists = [loads(v[INT_SIZE:] if v[-1:] == b"." else v[INT_SIZE:] + b".") for v in values]
    counts = list(map(len, lists))
    return counts, list(chain.from_iterable(map(accumulate, lists)))


def _encode(fields: dict[str, dict]) -> bytes:
    header: dict[str, dict] = {}
    chunks: list[bytes] = []
    at = 0
    for name, f in fields.items():
        weights = np.frombuffer(f["weights"], dtype=np.float64)
        exact = bool(len(weights) == 0 or (np.all(weights == np.round(weights))
                                           and weights.max() < 2**24))
        arrays: dict[str, np.ndarray] = {
            "terms": np.frombuffer(bytes(f["terms"]), dtype=np.uint8),
            "term_off": np.frombuffer(f["term_off"], dtype=np.int64),
            "post_off": np.frombuffer(f["post_off"], dtype=np.int64),
            "docs": _narrow(np.frombuffer(f["docs"], dtype=np.int32)),
            "weights": weights.astype(np.float32) if exact else weights,  # term counts: exact
        }
        for extra in ("counts", "positions"):
            if extra in f:
                arrays[extra] = _narrow(np.frombuffer(f[extra], dtype=np.int32))
        if "pos_off" in f:
            arrays["pos_off"] = np.frombuffer(f["pos_off"], dtype=np.int64)
        header[name] = {}
        for key, arr in arrays.items():
            data = arr.tobytes()
            header[name][key] = [at, arr.dtype.str, len(arr)]
            pad = -len(data) % 8
            chunks.append(data + b"\0" * pad)
            at += len(data) + pad
    head = json.dumps(header).encode()
    start = len(MAGIC) + 4 + len(head)
    start_pad = -start % 8
    return MAGIC + struct.pack("<I", len(head) + start_pad) + head + b" " * start_pad + b"".join(chunks)


def _narrow(values: np.ndarray) -> np.ndarray:
    """Two bytes a value where they hold it: docnums in a segment of under 65,536 articles,
    positions in an article of under 65,536 words. Halves the table."""
    return values.astype(np.uint16) if not len(values) or (values.min() >= 0 and values.max() < 2**16) else values


class PostingsTable:
    """One segment's table, mapped read-only. ``None`` from ``open`` when there is none."""

    def __init__(self, buffer, header: dict, base: int, doc_count: int | None = None) -> None:
        self._buffer = buffer
        self._doc_count = doc_count
        self._fields = {
            name: {key: np.frombuffer(buffer, dtype=np.dtype(dt), count=n, offset=base + off)
                   for key, (off, dt, n) in arrays.items()}
            for name, arrays in header.items()
        }

    @classmethod
    def open(cls, path: str, doc_count: int | None = None) -> PostingsTable | None:
        """The table, or None when it is missing or fails ``consistent``: searches then read
        the segment through Whoosh, never wrong arrays."""
        try:
            with open(path, "rb") as fh:
                buffer = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # missing, or empty (mmap cannot map 0 bytes)
            return None
        try:
            if buffer[:len(MAGIC)] != MAGIC:
                return None
            (size,) = struct.unpack_from("<I", buffer, len(MAGIC))
            base = len(MAGIC) + 4 + size
            header = json.loads(bytes(buffer[len(MAGIC) + 4:base]))
            table = cls(buffer, header, base, doc_count)
            return table if table.consistent() else None
        except (ValueError, struct.error, TypeError, KeyError, AttributeError):  # damaged
            return None

    def consistent(self) -> bool:
        """Every offset within its array and in order: a table of the right size but
        damaged content (a bad disk block, a bug) must not index past an array. Only the
        offset arrays are read here (the big ones stay on disk until a term is asked
        for); ``postings`` checks each term's own slice."""
        for f in self._fields.values():
            n = len(f["term_off"]) - 1
            if n < 0 or len(f["post_off"]) != n + 1 or not _runs(f["term_off"], len(f["terms"])) \
                    or not _runs(f["post_off"], len(f["docs"])) or len(f["weights"]) != len(f["docs"]):
                return False
            if "counts" in f and (len(f["counts"]) != len(f["docs"]) or len(f["pos_off"]) != n + 1
                                  or not _runs(f["pos_off"], len(f["positions"]))):
                return False
        return True

    def has_field(self, field: str) -> bool:
        return field in self._fields

    def postings(self, field: str, btext: bytes, positions: bool = False):
        """(docs, weights, counts, positions) of a term, segment docnums; counts and
        positions are None unless asked for. None when the term is not in the field;
        ValueError when its slice is damaged (a docnum past the segment, positions that
        are not its counts'): the caller reads the segment through Whoosh instead."""
        f = self._fields[field]
        i = _find(f["terms"], f["term_off"], btext)
        if i < 0:
            return None
        a, b = int(f["post_off"][i]), int(f["post_off"][i + 1])
        docs = f["docs"][a:b].astype(np.int64)
        if self._doc_count is not None and len(docs) and int(docs.max()) >= self._doc_count:
            raise ValueError(f"postings table: a docnum past the segment ({field})")
        weights = f["weights"][a:b].astype(np.float64)
        if not positions:
            return docs, weights, None, None
        if "counts" not in f:
            raise KeyError(f"{field} has no positions")
        pa, pb = int(f["pos_off"][i]), int(f["pos_off"][i + 1])
        counts = f["counts"][a:b].astype(np.int64)
        if int(counts.sum()) != pb - pa:
            raise ValueError(f"postings table: positions that are not the counts' ({field})")
        return docs, weights, counts, f["positions"][pa:pb].astype(np.int64)


def _runs(offsets: np.ndarray, total: int) -> bool:
    """Offsets that start at 0, never go back, and end at the array's length."""
    return bool(len(offsets) and offsets[0] == 0 and offsets[-1] == total
                and (len(offsets) < 2 or np.all(offsets[1:] >= offsets[:-1])))


def _find(terms: np.ndarray, offsets: np.ndarray, key: bytes) -> int:
    """The index of ``key`` among the sorted terms, or -1 (a binary search over slices)."""
    lo, hi = 0, len(offsets) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        here = terms[offsets[mid]:offsets[mid + 1]].tobytes()
        if here < key:
            lo = mid + 1
        elif here > key:
            hi = mid
        else:
            return mid
    return -1


def table_path(reader) -> str | None:
    """Where a Whoosh segment reader's table would be; None for other storages."""
    where = segment_location(reader)
    if where is None:
        return None
    folder, segment = where
    return os.path.join(folder, segment.make_filename(EXT))
