"""A full build of a dossier into a fresh generation folder.

The generation becomes live (generations.make_live) only once this returns, so a crash or
a kill mid-build leaves the previous index untouched.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .loader import Article, Dossier
from .mention_store import MentionStore

Progress = Callable[[int, int], None]
PARALLEL_FROM = 400  # articles; below this, starting worker processes costs more than it saves
STORE_BATCH = 256  # articles per mention-store transaction during a build
# Postings each Whoosh build worker holds in memory before spilling a sorted run to disk.
# At 128 MB a 10,000-article build spilled, and merging the runs back (in Python) cost a
# third of the workers' CPU; 384 MB holds 5,000 articles a worker. Bigger dossiers spill.
BUILD_POOL_MB = 384


@dataclass
class Built:
    """What a build leaves: the Whoosh index, each article's stored fields, the mentions."""

    ix: Any  # a whoosh.index.FileIndex (Whoosh is untyped)
    stored: dict[str, dict]
    mentions: MentionStore


def build_into(gen: Path, dossier: Dossier, meta: dict, progress: Progress | None) -> Built:
    """Index and extract every readable article of ``dossier`` into the empty folder ``gen``.
    On any exception the writer and its worker processes are stopped before it propagates."""
    from whoosh import index as windex

    from .mentions.batch import extract_rows
    from .postings_table import TableCodec
    from .schema import make_schema

    ix = windex.create_in(str(gen), make_schema())
    # compound=False: Whoosh 2.7.4 reads a compound segment through BytesIO, which
    # copies every postings file into memory each time a searcher opens (50 MB and
    # ~10 ms at 10k articles); plain segment files are read in place.
    # Analysis is the slow part of a build: big dossiers use every core (Whoosh's
    # multiprocess writer; each worker leaves its own segment, merged later).
    procs = procs_for(len(dossier.entries))
    writer = ix.writer(limitmb=BUILD_POOL_MB, procs=procs, multisegment=procs > 1, compound=False,
                       codec=TableCodec())  # each segment also gets a postings table
    total = len(dossier.entries)
    # mentions are stored while Whoosh's workers analyse: the main process would
    # otherwise wait on them, then insert every row alone after the commit
    mentions = MentionStore(gen / "mentions.sqlite")
    batch: list[tuple] = []
    stored = {}
    rows = extract_rows(dossier.iter_articles(), meta, procs)
    try:
        for n, (art, row) in enumerate(rows, 1):
            writer.add_document(**fields(art))  # analysed by Whoosh's worker processes meanwhile
            batch.append(row)
            if len(batch) >= STORE_BATCH:
                mentions.put_many(batch, new=True)
                batch = []
            stored[art.id] = summary(art)
            if progress:
                progress(n, total)
        mentions.put_many(batch, new=True)
        if progress and len(stored) < total:  # unreadable files: still report the end
            progress(total, total)
        writer.commit()
    except BaseException:
        rows.close()  # the extraction pool stops now, not when collected
        cancel(writer)
        mentions.close()
        raise
    return Built(ix, stored, mentions)


def cancel(writer) -> None:
    """Whoosh's MpWriter.cancel() only flags its own copies of its worker processes: the
    processes never see it and wait on their job queue forever, and Python then waits for
    them at exit. Stop them, then release the index."""
    for task in getattr(writer, "tasks", ()):
        task.terminate()
        task.join(5)
    writer.cancel()


def procs_for(articles: int) -> int:
    """Worker processes for indexing or extracting this many articles."""
    return min(os.cpu_count() or 1, 4) if articles >= PARALLEL_FROM else 1


def summary(art: Article) -> dict:
    """What the index stores for an article (not its text): kept in memory for 10k articles."""
    return {k: v for k, v in fields(art).items() if k not in ("body", "body_stem", "title_stem")}


def fields(art: Article) -> dict:
    """The Whoosh document of an article (schema.py names the fields)."""
    return {
        "path": art.id,
        "title": art.title,
        "title_stem": art.title,
        "body": art.text,
        "body_stem": art.text,
        "mtime": art.mtime,
        "size": art.size,
        "sha256": art.digest(),
        "url": art.url,
    }
