"""Keeping a generation's mention store in step with its articles: the stamp that says
which extractor (and which dossier.toml, aliases) wrote it, and re-extracting what changed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .build import Progress, procs_for
from .loader import Article, Dossier
from .mention_store import MentionStore
from .user_files import alias_file


def extraction_stamp(meta: dict) -> str:
    """Changes when the extractor, its gazetteer, the user's aliases or dossier.toml do."""
    from . import mentions

    digest = hashlib.sha256()
    digest.update(json.dumps(meta, sort_keys=True, ensure_ascii=False, default=str).encode())
    code = Path(mentions.__file__).parent
    arabic = code.parent / "arabic"  # what extraction reads from index/arabic (units, entity keys)
    for source in sorted(code.rglob("*.py")) + [arabic / "months.py", arabic / "normalize.py",
                                               arabic / "variants.py", arabic / "plurals.py",
                                               arabic / "plurals.tsv.gz"]:
        # a forgotten version bump cannot leave stale mentions; rglob: a subpackage of
        # mentions/ once hid every change in it from this stamp
        digest.update(source.read_bytes())
    alias = alias_file()
    if alias.exists():
        digest.update(alias.read_bytes())
    return f"{mentions.EXTRACTOR_VERSION}:{digest.hexdigest()[:16]}"


def refresh_mentions(store: MentionStore, dossier: Dossier, indexed: dict[str, dict], meta: dict,
                     removed: list[str], progress: Progress | None) -> None:
    """Re-extract what changed; everything when the extractor or dossier.toml changed.
    ``indexed`` is the index's record of each article: no file is read to compare."""
    stamp = extraction_stamp(meta)
    stored = store.digests()  # path -> sha256: the articles' titles and counts are not needed
    if store.info("stamp") != stamp:
        wanted = list(indexed)
    else:
        wanted = [path for path, rec in indexed.items()
                  if path not in stored or stored[path] != rec.get("sha256")]
    gone = set(stored) - set(indexed)
    store.delete(sorted(gone | set(removed)))
    todo = [a for a in (dossier.get(p) for p in wanted) if a is not None]
    if todo:
        _extract(store, todo, meta, stamp, progress, dossier)


def _extract(store: MentionStore, articles: list[Article], meta: dict, stamp: str,
             progress: Progress | None, dossier: Dossier) -> None:
    from .mentions.batch import extract_rows, note_problems  # the extractor: not needed to start

    rows = []
    for n, (_, row) in enumerate(extract_rows(articles, meta, procs_for(len(articles))), 1):
        rows.append(row)
        if progress:
            progress(n, len(articles))
    note_problems(rows, dossier.problems)
    store.put_many(rows)
    store.set_info("stamp", stamp)
