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


@dataclass
class Built:
    """What a build leaves: the Whoosh index, each article's stored fields, the mentions."""

    ix: Any  # a whoosh.index.FileIndex (Whoosh is untyped)
    stored: dict[str, dict]
    mentions: MentionStore


def build_into(gen: Path, dossier: Dossier, meta: dict, progress: Progress | None) -> Built:
    """Index and extract every readable article of ``dossier`` into the empty folder ``gen``.
    On any exception the worker processes are stopped before it propagates."""
    from whoosh import index as windex

    from .mentions.batch import note_problems
    from .schema import make_schema
    from .segment_writer import commit_segments
    from .shards import index_shards

    ix = windex.create_in(str(gen), make_schema())
    total = len(dossier.entries)
    mentions = MentionStore(gen / "mentions.sqlite", bulk=True)
    batch: list[tuple] = []
    stored: dict[str, dict] = {}

    def on_row(art: Article, row: tuple) -> None:
        nonlocal batch
        batch.append(row)
        note_problems([row], dossier.problems)
        if len(batch) >= STORE_BATCH:
            mentions.put_many(batch, new=True)
            batch = []
        stored[art.id] = summary(art)
        if progress:
            progress(len(stored), total)

    try:
        # Analysis and extraction are the slow part of a build: big dossiers use every
        # core, each worker writing its own segment (shards.py)
        built = index_shards(ix, dossier.iter_articles(), meta, procs_for(total), on_row)
        mentions.put_many(batch, new=True)
        if progress and len(stored) < total:  # unreadable files: still report the end
            progress(total, total)
        commit_segments(ix, built.segments)
        mentions.finish_bulk()
    except BaseException:
        mentions.close()
        raise
    return Built(windex.open_dir(str(gen)), stored, mentions)


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
