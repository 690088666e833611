"""Mentions saved with the index (SQLite beside the Whoosh files), so no start re-extracts.

Extraction is the slow part of opening a dossier; its results are keyed by article
path and content hash and queried by key (linked mentions across the dossier), by
article (the reader), or by kind (timeline, figures) without loading everything.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from .mention_rows import Prepared, _contract, _from_row, _load_fast, prepare

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, title TEXT, date TEXT, source TEXT,
    dates INTEGER NOT NULL DEFAULT 0, figures INTEGER NOT NULL DEFAULT 0,
    entities INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS mention_rows (
    path TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, key TEXT, value TEXT, high TEXT, unit TEXT, qualifier TEXT,
    relative INTEGER, extra_id INTEGER
);
-- what a mention says besides the contract (why, context, events, about) as JSON, once
-- per distinct text: at 20k articles 1.8M mentions share 254k of them. Found again by a
-- hash of the text: a UNIQUE index on the text itself was a second copy of it (54 MB)
CREATE TABLE IF NOT EXISTS extras (id INTEGER PRIMARY KEY, json TEXT NOT NULL, hash INTEGER NOT NULL);
-- what reads whole mentions see; counting queries read mention_rows (the join is
-- not dropped under GROUP BY: timeline data took 0.42 s through the view, 0.1 s without)
CREATE VIEW IF NOT EXISTS mentions AS
    SELECT r.path, r.kind, r.text, r.start, r."end", r.key, r.value, r.high, r.unit,
           r.qualifier, r.relative, e.json AS extra
    FROM mention_rows r LEFT JOIN extras e ON e.id = r.extra_id;
CREATE TABLE IF NOT EXISTS date_events (
    event TEXT NOT NULL, path TEXT NOT NULL, start INTEGER NOT NULL, shown TEXT NOT NULL,
    value TEXT
);
CREATE TABLE IF NOT EXISTS info (name TEXT PRIMARY KEY, value TEXT);
-- the manifest: what the Whoosh index stores of each article (its stat, digest, title),
-- as of the Whoosh commit named by info.whoosh_commit, so opening the index needs no
-- pass over all its stored records (0.19 s at 20k articles)
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, mtime REAL, size INTEGER, sha256 TEXT, title TEXT, url TEXT
);
"""

# Made after a build's rows are in (sorting once is cheaper than keeping them sorted
# through every insert: a third of a build's store time).
_INDEXES = """
-- by kind then key, covering what the timeline and figures group on: grouping 10k
-- articles' dates took 0.7 s through a key-only index and takes 30 ms through this one
CREATE INDEX IF NOT EXISTS mentions_by_kind_key ON mention_rows(kind, key, path, value, high, unit, qualifier);
CREATE INDEX IF NOT EXISTS mentions_by_path ON mention_rows(path, start);
-- one row per (date mention, event it names), narrow: the events view groups 124k of
-- them at 10k articles, which through json_each over mentions.extra took 0.7 s
CREATE INDEX IF NOT EXISTS date_events_by_event ON date_events(event, path, start, shown, value);
CREATE INDEX IF NOT EXISTS date_events_by_path ON date_events(path);  -- an update deletes by path
CREATE INDEX IF NOT EXISTS extras_by_hash ON extras(hash);
"""


class StoredArticle(NamedTuple):  # a NamedTuple: start-up reads 10k of them before the first frame
    path: str
    sha256: str
    title: str
    date: str | None
    source: str | None = None
    dates: int = 0  # how many mentions of each kind: the result list shows them for every
    figures: int = 0  # article at start, so they are kept here rather than counted then
    entities: int = 0

    def counts(self) -> dict[str, int]:
        return {k: n for k, n in (("date", self.dates), ("figure", self.figures),
                                  ("entity", self.entities)) if n}


class KeyGroup(NamedTuple):  # a NamedTuple: 24k of them are made for the figures view
    key: str | None
    value: object
    high: object
    unit: str | None
    qualifier: str | None
    count: int  # mentions
    articles: int | None = None  # articles that have them, if counted (``count_paths``, ``paths_of``: per row drawn)
    text: str | None = None  # for keyless mentions: their text


