"""Dossier-wide views over stored mentions: the timeline of dates and the table of figures.

Counted by the mention store (SQLite groups by key), so the TUI and the benchmark share
them and a 10k-article dossier's view is built without loading its mentions; the
mentions behind a row are read when the user opens it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .mention_store import MentionStore


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
    articles: list[str]  # paths, sorted
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
    rows = [TimelineRow(g.key, str(g.value), precision(str(g.value)), g.count, g.paths,
                        high=None if g.high is None else str(g.high))
            for g in store.key_groups("date") if g.value]
    rows.sort(key=lambda r: (r.value, r.key))
    unresolved = [TimelineRow(f"text:{g.text}", "", "relative", g.count, g.paths, text=g.text)
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
    articles: list[str]


@dataclass
class FigureGroup:
    unit: str
    values: list[FigureValue]

    @cached_property
    def disputed(self) -> bool:
        """Different articles give different numbers for this unit (computed once: the
        view asks for every row it draws). Stops at the second article found: a unit of
        10,000 articles' figures need not be gathered into a set to know there are two."""
        if len({(v.value, v.high) for v in self.values}) < 2:
            return False
        first = None
        for v in self.values:
            for a in v.articles:
                if first is None:
                    first = a
                elif a != first:
                    return True
        return False

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
            g.count, g.paths))
    out = [FigureGroup(unit, sorted(vals, key=lambda v: (v.value, v.high or 0)))
           for unit, vals in groups.items()]
    out.sort(key=lambda g: (g.unit == NO_UNIT, -len({a for v in g.values for a in v.articles}), g.unit))
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


@dataclass
class EventSummary:
    """One event as the events view lists it: the dates each article gives, shown; the
    mentions behind a row are read from the store when it is opened."""

    event: str
    by_article: dict[str, list[str]]  # path -> its dates for this event, as shown, in order
    disputed: bool

    def values(self, path: str) -> list[str]:
        return self.by_article.get(path, [])


def event_summaries(store: MentionStore) -> list[EventSummary]:
    """What ``dates_by_event`` says, grouped by SQLite (0.2 s rather than 1.9 s at 10k)."""
    shown: dict[str, dict[str, list[str]]] = defaultdict(dict)  # paths arrive sorted
    resolved: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
    for event, path, dates, values in store.event_dates():
        shown[event][path] = dates if len(dates) == 1 else list(dict.fromkeys(dates))
        resolved[event][path] = frozenset(values)
    out = [EventSummary(event, by, _disputed(resolved[event])) for event, by in shown.items()]
    out.sort(key=lambda e: (-len(e.by_article), not e.disputed, e.event))
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
    counts = Counter(frozenset(v) for v in values.values() if v)
    # the 200 most common answers: pairs of 10k articles' date sets would take seconds
    dated = [v for v, _ in counts.most_common(200)]
    return any(not any(_compatible(a, b) for a in x for b in y)
               for i, x in enumerate(dated) for y in dated[i + 1:])


def format_number(value: float | None) -> str:
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"
