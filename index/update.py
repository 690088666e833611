"""Bringing the live generation in step with the folder: which articles were added,
changed or removed, and writing just those through Whoosh's own atomic segment commits."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .build import Progress, fields
from .generations import rewrite_meta
from .loader import Article, Dossier


@dataclass
class UpdateReport:
    location: Path
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    rebuilt: bool = False
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def touched(self) -> int:
        return len(self.added) + len(self.changed) + len(self.removed)


def changed_articles(dossier: Dossier, indexed: dict[str, dict], report: UpdateReport) -> list[Article]:
    """The articles to (re)write, from stat data only (unchanged files are never read);
    fills the report's added, changed and removed."""
    stored = dict(indexed)
    todo: list[Article] = []
    for entry in dossier.entries:
        old = stored.pop(entry.id, None)
        if old is not None and (old.get("mtime"), old.get("size")) == (entry.mtime, entry.size):
            continue
        art = dossier.get(entry.id)
        if art is None:  # unreadable now: reported by the loader, dropped from the index
            if old is not None:
                stored[entry.id] = old
            continue
        if old is None:
            report.added.append(art.id)
        elif old.get("sha256") != art.digest():
            report.changed.append(art.id)
        todo.append(art)  # re-store the new mtime either way
    report.removed = sorted(stored)
    return todo


def write_changes(ix, gen: Path, report: UpdateReport, todo: list[Article],
                  progress: Progress | None):
    """Delete the removed articles and rewrite the added and changed ones of ``todo`` in
    one commit (a file touched but unchanged is not rewritten: only the manifest takes its
    new stat). The reopened index, or None when the disk refused the write: the live
    index is then untouched, just not up to date (the report says so)."""
    from .postings_table import TableCodec

    rewrite = set(report.added) | set(report.changed)
    writer = ix.writer(limitmb=128, compound=False, codec=TableCodec())
    try:
        for path in report.removed:
            writer.delete_by_term("path", path)
        for n, art in enumerate(todo, 1):
            if art.id in rewrite:
                writer.update_document(**fields(art))
            if progress:
                progress(n, len(todo))
        writer.commit()
    except OSError as exc:  # disk full: the live index is untouched, just not up to date
        writer.cancel()
        report.warnings.append(f"could not update the index ({exc.strerror or exc}); "
                               "showing it as it was")
        report.added, report.changed, report.removed = [], [], []
        return None
    except BaseException:  # cancelled: the live index is untouched and unlocked
        writer.cancel()
        raise
    from whoosh import index as windex

    ix = windex.open_dir(str(gen))
    rewrite_meta(gen, ix)
    return ix