class MentionStore:
    """One SQLite file per index generation."""

    VERSION = "9"  # 4: index by (kind, key, ...); 5: per-article counts; 6: date_events; 7: by path; 8: extras
    # 9: the index's manifest (files), extras found by hash

    def __init__(self, path: Path, bulk: bool = False):
        """``bulk``: a new file that only this object writes until ``finish_bulk`` (a build's
        generation, thrown away whole if the build fails): no journal, no fsync, indexes made
        at the end, extras numbered here rather than asked of SQLite one by one."""
        self.path = path
        self.db = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        self._extra_ids: dict[str, int] = {}  # extras.json -> id, as this writer meets them
        self._bulk = bulk
        self._depth = 0  # nested transaction() blocks: only the outermost commits
        self._new_extras: list[tuple[int, str, int]] = []  # bulk: numbered, not yet inserted
        self._last_extra = 0  # bulk: the last number given (never reused, even after a rollback)
        try:
            version = self.info("store_version")
        except sqlite3.OperationalError:  # a new file: no tables yet
            version = None
        if bulk and version is not None:
            raise ValueError("a bulk mention store must be a new file")
        if version is None:  # create; an existing store is opened without writing (start-up)
            if bulk:
                self.db.execute("PRAGMA journal_mode=OFF")
                self.db.execute("PRAGMA synchronous=OFF")
            self.db.executescript(_SCHEMA if bulk else _SCHEMA + _INDEXES)
            self.set_info("store_version", self.VERSION)
        elif version != self.VERSION:
            raise sqlite3.DatabaseError("mention store from another version")

    def finish_bulk(self) -> None:
        """A bulk store made whole: its indexes, and a journal again for later writers."""
        if not self._bulk:
            return
        self.db.executescript(_INDEXES)
        self.db.execute("PRAGMA journal_mode=DELETE")
        self.db.execute("PRAGMA synchronous=FULL")
        self._bulk = False

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction around the writes inside it, however many: an update's deletes,
        rows, stamp and manifest commit once (each commit waits for two fsyncs: 15-40 ms
        here), and a crash or a cancel among them leaves none of them."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with self.db:
                yield
        except BaseException:
            self._extra_ids = {}  # ids of extras the rollback removed must not be reused
            self._new_extras = []
            raise
        finally:
            self._depth = 0

    # -- writing -------------------------------------------------------------------------
    def put(self, path: str, sha256: str, title: str, date: str | None,
            mentions: Iterable[dict], source: str | None = None) -> None:
        """Replace everything known about one article."""
        self.put_many([(path, sha256, title, date, mentions, source)])

    def put_many(self, rows: Iterable[tuple], new: bool = False) -> None:
        """Replace many articles in one transaction: (path, sha256, title, date, mentions, source),
        the mentions as dicts or ``Prepared``.
        ``new``: the articles are not in the store yet (a build), so nothing is deleted first
        (the deletes were a fifth of a build's store time)."""
        with self.transaction():
            for path, sha256, title, date, mentions, source in rows:
                if not new:
                    self._delete(path)
                if not isinstance(mentions, Prepared):
                    mentions = prepare(path, mentions)
                n = mentions.counts
                self.db.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                (path, sha256, title, date, source, n.get("date", 0),
                                 n.get("figure", 0), n.get("entity", 0)))
                self.db.executemany(
                    "INSERT INTO mention_rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    self._with_extra_ids(mentions.rows))
                self.db.executemany("INSERT INTO date_events VALUES (?, ?, ?, ?, ?)",
                                    mentions.date_events)
            if self._new_extras:
                self.db.executemany("INSERT INTO extras (id, json, hash) VALUES (?, ?, ?)", self._new_extras)
                self._new_extras = []

    def _with_extra_ids(self, rows: list[tuple]) -> list[tuple]:
        """Rows whose last field, extras JSON, becomes its id in ``extras`` (added if new).
        Ids are asked per distinct text rather than read whole: an update of 10 articles
        at 10k would read 15k texts (17 ms) to use about 20."""
        ids = self._extra_ids
        out = []
        for row in rows:
            extra = row[-1]
            if extra is None:
                out.append(row)
                continue
            got = ids.get(extra)
            if got is None and self._bulk:  # the only writer: numbered here, inserted at the end
                self._last_extra += 1
                got = ids[extra] = self._last_extra
                self._new_extras.append((got, extra, _hash(extra)))
            elif got is None:  # another writer (a CLI `index` beside the reader) may have added it
                h = _hash(extra)
                found = self.db.execute("SELECT id FROM extras WHERE hash = ? AND json = ?", (h, extra)).fetchone()
                got = ids[extra] = found[0] if found else self.db.execute(
                    "INSERT INTO extras (json, hash) VALUES (?, ?)", (extra, h)).lastrowid
            out.append(row[:-1] + (got,))
        return out

    def delete(self, paths: Iterable[str]) -> None:
        with self.transaction():
            for path in paths:
                self._delete(path)

    def _delete(self, path: str) -> None:
        self.db.execute("DELETE FROM mention_rows WHERE path = ?", (path,))  # extras stay: shared
        self.db.execute("DELETE FROM articles WHERE path = ?", (path,))
        self.db.execute("DELETE FROM date_events WHERE path = ?", (path,))

    def set_info(self, name: str, value: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO info VALUES (?, ?)", (name, value))

    def info(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM info WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def set_manifest(self, records: Iterable[dict], removed: Iterable[str], commit: str,
                     whole: bool = False) -> None:
        """Record what the Whoosh index now stores of these articles (``build.summary``
        dicts) and that it is as of Whoosh commit ``commit``, in one transaction.
        ``whole``: ``records`` is every article (the manifest is replaced)."""
        with self.transaction():
            if whole:
                self.db.execute("DELETE FROM files")
            self.db.executemany("DELETE FROM files WHERE path = ?", ((p,) for p in removed))
            self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)",
                                ((r["path"], r.get("mtime"), r.get("size"), r.get("sha256"),
                                  r.get("title"), r.get("url")) for r in records))
            self.db.execute("INSERT OR REPLACE INTO info VALUES ('whoosh_commit', ?)", (commit,))

    def manifest(self, commit: str) -> dict[str, dict] | None:
        """{path: what the index stores of it} (as ``build.summary``), or None when the
        manifest is not of Whoosh commit ``commit`` (written before a crash between the two
        commits, or never): then only the index itself can say."""
        if self.info("whoosh_commit") != commit:
            return None
        out = {}
        for path, mtime, size, sha256, title, url in self.db.execute(
                "SELECT path, mtime, size, sha256, title, url FROM files"):
            rec = {"path": path, "title": title, "mtime": mtime, "size": size, "sha256": sha256}
            if url is not None:  # as Whoosh gives it: no value, no field
                rec["url"] = url
            out[path] = rec
        return out

    def digests(self) -> dict[str, str]:
        """{path: sha256} of the articles whose mentions are stored."""
        return dict(self.db.execute("SELECT path, sha256 FROM articles"))

    # -- reading -------------------------------------------------------------------------
    def articles(self) -> dict[str, StoredArticle]:
        rows = self.db.execute("SELECT path, sha256, title, date, source, dates, figures, entities "
                               "FROM articles")
        return {r[0]: StoredArticle(*r) for r in rows}

    def mentions(self, kind: str | None = None, key: str | None = None,
                 path: str | None = None, text: str | None = None) -> Iterator[dict]:
        """Mentions as contract dicts (the `mentions --json` shape), in dossier order."""
        if key is not None and kind is None:
            kind = kind_of(key)  # a key names its kind: lets SQLite use the index
        where, args = [], []
        for column, value in (("kind", kind), ("key", key), ("path", path), ("text", text)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        sql = "SELECT * FROM mentions" + (" WHERE " + " AND ".join(where) if where else "")
        for row in self.db.execute(sql + " ORDER BY path, start", args):
            yield _from_row(row)

    def linked(self, key: str, limit: int) -> tuple[list[dict], int, int]:
        """The mentions of ``key`` to list, how many there are and in how many articles.
        Up to ``limit``, all of them in dossier order; beyond, the first ``limit`` with each
        article's first mention before any article's second (as many outlets as fit),
        chosen by SQLite: loading a name's 55k mentions at 10k articles took 0.3 s."""
        kind = kind_of(key)
        total, articles = self.db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT path) FROM mention_rows WHERE kind = ? AND key = ?",
            (kind, key)).fetchone()
        if total <= limit:
            return list(self.mentions(kind=kind, key=key)), total, articles
        sql = ("SELECT * FROM (SELECT m.*, ROW_NUMBER() OVER (PARTITION BY path ORDER BY start) AS nth "
               "FROM mentions m WHERE kind = ? AND key = ?) ORDER BY nth, path, start LIMIT ?")
        return [_from_row(row[:-1]) for row in self.db.execute(sql, (kind, key, limit))], total, articles

    def dates_with_events(self) -> Iterator[dict]:
        """Date mentions that name an event, one dict per (mention, event), in no order:
        the events are read by SQLite's json_each, not by loading every date (3 s -> 0.6 s
        at 10k articles)."""
        sql = ('SELECT m.path, m.kind, m.text, m.start, m."end", m.key, m.value, m.high, m.unit, '
               "m.qualifier, m.relative, je.value FROM mentions m, json_each(m.extra, '$.events') je "
               "WHERE m.kind = 'date' AND m.extra IS NOT NULL")  # unordered: callers sort what they keep
        for row in self.db.execute(sql):
            d = _contract(row)
            d["events"] = [row[-1]]
            yield d

    def event_mentions(self, event: str, path: str) -> list[dict]:
        """The date mentions of one article that name ``event``, in order."""
        sql = ("SELECT m.* FROM mentions m, json_each(m.extra, '$.events') je WHERE m.kind = 'date' "
               "AND m.extra IS NOT NULL AND m.path = ? AND je.value = ? ORDER BY m.start")
        return [_from_row(row) for row in self.db.execute(sql, (path, event))]

    def key_groups(self, kind: str) -> Iterator[KeyGroup]:
        """One row per key of ``kind``: what the timeline and figures tables show, counted
        in SQLite, without loading a single mention. Articles are neither listed nor counted: at
        100k articles the lists of every key's articles were most of the views' 1-2 s and
        of the reader's memory, for the three names a row shows (``paths_of``)."""
        # the shown value is the first row's (SQLite takes bare columns from the row MIN()
        # picks): a key may gather spellings, and the first one seen names it, not the
        # alphabetically least
        sql = ("SELECT key, MIN(rowid), value, high, unit, qualifier, COUNT(*) "
               "FROM mention_rows WHERE kind = ? AND key IS NOT NULL GROUP BY key")
        for key, _first, value, high, unit, qualifier, count in self.db.execute(sql, (kind,)):
            yield KeyGroup(key, _load_fast(value), _load_fast(high), unit, qualifier, count)

    def keyless_groups(self, kind: str) -> Iterator[KeyGroup]:
        """Mentions with no key (relative dates with no article date), grouped by their text."""
        sql = ("SELECT text, COUNT(*), COUNT(DISTINCT path) FROM mention_rows "
               "WHERE kind = ? AND key IS NULL GROUP BY text")
        for text, count, articles in self.db.execute(sql, (kind,)):
            yield KeyGroup(None, None, None, None, None, count, articles, text=text)

    def paths_of(self, kind: str, key: str | None, text: str | None = None,
                 limit: int | None = None) -> list[str]:
        """The articles (sorted) with mentions of ``key``, or with keyless mentions saying
        ``text``: the first ``limit`` along the covering index, for the rows a view draws."""
        where = "key = ?" if key is not None else "key IS NULL AND text = ?"
        sql = (f"SELECT DISTINCT path FROM mention_rows WHERE kind = ? AND {where} "
               "ORDER BY path LIMIT ?")
        rows = self.db.execute(sql, (kind, key if key is not None else text, -1 if limit is None else limit))
        return [r[0] for r in rows]

    def unit_articles(self) -> dict[str | None, int]:
        """How many articles give a figure in each unit; for bare numbers (None) only
        whether they are in two articles (2) or one (1): they list last whatever their
        count, and counting the biggest group was a third of the figures view's time."""
        sql = ("SELECT unit, COUNT(DISTINCT path) FROM mention_rows WHERE kind = 'figure' "
               "AND key IS NOT NULL AND value IS NOT NULL AND unit != '' GROUP BY unit")
        out: dict[str | None, int] = dict(self.db.execute(sql))
        first, last = self.db.execute(
            "SELECT MIN(path), MAX(path) FROM mention_rows WHERE kind = 'figure' AND key IS NOT NULL "
            "AND value IS NOT NULL AND (unit IS NULL OR unit = '')").fetchone()
        if first is not None:
            out[None] = 1 if first == last else 2
        return out

    def count_paths(self, kind: str, key: str | None, text: str | None = None) -> int:
        """How many articles ``paths_of`` would list."""
        where = "key = ?" if key is not None else "key IS NULL AND text = ?"
        sql = f"SELECT COUNT(DISTINCT path) FROM mention_rows WHERE kind = ? AND {where}"
        return self.db.execute(sql, (kind, key if key is not None else text)).fetchone()[0]

    def event_articles(self) -> dict[str, int]:
        """How many articles date each event."""
        sql = ("SELECT event, COUNT(DISTINCT path) FROM date_events INDEXED BY date_events_by_event "
               "GROUP BY event")
        return dict(self.db.execute(sql))

    def event_value_sets(self) -> Iterator[tuple[str, str]]:
        """(event, its resolved dates in one article joined by NUL) per article that resolves
        one, by event then path: what tells whether articles date an event differently."""
        sql = ("SELECT event, GROUP_CONCAT(value, char(0)) FROM date_events INDEXED BY date_events_by_event "
               "WHERE value IS NOT NULL GROUP BY event, path")
        return iter(self.db.execute(sql))

    def event_rows(self, event: str, limit: int, *, after: str | None = None, before: str | None = None,
                   offset: int = 0, from_end: bool = False) -> list[tuple[str, list[str]]]:
        """(path, its dates for ``event`` as shown, in order) for ``limit`` articles in path
        order, what the events view draws, read when it comes on screen: the ones after the
        path ``after`` or before ``before`` (the rows beside were read), else from the
        ``offset``-th, counted from the last article with ``from_end`` (End: read backwards
        along the index rather than stepping over all the others)."""
        where, args, desc = "", [event], before is not None or (from_end and after is None)
        if after is not None:
            where, args = "AND path > ? ", [event, after]
        elif before is not None:
            where, args = "AND path < ? ", [event, before]
        skip = offset if after is None and before is None else 0
        # each date with its start: the group's order is then ours, whichever way the index is read
        sql = ("SELECT path, GROUP_CONCAT(start || char(1) || shown || char(0), '') FROM date_events "
               f"INDEXED BY date_events_by_event WHERE event = ? {where}GROUP BY path "
               f"ORDER BY path {'DESC' if desc else ''} LIMIT ? OFFSET ?")
        out = []
        for path, joined in self.db.execute(sql, (*args, limit, skip)):
            dated = sorted((int(start), shown) for start, _, shown in
                           (d.partition("\x01") for d in joined.split("\x00")[:-1]))
            out.append((path, [shown for _, shown in dated]))
        return out[::-1] if desc else out

    def speaker_groups(self, key: str | None = None) -> Iterator[tuple[str, str | None, bool, int, list[str]]]:
        """(key, name, anonymous, statements, articles) per speaker (statements are mentions
        of kind ``quote`` keyed ``speaker:<name>``), counted in SQLite without loading one;
        the name is as the speaker's first statement in dossier order writes it."""
        sql = ("SELECT r.key, (SELECT f.value FROM mention_rows f WHERE f.kind = 'quote' AND f.key = r.key "
               "ORDER BY f.path, f.start LIMIT 1), MAX(COALESCE(json_extract(e.json, '$.anonymous'), 0)), "
               "COUNT(*), GROUP_CONCAT(DISTINCT r.path || char(0)) "
               "FROM mention_rows r LEFT JOIN extras e ON e.id = r.extra_id "
               "WHERE r.kind = 'quote' AND r.key IS NOT NULL" + (" AND r.key = ?" if key is not None else "")
               + " GROUP BY r.key")
        for k, name, anonymous, count, paths in self.db.execute(sql, () if key is None else (key,)):
            yield k, _load_fast(name), bool(anonymous), count, _paths(paths)

    def shared_keys(self, path: str) -> dict[str, int]:
        """For every other article, how many distinct mention keys it shares with ``path``."""
        # this article's keys first, then each key's articles along the covering index, once
        # per (key, article): joining every mention to every mention of its key took 0.37 s
        # at 10k articles (the compare picker waits on it), this 0.11 s
        sql = ("SELECT path, COUNT(*) FROM (SELECT DISTINCT o.kind, o.key, o.path FROM mention_rows o "
               "WHERE (o.kind, o.key) IN (SELECT kind, key FROM mention_rows WHERE path = ?1 AND key IS NOT NULL)) "
               "WHERE path != ?1 GROUP BY path")
        return dict(self.db.execute(sql, (path,)))

    def key_counts(self, path: str | None = None) -> dict[str, int]:
        """How many articles mention each key (or, with ``path``, the keys of that article)."""
        if path is None:
            sql, args = "SELECT key, COUNT(DISTINCT path) FROM mention_rows GROUP BY kind, key", ()
        else:
            sql = ("SELECT key, COUNT(DISTINCT path) FROM mention_rows WHERE (kind, key) IN "
                   "(SELECT kind, key FROM mention_rows WHERE path = ? AND key IS NOT NULL) GROUP BY kind, key")
            args = (path,)
        return {k: n for k, n in self.db.execute(sql, args) if k}


def _hash(extra: str) -> int:
    """What finds an extra's text again (two writers may both store one: harmless)."""
    return zlib.crc32(extra.encode("utf-8", "surrogatepass"))


def kind_of(key: str) -> str:
    """The kind of mention a key belongs to: its prefix, but a statement's key names its
    speaker (``speaker:<name>``), shared by all they said."""
    prefix = key.split(":", 1)[0]
    return "quote" if prefix == "speaker" else prefix


def _paths(joined: str | None) -> list[str]:
    """Undo GROUP_CONCAT(DISTINCT path || char(0)): names may hold commas, never NUL."""
    return sorted(joined[:-1].split("\x00,")) if joined else []
