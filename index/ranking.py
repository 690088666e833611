"""Whoosh's BM25F ranking and exact match count, computed over arrays instead of matchers.

Why: Whoosh evaluates a query by stepping a tree of Python matchers through every matching
document, then steps it again to count them. In a dossier on one story its key words are in
most articles, so at 10,000 articles a query cost 100-200 ms. Here each term's postings are read
from the segment's postings table (postings_table.py: flat arrays mapped from disk; Whoosh's
own blocks, decoded, for a segment without one) and scored with numpy, with the same formula
and statistics as `whoosh.scoring.BM25F`: the same documents, the same scores, one pass.
Query shapes this module does not know raise `Unsupported`, and the caller falls back to
Whoosh's own searcher.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from whoosh import query as wq
from whoosh.matching import FilterMatcher
from whoosh.scoring import BM25F
from whoosh.util.numeric import byte_to_length

from .postings_table import PostingsTable, decode_positions, table_path
from .whoosh_compat import bm25f_has_field_b, field_length_bytes, postings_blocks

_STRIDE = 1 << 32  # (doc, position) as one int64 key; positions stay far below 2**32
CACHE_BYTES = 32 * 2**20  # decoded postings kept per searcher: a session's words, bounded


class Unsupported(Exception):
    """A query shape (or weighting) this evaluator does not reproduce exactly."""


@dataclass
class Postings:
    """One term's postings across all segments: global docnums (sorted, live only)."""

    docs: np.ndarray
    weights: np.ndarray
    places: np.ndarray | None = None  # docnum << 32 | position, sorted: read for phrases
    scores: np.ndarray | None = None  # BM25 of every posting, once asked (the searcher's statistics)

    def __len__(self) -> int:
        return len(self.docs)

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in (self.docs, self.weights, self.places, self.scores) if a is not None)


_EMPTY = (np.zeros(0, dtype=np.int64), np.zeros(0))
_LENGTH_OF_BYTE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


