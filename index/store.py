"""The per-dossier Whoosh index in the user cache dir, kept in step with the folder.

Layout of one dossier's index home (never inside the dossier itself)::

    CURRENT         name of the live generation, replaced atomically
    gen-<stamp>/    a Whoosh index plus meta.json (schema version, dossier path)
    writer.lock     held while anything writes

A full build goes into a fresh generation that becomes live only when complete, so
a crash or a kill mid-build leaves the previous index untouched. Incremental updates
(added/changed/removed files) go into the live generation through Whoosh's own
atomic segment commits.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from .errors import DossierError
from .loader import Article, Dossier, text_digest
from .locking import IndexBusyError, write_lock
from .mention_store import MentionStore, StoredArticle

Progress = Callable[[int, int], None]
PARALLEL_FROM = 400  # articles; below this, starting worker processes costs more than it saves
STORE_BATCH = 256  # articles per mention-store transaction during a build
# Postings each Whoosh build worker holds in memory before spilling a sorted run to disk.
# At 128 MB a 10,000-article build spilled, and merging the runs back (in Python) cost a
# third of the workers' CPU; 384 MB holds 5,000 articles a worker. Bigger dossiers spill.
BUILD_POOL_MB = 384


def cache_root() -> Path:
    return Path(platformdirs.user_cache_dir("dossier-tui")) / "indexes"


def index_home(root: Path) -> Path:
    """One folder per dossier, keyed by its resolved path."""
    digest = hashlib.sha256(os.fsencode(root)).hexdigest()[:16]
    name = re.sub(r"[^\w.-]", "_", root.name)[:40] or "dossier"
    return cache_root() / f"{name}-{digest}"


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


class DossierIndex:
    """The index of one loaded dossier; ``update()`` brings it in step with the files."""

    def __init__(self, dossier: Dossier, home: Path | None = None):
        self.dossier = dossier
        self.home = home or index_home(dossier.root)
        self._ix = None
        self._gen: Path | None = None
        self._stored: dict[str, dict] = {}  # path -> stored fields of every indexed article
        self.mentions: MentionStore | None = None
        self._meta: dict | None = None
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
        return report

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
        try:
            self.home.mkdir(parents=True, exist_ok=True)
            probe = self.home / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            failed = self.home
            self.home = Path(tempfile.mkdtemp(prefix="dossier-tui-index-"))
            _remove_at_exit(self.home)  # rebuilt at every start anyway: leave nothing behind
            report.warnings.append(
                f"cannot write the index cache {failed} ({exc.strerror}); "
                f"using a temporary index in {self.home}"
            )

    def _live_generation(self) -> Path | None:
        """The generation CURRENT names, or None before the first build."""
        current = self.home / "CURRENT"
        if not current.exists():
            return None
        return self.home / current.read_text(encoding="utf-8").strip()

    def _open_live(self) -> str | None:
        """Open the live generation; return why it must be rebuilt, or None."""
        gen = self._live_generation()
        if gen is None:
            return "no index yet"
        try:
            meta = json.loads((gen / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return "index damaged (metadata missing or unreadable)"
        from whoosh import index as windex  # imported when first needed: start-up time

        from .schema import SCHEMA_VERSION

        if meta.get("schema") != SCHEMA_VERSION:
            return f"index format changed ({meta.get('schema')} -> {SCHEMA_VERSION})"
        for name, size in (meta.get("files") or {}).items():  # truncated or missing segment files
            try:
                if (gen / name).stat().st_size != size:
                    return f"index damaged ({name} changed size)"
            except OSError:
                return f"index damaged ({name} missing)"
        try:
            ix = windex.open_dir(str(gen))
            with ix.searcher() as s:  # touch every stored record: detects truncated segments
                stored = {f["path"]: f for f in s.all_stored_fields()}
        except Exception as exc:  # whoosh raises many kinds on damaged files
            return f"index damaged ({type(exc).__name__})"
        self._ix, self._gen = ix, gen
        self._stored = stored
        self._open_mentions(gen)
        return None

    def catalog(self) -> list[tuple[str, str]]:
        """(path, title) of every indexed article in file-name order, without reading any file."""
        return [(e.id, self._stored[e.id].get("title", e.id))
                for e in self.dossier.entries if e.id in self._stored]

    def peek(self) -> dict[str, StoredArticle] | None:
        """What the live index knew of each article, read from its mention store without
        opening Whoosh: the reader lists it at once while ``update()`` checks the files.
        None when there is no usable index yet."""
        try:
            gen = self._live_generation()
            path = gen / "mentions.sqlite" if gen else None
            if path is None or not path.is_file():
                return None
            store = MentionStore(path)
            articles = store.articles()
        except (OSError, ValueError, sqlite3.DatabaseError):
            return None
        self.mentions = store
        return articles

    def _open_mentions(self, gen: Path) -> None:
        path = gen / "mentions.sqlite"
        if self.mentions is not None and self.mentions.path == path:
            return  # already open (peek): the reader may be using it
        # a replaced store is not closed here: the reader's thread may still be reading
        # it; it closes when the last reference goes
        try:
            self.mentions = MentionStore(path)
        except sqlite3.DatabaseError:  # damaged: mentions are re-extracted from the articles
            path.unlink(missing_ok=True)
            self.mentions = MentionStore(path)

    # -- writing -------------------------------------------------------------------------
    def _build(self, progress: Progress | None) -> None:
        gen = self.home / f"gen-{time.time_ns()}-{os.getpid()}"
        gen.mkdir()
        try:
            self._build_into(gen, progress)
        except BaseException as exc:  # disk full, cancelled, interrupted: the old index stays live
            shutil.rmtree(gen, ignore_errors=True)
            if isinstance(exc, OSError):
                raise DossierError(f"cannot write the index in {self.home}: {exc.strerror or exc}") from None
            raise
        self._remove_old_generations()

    def _build_into(self, gen: Path, progress: Progress | None) -> None:
        from whoosh import index as windex

        from .mentions.batch import extract_rows
        from .postings_table import TableCodec
        from .schema import SCHEMA_VERSION, make_schema

        ix = windex.create_in(str(gen), make_schema())
        # compound=False: Whoosh 2.7.4 reads a compound segment through BytesIO, which
        # copies every postings file into memory each time a searcher opens (50 MB and
        # ~10 ms at 10k articles); plain segment files are read in place.
        # Analysis is the slow part of a build: big dossiers use every core (Whoosh's
        # multiprocess writer; each worker leaves its own segment, merged later).
        procs = _procs_for(len(self.dossier.entries))
        writer = ix.writer(limitmb=BUILD_POOL_MB, procs=procs, multisegment=procs > 1, compound=False,
                           codec=TableCodec())  # each segment also gets a postings table
        total = len(self.dossier.entries)
        # mentions are stored while Whoosh's workers analyse: the main process would
        # otherwise wait on them, then insert every row alone after the commit
        mentions = MentionStore(gen / "mentions.sqlite")
        batch: list[tuple] = []
        stored = {}
        rows = extract_rows(self.dossier.iter_articles(), self._dossier_meta(), procs)
        try:
            for n, (art, row) in enumerate(rows, 1):
                writer.add_document(**_fields(art))  # analysed by Whoosh's worker processes meanwhile
                batch.append(row)
                if len(batch) >= STORE_BATCH:
                    mentions.put_many(batch, new=True)
                    batch = []
                stored[art.id] = _summary(art)
                if progress:
                    progress(n, total)
            mentions.put_many(batch, new=True)
            if progress and len(stored) < total:  # unreadable files: still report the end
                progress(total, total)
            writer.commit()
        except BaseException:
            rows.close()  # the extraction pool stops now, not when collected
            _cancel(writer)
            mentions.close()
            raise
        mentions.set_info("stamp", self._extraction_stamp())
        self.mentions = mentions
        _write_meta(gen, ix, {"schema": SCHEMA_VERSION, "dossier": str(self.dossier.root),
                              "built": time.time()})
        tmp = self.home / f"CURRENT.{os.getpid()}"
        tmp.write_text(gen.name, encoding="utf-8")
        os.replace(tmp, self.home / "CURRENT")
        self._ix, self._gen = ix, gen
        self._stored = stored

    def _remove_old_generations(self) -> None:
        for old in self.home.glob("gen-*"):
            if old != self._gen:
                shutil.rmtree(old, ignore_errors=True)

    def _incremental(self, report: UpdateReport, progress: Progress | None) -> None:
        stored = dict(self._stored)
        todo: list[Article] = []
        for entry in self.dossier.entries:  # stat data only: unchanged files are never read
            old = stored.pop(entry.id, None)
            if old is not None and (old.get("mtime"), old.get("size")) == (entry.mtime, entry.size):
                continue
            art = self.dossier.get(entry.id)
            if art is None:  # unreadable now: reported by the loader, dropped from the index
                if old is not None:
                    stored[entry.id] = old
                continue
            if old is None:
                report.added.append(art.id)
            elif old.get("sha256") != text_digest(art.text):
                report.changed.append(art.id)
            todo.append(art)  # re-store the new mtime either way
        report.removed = sorted(stored)
        if todo or report.removed:
            if not self._write_changes(report, todo, progress):
                return
        self._refresh_mentions(report.removed, progress)

    def _write_changes(self, report: UpdateReport, todo: list[Article],
                       progress: Progress | None) -> bool:
        for path in report.removed:
            self._stored.pop(path, None)
        from .postings_table import TableCodec

        writer = self.ix.writer(limitmb=128, compound=False, codec=TableCodec())
        try:
            for path in report.removed:
                writer.delete_by_term("path", path)
            for n, art in enumerate(todo, 1):
                writer.update_document(**_fields(art))
                if progress:
                    progress(n, len(todo))
            writer.commit()
            self._stored.update({a.id: _summary(a) for a in todo})
        except OSError as exc:  # disk full: the live index is untouched, just not up to date
            writer.cancel()
            report.warnings.append(f"could not update the index ({exc.strerror or exc}); "
                                   "showing it as it was")
            report.added, report.changed, report.removed = [], [], []
            return False
        except BaseException:  # cancelled: the live index is untouched and unlocked
            writer.cancel()
            raise
        from whoosh import index as windex

        self._ix = windex.open_dir(str(self._gen))
        try:
            meta = json.loads((self._gen / "meta.json").read_text(encoding="utf-8"))
            _write_meta(self._gen, self._ix, meta)
        except (OSError, ValueError):
            pass  # the next open finds the mismatch and rebuilds: safe, only slower
        return True

    # -- mentions ------------------------------------------------------------------------
    def _dossier_meta(self) -> dict:
        if self._meta is None:
            from .mentions import read_dossier_meta

            self._meta = read_dossier_meta(self.dossier.root)
        return self._meta

    def _extraction_stamp(self) -> str:
        """Changes when the extractor, its gazetteer, the user's aliases or dossier.toml do."""
        from . import mentions

        digest = hashlib.sha256()
        digest.update(json.dumps(self._dossier_meta(), sort_keys=True, ensure_ascii=False,
                                 default=str).encode())
        code = Path(mentions.__file__).parent
        for source in sorted(code.glob("*.py")) + [code.parent / "arabic" / "months.py",
                                                   code.parent / "arabic" / "normalize.py"]:
            digest.update(source.read_bytes())  # a forgotten version bump cannot leave stale mentions
        alias = mentions.entities.alias_file()
        if alias.exists():
            digest.update(alias.read_bytes())
        return f"{mentions.EXTRACTOR_VERSION}:{digest.hexdigest()[:16]}"

    def _refresh_mentions(self, removed: list[str], progress: Progress | None) -> None:
        """Re-extract what changed; everything when the extractor or dossier.toml changed."""
        stamp = self._extraction_stamp()
        stored = self.mentions.articles()
        indexed = self._stored  # the index's record of each article: no file is read to compare
        if self.mentions.info("stamp") != stamp:
            wanted = list(indexed)
        else:
            wanted = [path for path, rec in indexed.items()
                      if path not in stored or stored[path].sha256 != rec.get("sha256")]
        gone = set(stored) - set(indexed)
        self.mentions.delete(sorted(gone | set(removed)))
        todo = [a for a in (self.dossier.get(p) for p in wanted) if a is not None]
        if todo:
            self._extract(todo, stamp, progress)

    def _extract(self, articles: list[Article], stamp: str, progress: Progress | None) -> None:
        from .mentions.batch import extract_rows  # the extractor: not needed to start

        rows = []
        for n, (_, row) in enumerate(
                extract_rows(articles, self._dossier_meta(), _procs_for(len(articles))), 1):
            rows.append(row)
            if progress:
                progress(n, len(articles))
        self.mentions.put_many(rows)
        self.mentions.set_info("stamp", stamp)


