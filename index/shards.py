"""A full build split into shards, one per worker process, each writing its own segment.

Why: Whoosh's multiprocess writer pickles every document to its workers while the
extraction pool pickles every article again; each worker then pushes postings one at a
time through Whoosh's pool and field writer. Here the main process reads the files and
hands each worker chunks of articles once; the worker extracts their mentions (rows for
the store, sent back) and indexes them into its own ``BulkSegment``, which it writes when
the build ends. Chunks go round the workers in turn, so which article lands in which
segment (and so the order of equal scores) is the same every build.
"""

from __future__ import annotations

import multiprocessing
import sys
import traceback
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .loader import Article

CHUNK = 32  # articles per message to a worker
IN_FLIGHT = 8  # chunks a worker may have queued before the reader waits for results
SEGMENT_DOCS = 20_000  # a worker starts a new segment after this many: bounded memory


@dataclass
class ShardResult:
    """What the shards leave: their segments, for the index's TOC."""

    segments: list


def index_shards(ix, articles: Iterable[Article], meta: dict[str, dict], procs: int,
                 on_row: Callable[[Article, tuple], None]) -> ShardResult:
    """Extract and index ``articles`` in ``procs`` workers (in this process for 1); each
    article's mention row goes to ``on_row`` with the article, in no set order. An exception
    from ``on_row`` (a cancelled build) stops the workers before it propagates."""
    if procs <= 1 or not sys.platform.startswith("linux"):
        return _in_process(ix, articles, meta, on_row)
    return _in_workers(ix, articles, meta, procs, on_row)


def _in_process(ix, articles, meta, on_row) -> ShardResult:
    from .mentions.batch import extract_row

    shard = _Shard(ix)
    for art in articles:
        info = meta.get(art.id) or {}
        shard.add(art)
        on_row(art, extract_row((art, info)))
    return ShardResult(shard.finish())


class _Shard:
    """One worker's segments: a new one every SEGMENT_DOCS articles."""

    def __init__(self, ix) -> None:
        self._ix = ix
        self._segments: list = []
        self._current = None

    def add(self, art: Article) -> None:
        from .build import fields
        from .segment_writer import BulkSegment

        if self._current is None:
            self._current = BulkSegment(self._ix.storage, self._ix.indexname, self._ix.schema)
        self._current.add_document(**fields(art))
        if self._current.docnum >= SEGMENT_DOCS:
            self._segments.append(self._current.finish())
            self._current = None

    def finish(self) -> list:
        if self._current is not None:
            self._segments.append(self._current.finish())
            self._current = None
        return self._segments


def _in_workers(ix, articles, meta, procs, on_row) -> ShardResult:
    ctx = multiprocessing.get_context("fork")  # as Whoosh's own writer: Linux-safe here
    results = ctx.Queue()
    inboxes = [ctx.Queue() for _ in range(procs)]
    with warnings.catch_warnings():  # Python 3.12 warns on fork with threads running
        warnings.simplefilter("ignore", DeprecationWarning)
        workers = [ctx.Process(target=_work, args=(ix, k, inbox, results), daemon=True)
                   for k, inbox in enumerate(inboxes)]
        for w in workers:
            w.start()
    waiting: dict[str, Article] = {}  # sent, row not yet back
    queued = [0] * procs
    segments: list = []

    def handle(message) -> None:
        kind, worker, payload = message
        if kind == "rows":
            queued[worker] -= 1
            for path, row in payload:
                on_row(waiting.pop(path), row)
        elif kind == "done":
            segments.append((worker, payload))
        else:
            raise RuntimeError(f"index worker failed:\n{payload}")

    try:
        for n, chunk in enumerate(_chunks(articles, meta)):
            k = n % procs
            while queued[k] >= IN_FLIGHT:
                handle(results.get())
            for art, _ in chunk:
                waiting[art.id] = art
            inboxes[k].put(chunk)
            queued[k] += 1
        for inbox in inboxes:
            inbox.put(None)
        while len(segments) < procs:
            handle(results.get())
        for w in workers:
            w.join()
    except BaseException:
        for w in workers:
            w.terminate()
        for w in workers:
            w.join(5)
        raise
    segments.sort(key=lambda s: s[0])  # the shards' order: the same every build
    return ShardResult([seg for _, shard in segments for seg in shard])


def _chunks(articles: Iterable[Article], meta: dict) -> Iterator[list[tuple[Article, dict]]]:
    chunk: list[tuple[Article, dict]] = []
    for art in articles:
        chunk.append((art, meta.get(art.id) or {}))
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _work(ix, worker: int, inbox, results) -> None:
    """A worker: chunks in, their mention rows out, its segments at the end (None)."""
    from .mentions.batch import extract_row

    try:
        shard = _Shard(ix)
        while True:
            chunk = inbox.get()
            if chunk is None:
                break
            rows: list[tuple[str, Any]] = []
            for art, info in chunk:
                rows.append((art.id, extract_row((art, info))))
                shard.add(art)
            results.put(("rows", worker, rows))
        results.put(("done", worker, shard.finish()))
    except BaseException:
        results.put(("error", worker, traceback.format_exc()))