class Ranker:
    """Scores queries against one searcher; its caches live as long as that searcher."""

    def __init__(self, searcher) -> None:
        weighting = searcher.weighting
        if type(weighting) is not BM25F or bm25f_has_field_b(weighting):
            raise Unsupported("only Whoosh's default BM25F weighting is reproduced")
        self.searcher = searcher
        self.B, self.K1 = weighting.B, weighting.K1
        self.doc_count = searcher.doc_count_all()
        self.leaves = list(searcher.leaf_searchers())
        self._lengths: dict[str, np.ndarray] = {}
        self._cache: OrderedDict[tuple, Postings] = OrderedDict()
        self._cached = 0
        self._paths: dict[int, str] = {}  # docnum -> path of the hits shown so far

    def path_of(self, doc: int) -> str:
        """A hit's path: its stored fields unpickled once per searcher, not once per query."""
        got = self._paths.get(doc)
        if got is None:
            if len(self._paths) >= 20_000:  # bounded: a long session's hits
                self._paths.clear()
            got = self._paths[doc] = self.searcher.stored_fields(doc)["path"]
        return got

    # -- the public face ----------------------------------------------------------------
    def top(self, q: wq.Query, limit: int | None) -> tuple[int, list[tuple[int, float]]]:
        """(number of matching documents, [(docnum, score)] best first, ties by docnum)."""
        docs, scores = self.evaluate(q)
        # rounded for ordering: sums taken in another order differ in the last bits,
        # and equal scores must fall back to document order, as in Whoosh
        rank = -np.round(scores, 9)
        if limit is not None and limit < len(docs):
            # sort only what can make the top: at 100k a word in 85k articles was sorted
            # whole for 20 hits. Everything scoring as well as the limit-th (ties too) is kept.
            if limit <= 0:
                return len(docs), []
            worst = np.partition(rank, limit - 1)[limit - 1]
            keep = np.flatnonzero(rank <= worst)
            order = keep[np.lexsort((docs[keep], rank[keep]))][:limit]
        else:
            order = np.lexsort((docs, rank))
        return len(docs), [(int(docs[i]), float(scores[i])) for i in order]

    def evaluate(self, q: wq.Query) -> tuple[np.ndarray, np.ndarray]:
        """The matching docnums (sorted) and their scores."""
        kind = type(q)
        if kind is wq.Term:
            return self._term(q.fieldname, q.text, q.boost)
        if kind is wq.Or:
            if q.scale or q.minmatch:
                raise Unsupported("Or with scale or minmatch")
            return _boosted(_union([self.evaluate(s) for s in q.subqueries], self.doc_count), q.boost)
        if kind is wq.And:
            return _boosted(_intersection([self.evaluate(s) for s in q.subqueries], self.doc_count), q.boost)
        if kind is wq.AndNot:
            docs, scores = self.evaluate(q.a)
            keep = ~_member(docs, self.evaluate(q.b)[0], self.doc_count)
            return _boosted((docs[keep], scores[keep]), q.boost)
        if kind is wq.Phrase:
            return self._phrase(q)
        if kind is wq.Prefix:
            # ranked as the OR of its expansions. (Whoosh's own "constant score" for a
            # prefix holds only on indexes under 5,000 documents and 3+ expansions.)
            field = q.fieldname
            texts = self.searcher.reader().expand_prefix(field, q.text)
            return _boosted(_union([self._term(field, t, 1.0) for t in texts], self.doc_count), q.boost)
        if q is wq.NullQuery or kind is type(wq.NullQuery):
            return _EMPTY
        raise Unsupported(kind.__name__)

    # -- leaves -------------------------------------------------------------------------
    def _term(self, field: str, text, boost: float) -> tuple[np.ndarray, np.ndarray]:
        schema = self.searcher.schema
        if field not in schema:
            return _EMPTY
        try:
            btext = schema[field].to_bytes(text)
        except ValueError:
            return _EMPTY
        p = self.postings(field, btext)
        if not len(p):
            return _EMPTY
        if p.scores is None:  # kept with the postings: a refined query's words score at once
            p.scores = self._bm25(field, btext, p)
            self._cached += p.scores.nbytes
        return p.docs, p.scores * boost if boost != 1.0 else p.scores

    def _bm25(self, field: str, btext: bytes, p: Postings, rows=None) -> np.ndarray:
        """whoosh.scoring.bm25, with the parent searcher's idf and average field length."""
        idf = self.searcher.idf(field, btext)
        avgfl = self.searcher.avg_field_length(field) or 1
        docs, tf = (p.docs, p.weights) if rows is None else (p.docs[rows], p.weights[rows])
        fl = self.lengths(field)[docs]
        K1, B = self.K1, self.B
        return idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))

    def _phrase(self, q: wq.Phrase) -> tuple[np.ndarray, np.ndarray]:
        if q.slop != 1 or q.char_ranges:
            raise Unsupported("phrase with slop")
        field = q.fieldname
        schema = self.searcher.schema
        if field not in schema:
            return _EMPTY
        btexts = []
        for word in q.words:
            try:
                btexts.append(schema[field].to_bytes(word))
            except ValueError:
                return _EMPTY
        plist = [self.postings(field, b, values=True) for b in btexts]
        if any(not len(p) for p in plist):
            return _EMPTY
        # a phrase is word 0 at position p, word 1 at p + 1...: as (doc, p) keys, one
        # sorted intersection per word instead of a loop over the candidate documents
        keys: np.ndarray | None = None
        for j, p in enumerate(plist):
            assert p.places is not None  # read: values=True
            k = p.places - j  # sorted: docs ascend, and positions within a doc
            if keys is None:
                keys = k
            else:
                at = np.minimum(np.searchsorted(k, keys), len(k) - 1)
                keys = keys[k[at] == keys]
            if not len(keys):
                return _EMPTY
        if keys is None:  # a phrase of no words
            return _EMPTY
        docs = keys // _STRIDE  # sorted: one per run
        docs = docs[np.concatenate(([True], docs[1:] != docs[:-1]))]
        scores = np.zeros(len(docs))
        for b, p in zip(btexts, plist, strict=True):
            scores += self._bm25(field, b, p, np.searchsorted(p.docs, docs))
        return docs, scores * q.boost

    # -- reading the index --------------------------------------------------------------
    def postings(self, field: str, btext: bytes, values: bool = False) -> Postings:
        key = (field, btext)
        hit = self._cache.get(key)
        if hit is not None and (hit.places is not None or not values):
            self._cache.move_to_end(key)
            return hit
        parts = []
        for n, ((s, offset), table) in enumerate(zip(self.leaves, self.tables, strict=True)):
            reader = s.reader()
            got = None
            if table is not None and table.has_field(field):
                try:
                    got = table.postings(field, btext, positions=values)
                except ValueError:  # damaged: this segment is read through Whoosh from now on
                    self.tables[n] = table = None
                else:
                    if got is None:
                        continue
            if got is not None:
                d, w, counts, poses = got
            else:
                if (field, btext) not in reader:
                    continue
                d, w, counts, poses = _read_whoosh(reader, field, btext, values)
            d = d + offset
            if reader.has_deletions():
                live = self.live[d]
                if values:
                    poses = poses[np.repeat(live, counts)]
                    counts = counts[live]
                d, w = d[live], w[live]
            parts.append((d, w, counts, poses))
        if not parts:
            p = Postings(*_EMPTY)
        else:
            p = Postings(np.concatenate([x[0] for x in parts]), np.concatenate([x[1] for x in parts]))
        if values:
            p.places = np.zeros(0, dtype=np.int64) if not parts else (
                np.repeat(p.docs * _STRIDE, np.concatenate([x[2] for x in parts]))
                + np.concatenate([x[3] for x in parts]))
        self._remember(key, p)
        return p

    @cached_property
    def tables(self) -> list:
        """Each segment's postings table (postings_table.py), or None: read through Whoosh."""
        return [PostingsTable.open(path, s.reader().doc_count_all())
                if (path := table_path(s.reader())) else None
                for s, _off in self.leaves]

    def _remember(self, key: tuple, p: Postings) -> None:
        old = self._cache.pop(key, None)
        if old is not None:
            self._cached -= old.nbytes
        self._cache[key] = p
        self._cached += p.nbytes
        while self._cached > CACHE_BYTES and len(self._cache) > 1:
            _, gone = self._cache.popitem(last=False)
            self._cached -= gone.nbytes

    @cached_property
    def live(self) -> np.ndarray:
        """False for deleted documents, which stay in the postings until a merge."""
        live = np.ones(self.doc_count, dtype=bool)
        for s, offset in self.leaves:
            reader = s.reader()
            if reader.has_deletions():
                alive = np.fromiter(reader.all_doc_ids(), dtype=np.int64)
                mask = np.zeros(reader.doc_count_all(), dtype=bool)
                mask[alive] = True
                live[offset:offset + len(mask)] = mask
        return live

    def lengths(self, field: str) -> np.ndarray:
        """Every document's stored (byte-quantised) length of ``field``, as Whoosh scores it."""
        got = self._lengths.get(field)
        if got is None:
            parts = [_leaf_lengths(s.reader(), field) for s, _off in self.leaves]
            got = self._lengths[field] = np.concatenate(parts) if parts else np.zeros(0)
        return got