def _cancel(writer) -> None:
    """Whoosh's MpWriter.cancel() only flags its own copies of its worker processes: the
    processes never see it and wait on their job queue forever, and Python then waits for
    them at exit. Stop them, then release the index."""
    for task in getattr(writer, "tasks", ()):
        task.terminate()
        task.join(5)
    writer.cancel()


def _procs_for(articles: int) -> int:
    """Worker processes for indexing or extracting this many articles."""
    return min(os.cpu_count() or 1, 4) if articles >= PARALLEL_FROM else 1


def _write_meta(gen: Path, ix, meta: dict) -> None:
    """meta.json with the size of every live segment file: plain segment files are read
    lazily, so a truncated one would only fail at some later search; a stat at open
    catches it (a disk that filled up, a half-copied cache)."""
    ids = {seg.segment_id() for seg in ix._segments()}  # "MAIN_<id>"; files are "MAIN_<id>.pst"…
    meta["files"] = {p.name: p.stat().st_size for p in gen.iterdir()
                     if p.name.split(".", 1)[0] in ids}
    tmp = gen / f"meta.json.{os.getpid()}"
    tmp.write_text(json.dumps(meta), encoding="utf-8")
    os.replace(tmp, gen / "meta.json")


def _summary(art: Article) -> dict:
    """What the index stores for an article (not its text): kept in memory for 10k articles."""
    return {k: v for k, v in _fields(art).items() if k not in ("body", "body_stem", "title_stem")}


def _fields(art: Article) -> dict:
    return {
        "path": art.id,
        "title": art.title,
        "title_stem": art.title,
        "body": art.text,
        "body_stem": art.text,
        "mtime": art.mtime,
        "size": art.size,
        "sha256": text_digest(art.text),
    }


def _remove_at_exit(path: Path) -> None:
    """Delete a temporary index when this process ends (not when a forked worker does)."""
    owner = os.getpid()

    def remove() -> None:
        if os.getpid() == owner:
            shutil.rmtree(path, ignore_errors=True)

    atexit.register(remove)
