"""Dossier-wide views over stored mentions: the timeline of dates and the table of figures.

Counted by the mention store (SQLite groups by key), so the TUI and the benchmark share
them and a 10k-article dossier's view is built without loading its mentions; the
mentions behind a row are read when the user opens it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from .mention_store import MentionStore


class ArticlePaths(Sequence[str]):
    """The articles of a view's row, sorted: counted and named by the store only when the
    row is drawn (a row shows three names and how many more). At 100k articles every row's
    full list was most of the reader's memory and of the views' time. Compares equal to a
    list of the same names."""

    __slots__ = ("_store", "_kind", "_key", "_text", "_count", "_known")

    def __init__(self, store: MentionStore, kind: str, key: str | None, text: str | None = None,
                 count: int | None = None):
        self._store, self._kind, self._key, self._text = store, kind, key, text
        self._count = count  # None: counted when first asked
        self._known: list[str] = []  # the first names, as far as asked

    def __len__(self) -> int:
        if self._count is None:
            try:
                self._count = self._store.count_paths(self._kind, self._key, self._text)
            except sqlite3.Error:  # the store went away under an open view
                return 0
        return self._count

    def _first(self, n: int) -> list[str]:
        if len(self._known) < n:
            try:
                self._known = self._store.paths_of(self._kind, self._key, self._text,
                                                   None if n >= len(self) else max(n, 8))
            except sqlite3.Error:
                pass
        return self._known

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, _ = i.indices(len(self))
            return self._first(max(start, stop))[i]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._first(i + 1)[i]

    def __iter__(self):
        return iter(self._first(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (ArticlePaths, list, tuple)):
            return len(other) == len(self) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ArticlePaths({self._kind}, {self._key or self._text!r})"


_PERIODS = {"W": "week", "Q": "quarter", "H": "half"}  # 2024-W30, 2025-Q1, 2024-H2 (mentions/relative.py)


def precision(value: str | None) -> str:
    if not value:
        return "unknown"
    if len(value) > 5 and value[5] in _PERIODS:
        return _PERIODS[value[5]]
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "day")


@dataclass
class TimelineRow:
    key: str  # the mention key, or "text:<what was written>" for unresolved dates
    value: str  # ISO date, as precise as the text was ("" when unresolved)
    precision: str
    count: int  # mentions
    articles: Sequence[str]  # paths, sorted (ArticlePaths: named when drawn)
    text: str | None = None  # for unresolved rows: the words as written
    high: str | None = None  # the end of a range ("بين عامي 2025 و2026")

    @property
    def shown(self) -> str:
        return f"{self.value}–{self.high}" if self.high else self.value


@dataclass
class Timeline:
    rows: list[TimelineRow]
    unresolved: list[TimelineRow]  # relative dates with no article date to resolve them against


def timeline(store: MentionStore) -> Timeline:
    """Dates on one axis: by value (years before their months before their days), one row
    per key, counted by the store (a 10k-article dossier has ~250k date mentions)."""
    rows = [TimelineRow(g.key, str(g.value), precision(str(g.value)), g.count,
                        ArticlePaths(store, "date", g.key),
                        high=None if g.high is None else str(g.high))
            for g in store.key_groups("date") if g.value]
    rows.sort(key=lambda r: (r.value, r.key))
    unresolved = [TimelineRow(f"text:{g.text}", "", "relative", g.count,
                              ArticlePaths(store, "date", None, g.text, g.articles), text=g.text)
                  for g in store.keyless_groups("date")]
    unresolved.sort(key=lambda r: (-r.count, r.text or ""))
    return Timeline(rows, unresolved)


@dataclass
class FigureValue:
    key: str
    value: float
    high: float | None
    qualifier: str | None
    count: int
    articles: Sequence[str]  # paths, sorted (ArticlePaths: named when drawn)


@dataclass
class FigureGroup:
    unit: str
    values: list[FigureValue]
    # how many articles give a figure in this unit, counted by the store (bare numbers, listed
    # last whatever their count: 2 for two or more); None: counted from the values' articles
    articles: int | None = None

    @cached_property
    def disputed(self) -> bool:
        """Different articles give different numbers for this unit (computed once: the
        view asks for every row it draws): two values, and two articles."""
        if len({(v.value, v.high) for v in self.values}) < 2:
            return False
        return self.article_count >= 2

    @cached_property
    def article_count(self) -> int:
        if self.articles is not None:
            return self.articles
        return len({a for v in self.values for a in v.articles})

    def by_article(self) -> dict[str, list[FigureValue]]:
        out: dict[str, list[FigureValue]] = defaultdict(list)
        for v in self.values:
            for a in v.articles:
                out[a].append(v)
        return dict(sorted(out.items()))


NO_UNIT = "(no unit)"


def figures(store: MentionStore) -> list[FigureGroup]:
    """Figures grouped by unit, then by value; units that more articles talk about come
    first, and bare numbers (no unit: list numbering, scores, "3" of "3 of them") last,
    where at 10,000 articles they no longer bury the troop counts."""
    groups: dict[str, list[FigureValue]] = defaultdict(list)
    for g in store.key_groups("figure"):
        if g.value is None:
            continue
        groups[g.unit or NO_UNIT].append(FigureValue(
            g.key, float(g.value), None if g.high is None else float(g.high), g.qualifier,
            g.count, ArticlePaths(store, "figure", g.key)))
    articles = store.unit_articles()
    out = [FigureGroup(unit, sorted(vals, key=lambda v: (v.value, v.high or 0)),
                       articles.get(None if unit == NO_UNIT else unit, 0))
           for unit, vals in groups.items()]
    out.sort(key=lambda g: (g.unit == NO_UNIT, -g.article_count, g.unit))
    return out


@dataclass
class EventDates:
    """The dates each article gives in sentences naming one event (a withdrawal, an end of
    mission…): where outlets disagree on "when", side by side."""

    event: str
    by_article: dict[str, list[dict]]  # path -> its date mentions for this event, in order
    disputed: bool  # two articles give dates that cannot both be right (2025-09 vs 2026-09)

    def values(self, path: str) -> list[str]:
        return list(dict.fromkeys(_shown(m) for m in self.by_article.get(path, [])))


def dates_by_event(mentions: Iterable[dict]) -> list[EventDates]:
    """Date mentions grouped by the events of their sentences; events that more articles
    date come first. Unresolved relative dates are listed by their words."""
    groups: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for m in mentions:
        if m.get("kind") != "date":
            continue
        for event in m.get("events") or ():
            groups[event][m["path"]].append(m)
    out = []
    for event, by_article in groups.items():
        resolved = {p: {str(m["value"]) for m in ms if m.get("value")} for p, ms in by_article.items()}
        ordered = {p: sorted(ms, key=lambda m: m["start"]) for p, ms in sorted(by_article.items())}
        out.append(EventDates(event, ordered, _disputed(resolved)))
    out.sort(key=lambda e: (-len(e.by_article), not e.disputed, e.event))
    return out


CHUNK = 128  # an event's rows read at a time (a screen is ~40)
CHUNKS_KEPT = 64  # chunks kept per event: scrolling back reads nothing again


@dataclass
class EventSummary:
    """One event as the events view lists it: how many articles date it and whether they
    disagree, counted once; the rows (each article's dates, as shown) read from the store
    a chunk at a time as they are drawn. At 100k articles the events view held 560k
    (event, article) rows and took 8 s to open; now it reads the ~40 on screen."""

    event: str
    articles: int
    disputed: bool
    store: MentionStore | None = field(default=None, repr=False, compare=False)
    _chunks: OrderedDict = field(default_factory=OrderedDict, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def row(self, n: int) -> tuple[str, list[str]]:
        """The ``n``-th article (in path order) dating this event, and its dates."""
        chunk = self._chunk(n // CHUNK)
        return chunk[n % CHUNK] if n % CHUNK < len(chunk) else ("", [])

    def _chunk(self, c: int) -> list[tuple[str, list[str]]]:
        with self._lock:
            got = self._chunks.get(c)
            if got is not None:
                self._chunks.move_to_end(c)
                return got
            if self.store is None:
                return []
            before, after = self._chunks.get(c - 1), self._chunks.get(c + 1)
            size = max(0, min(CHUNK, self.articles - c * CHUNK))
            try:  # beside a chunk read: no OFFSET to skip through; else from the nearer end
                if before:
                    got = self.store.event_rows(self.event, CHUNK, after=before[-1][0])
                elif after:
                    got = self.store.event_rows(self.event, size, before=after[0][0])
                elif c * CHUNK > self.articles // 2:
                    got = self.store.event_rows(self.event, size, offset=self.articles - c * CHUNK - size,
                                                from_end=True)
                else:
                    got = self.store.event_rows(self.event, CHUNK, offset=c * CHUNK)
            except sqlite3.Error:  # the store went away under an open view
                return []
            got = [(path, dates if len(dates) == 1 else list(dict.fromkeys(dates))) for path, dates in got]
            self._chunks[c] = got
            if len(self._chunks) > CHUNKS_KEPT:
                self._chunks.popitem(last=False)
            return got

    @property
    def by_article(self) -> dict[str, list[str]]:
        """Every article's dates for this event, read whole (the CLI, tests: not the view)."""
        return dict(self.row(n) for n in range(self.articles))

    def values(self, path: str) -> list[str]:
        return self.by_article.get(path, [])


def event_summaries(store: MentionStore) -> list[EventSummary]:
    """What ``dates_by_event`` says, counted by SQLite: the events, how many articles date
    each, and whether they disagree; no article's rows until the view draws them."""
    articles = store.event_articles()
    # event -> an article's set of dates (sorted, joined) -> how many articles give it; the
    # sets are made only for the 200 most common: at 100k articles a frozenset for each of
    # ~300k answers was the warm-up's peak memory
    sets: dict[str, Counter[str]] = defaultdict(Counter)
    for event, joined in store.event_value_sets():
        if "\x00" in joined:
            joined = "\x00".join(sorted(set(joined.split("\x00"))))
        sets[event][joined] += 1
    out = []
    for event, n in articles.items():
        # first seen first among equals, as dates_by_event counts them (the 200 most common
        # are compared)
        common = [frozenset(j.split("\x00")) for j, _ in sets[event].most_common(200)]
        out.append(EventSummary(event, n, _disputed_sets(common), store))
    out.sort(key=lambda e: (-e.articles, not e.disputed, e.event))
    return out


def _shown(m: dict) -> str:
    if not m.get("value"):
        return m.get("text", "?")
    return f"{m['value']}–{m['high']}" if m.get("high") else str(m["value"])


def _compatible(a: str, b: str) -> bool:
    """2025 and 2025-09 can both be right, as can 2025-Q3 and 2025-09: their days overlap."""
    if a.startswith(b) or b.startswith(a):
        return True
    (a0, a1), (b0, b1) = _days(a), _days(b)
    return a0 <= b1 and b0 <= a1


def _days(value: str) -> tuple[str, str]:
    """The first and last day (ISO) a date value covers, at any precision."""
    import datetime as dt

    y = value[:4]
    kind = value[5:6]
    if kind == "W":
        first = dt.date.fromisocalendar(int(y), int(value[6:8]), 1)
        return first.isoformat(), (first + dt.timedelta(days=6)).isoformat()
    if kind in ("Q", "H"):
        months = 3 if kind == "Q" else 6
        start = (int(value[6]) - 1) * months + 1
        return f"{y}-{start:02d}-01", f"{y}-{start + months - 1:02d}-31"
    if len(value) == 4:
        return f"{y}-01-01", f"{y}-12-31"
    if len(value) == 7:
        return f"{value}-01", f"{value}-31"
    return value, value


def _disputed(values: dict[str, set[str] | frozenset[str]]) -> bool:
    """Some article's dates are all incompatible with some other article's."""
    # the 200 most common answers: pairs of 10k articles' date sets would take seconds
    counts = Counter(frozenset(v) for v in values.values() if v)
    return _disputed_sets([v for v, _ in counts.most_common(200)])


def _disputed_sets(dated: list[frozenset[str]]) -> bool:
    """``_disputed`` over the most common sets of dates."""
    return any(not any(_compatible(a, b) for a in x for b in y)
               for i, x in enumerate(dated) for y in dated[i + 1:])


def format_number(value: float | None) -> str:
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"