def _read_whoosh(reader, field: str, btext: bytes, values: bool):
    """A term's postings in one segment as (docs, weights, counts, positions), decoded
    from Whoosh's blocks: for segments written without a table."""
    m = reader.postings(field, btext)
    if isinstance(m, FilterMatcher):  # deleted documents: filtered by the caller, at once
        m = m.child
    docs: list[int] = []
    weights: list[float] = []
    vals: list[bytes] | None = [] if values else None
    _read_all(m, docs, weights, vals)
    counts = poses = None
    if vals is not None:
        c, p = decode_positions(vals)
        counts, poses = np.array(c, dtype=np.int64), np.array(p, dtype=np.int64)
    return np.array(docs, dtype=np.int64), np.array(weights, dtype=np.float64), counts, poses


def _read_all(m, docs: list, weights: list, vals: list | None) -> None:
    """Append a segment matcher's postings; a block at a time for on-disk postings."""
    blocks = postings_blocks(m)
    if blocks is not None:
        for ids, ws, vs, n in blocks:
            docs.extend(ids)
            if ws is None:
                weights.extend([1.0] * n)
            elif isinstance(ws, float):
                weights.extend([ws] * n)
            else:
                weights.extend(ws)
            if vals is not None:
                vals.extend(vs)
        return
    while m.is_active():  # inlined postings (ListMatcher) or anything else: one at a time
        docs.append(m.id())
        weights.append(m.weight())
        if vals is not None:
            vals.append(m.value())
        m.next()


