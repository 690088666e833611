"""The per-dossier Whoosh index in the user cache dir, kept in step with the folder.

``DossierIndex`` opens the live generation of the dossier's index home (generations.py),
builds a fresh one when there is none or it is unusable (build.py), or brings it in step
with the files (update.py) and its mention store with the extractor (extraction.py).
A full build goes into a fresh generation that becomes live only when complete, so
a crash or a kill mid-build leaves the previous index untouched. Incremental updates
(added/changed/removed files) go into the live generation through Whoosh's own
atomic segment commits.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import generations
from .build import Progress, build_into, summary
from .errors import DossierError
from .extraction import extraction_stamp, refresh_mentions
from .generations import cache_root, index_home
from .loader import Dossier
from .locking import IndexBusyError, write_lock
from .mention_store import MentionStore, StoredArticle
from .mentions.meta import DossierMeta
from .update import UpdateReport, changed_articles, write_changes
from .whoosh_compat import live_doc_count

__all__ = ["DossierIndex", "UpdateReport", "Progress", "cache_root", "index_home"]


class DossierIndex:
    """The index of one loaded dossier; ``update()`` brings it in step with the files."""

    def __init__(self, dossier: Dossier, home: Path | None = None):
        self.dossier = dossier
        self.home = home or index_home(dossier.root)
        self._ix: Any = None  # a whoosh.index.FileIndex (Whoosh is untyped)
        self._gen: Path | None = None
        self._stored: dict[str, dict] = {}  # path -> stored fields of every indexed article
        self._manifest_whole = False  # the mention store's manifest must be written whole
        self.mentions: MentionStore | None = None
        self._meta: DossierMeta | None = None
        self._searcher = None  # kept open between queries (opening one costs ~3 ms)
        self._searcher_of = None
        self._searcher_checked = 0.0
        self._search_lock = threading.Lock()

    # -- opening -------------------------------------------------------------------------
    @property
    def ix(self):
        if self._ix is None:
            raise RuntimeError("call update() before using the index")
        return self._ix

    @contextmanager
    def searching(self):
        """A searcher on the live index, reused across queries, one user at a time.

        Replaced when this process changes the index, and refreshed (at most once a
        second) when another process has committed to it."""
        with self._search_lock:
            ix = self.ix
            s = self._searcher
            if s is None or self._searcher_of is not ix:
                if s is not None:
                    s.close()
                s = ix.searcher()
                self._searcher_checked = time.monotonic()
            elif time.monotonic() - self._searcher_checked > 1.0:
                self._searcher_checked = time.monotonic()
                try:
                    if not s.up_to_date():
                        s = s.refresh()
                except Exception:  # the files changed under us: start afresh
                    s = ix.searcher()
            self._searcher, self._searcher_of = s, ix
            yield s

    @property
    def location(self) -> Path:
        return self._gen or self.home

    def update(self, rebuild: bool = False, progress: Progress | None = None,
               lock_timeout: float = 30.0) -> UpdateReport:
        """Open the live index, rebuilding or updating it as needed.

        If another process holds the writer lock past ``lock_timeout`` and a live index
        exists, that index is used as it is (with a warning) rather than failing.
        """
        report = UpdateReport(location=self.home)
        self._ensure_writable_home(report)
        try:
            with write_lock(self.home, timeout=lock_timeout):
                self._update_locked(report, rebuild, progress)
        except IndexBusyError as busy:
            if rebuild or self._open_live() is not None:
                raise
            report.warnings.append(f"{busy}; showing the index as it was")
        report.location = self.location
        report.warnings += self._user_file_warnings()
        return report

    def _user_file_warnings(self) -> list[str]:
        """What is wrong with the user's files that extraction reads (dossier.toml and the
        [entities] of aliases.toml): said with the update, since mentions depend on them."""
        from .user_files import read_aliases

        self._dossier_meta()
        return [w for w in (self._meta.warning, read_aliases().entities_warning) if w]

    def _update_locked(self, report: UpdateReport, rebuild: bool, progress: Progress | None):
        reason = "rebuild requested" if rebuild else self._open_live()
        if reason:
            self._build(progress)
            report.rebuilt, report.reason = True, reason
            report.added = list(self._stored)  # built: every readable article
        else:
            self._incremental(report, progress)

    def _ensure_writable_home(self, report: UpdateReport) -> None:
        """Fall back to a temporary index when the cache dir cannot be written."""
        self.home, warning = generations.writable_home(self.home)
        if warning:
            report.warnings.append(warning)

    def _open_live(self) -> str | None:
        """Open the live generation; return why it must be rebuilt, or None.

        What the index stores of each article comes from the mention store's manifest
        when it is of the index's last commit; else (a crash between the two commits, a
        new store) from Whoosh's stored records, and the next update rewrites it."""
        gen = generations.live_generation(self.home)
        if gen is None:
            return "no index yet"
        try:
            ix = generations.open_generation(gen)
            mentions = generations.open_mentions(gen, self.mentions)
            stored = self._manifest(ix, mentions)
            self._manifest_whole = stored is None
            if stored is None:
                stored = generations.stored_fields(ix)
        except generations.Unusable as why:
            return str(why)
        self._ix, self._gen = ix, gen
        self._stored = stored
        self.mentions = mentions
        return None

    @staticmethod
    def _manifest(ix, mentions: MentionStore) -> dict[str, dict] | None:
        """The manifest, when it is of ``ix``'s last commit and counts as many articles."""
        try:
            stored = mentions.manifest(generations.commit_tag(ix))
            if stored is not None and len(stored) == live_doc_count(ix):
                return stored
        except (OSError, sqlite3.DatabaseError):
            pass
        except Exception as exc:  # whoosh raises many kinds on damaged files
            raise generations.Unusable(f"index damaged ({type(exc).__name__})") from None
        return None

    def catalog(self) -> list[tuple[str, str]]:
        """(path, title) of every indexed article in file-name order, without reading any file."""
        return [(e.id, self._stored[e.id].get("title", e.id))
                for e in self.dossier.entries if e.id in self._stored]

    def record(self, path: str) -> dict:
        """What the index stored of one article (title, url, stats), without reading it."""
        return self._stored.get(path) or {}

    def peek(self) -> dict[str, StoredArticle] | None:
        """What the live index knew of each article, read from its mention store without
        opening Whoosh: the reader lists it at once while ``update()`` checks the files.
        None when there is no usable index yet."""
        try:
            gen = generations.live_generation(self.home)
            path = gen / "mentions.sqlite" if gen else None
            if path is None or not path.is_file():
                return None
            store = MentionStore(path)
            articles = store.articles()
        except (OSError, ValueError, sqlite3.DatabaseError):
            return None
        self.mentions = store
        return articles

    # -- writing -------------------------------------------------------------------------
    def _build(self, progress: Progress | None) -> None:
        gen = generations.new_generation(self.home)
        try:
            self._build_into(gen, progress)
        except BaseException as exc:  # disk full, cancelled, interrupted: the old index stays live
            shutil.rmtree(gen, ignore_errors=True)
            if isinstance(exc, OSError):
                raise DossierError(f"cannot write the index in {self.home}: {exc.strerror or exc}") from None
            raise
        generations.remove_old_generations(self.home, self._gen)

    def _build_into(self, gen: Path, progress: Progress | None) -> None:
        from .schema import SCHEMA_VERSION

        built = build_into(gen, self.dossier, self._dossier_meta(), progress)
        built.mentions.set_info("stamp", extraction_stamp(self._dossier_meta()))
        self.mentions = built.mentions
        generations.write_meta(gen, built.ix, {"schema": SCHEMA_VERSION, "dossier": str(self.dossier.root),
                                               "built": time.time()})
        try:
            built.mentions.set_manifest(built.stored.values(), [], generations.commit_tag(built.ix), whole=True)
            whole = False
        except (OSError, sqlite3.Error):  # the next open reads Whoosh's records
            whole = True
        generations.make_live(self.home, gen)
        self._ix, self._gen = built.ix, gen
        self._stored = built.stored
        self._manifest_whole = whole

    def _incremental(self, report: UpdateReport, progress: Progress | None) -> None:
        assert self._gen is not None and self.mentions is not None  # opened by _open_live
        todo = changed_articles(self.dossier, self._stored, report)
        if report.added or report.changed or report.removed:
            ix = write_changes(self.ix, self._gen, report, todo, progress)
            if ix is None:
                return
            self._ix = ix
        for path in report.removed:
            self._stored.pop(path, None)
        self._stored.update({a.id: summary(a) for a in todo})  # touched ones: their new stat
        with self.mentions.transaction():  # the mentions and the manifest commit together, last
            refresh_mentions(self.mentions, self.dossier, self._stored, self._dossier_meta(),
                             report.removed, progress)
            if todo or report.removed or self._manifest_whole:
                self._write_manifest([self._stored[a.id] for a in todo], report.removed)
        self._manifest_whole = False

    def _write_manifest(self, records: list[dict], removed: list[str]) -> None:
        """The manifest in step with the index's commit. It is written after Whoosh's: a
        crash before it leaves the previous commit's tag, and the next open reads Whoosh's
        records instead."""
        assert self.mentions is not None
        whole = self._manifest_whole
        self.mentions.set_manifest(self._stored.values() if whole else records, removed,
                                   generations.commit_tag(self.ix), whole=whole)

    # -- mentions ------------------------------------------------------------------------
    def _dossier_meta(self) -> dict:
        if self._meta is None:
            from .mentions import read_dossier_meta

            self._meta = read_dossier_meta(self.dossier.root)
        return self._meta.entries