def _leaf_lengths(reader, field: str) -> np.ndarray:
    count = reader.doc_count_all()
    raw = field_length_bytes(reader, field)  # the lengths column is one byte per document: read it whole
    if raw is None:  # another codec: ask document by document
        return np.array([reader.doc_field_length(d, field, 1) or 1 for d in range(count)],
                        dtype=np.float64)
    codes = np.zeros(count, dtype=np.uint8)
    codes[:len(raw)] = np.frombuffer(raw, dtype=np.uint8)[:count]
    return _LENGTH_OF_BYTE[codes]


def _boosted(pair, boost: float):
    return pair if boost == 1.0 else (pair[0], pair[1] * boost)


# Unions and intersections go through arrays indexed by docnum (docnums are below the
# searcher's doc count): linear, where np.unique and np.intersect1d sort the concatenated
# postings (at 100k articles a query's words and their variants are ~10^5 postings each).
# Sums are taken in the same order as before (bincount adds in input order), so the
# scores are the same to the bit.

def _union(parts: list, size: int) -> tuple[np.ndarray, np.ndarray]:
    parts = [p for p in parts if len(p[0])]
    if not parts:
        return _EMPTY
    if len(parts) == 1:
        return parts[0]
    docs = np.concatenate([p[0] for p in parts])
    scores = np.concatenate([p[1] for p in parts])
    size = max(size, int(docs.max()) + 1)
    unique = np.flatnonzero(np.bincount(docs, minlength=size))
    return unique, np.bincount(docs, weights=scores, minlength=size)[unique]


def _member(docs: np.ndarray, of: np.ndarray, size: int) -> np.ndarray:
    """Whether each of ``docs`` is in ``of`` (both docnums)."""
    if not len(docs) or not len(of):
        return np.zeros(len(docs), dtype=bool)
    mask = np.zeros(max(size, int(of.max()) + 1, int(docs.max()) + 1), dtype=bool)
    mask[of] = True
    return mask[docs]


def _intersection(parts: list, size: int) -> tuple[np.ndarray, np.ndarray]:
    docs = parts[0][0]
    for p in parts[1:]:
        docs = docs[_member(docs, p[0], size)]
    if not len(docs):
        return _EMPTY
    scores = np.zeros(len(docs))
    dense = np.zeros(max(size, int(docs.max()) + 1))
    for d, s in parts:  # each part's scores read back by docnum (no search of its postings)
        dense[d] = s
        scores += dense[docs]
    return docs, scores


_RANKERS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def ranker_for(searcher) -> Ranker:
    """One ranker per searcher, so decoded postings are reused until the index changes."""
    r = _RANKERS.get(searcher)
    if r is None:
        r = _RANKERS[searcher] = Ranker(searcher)
    return r
