"""Dossier-wide views over stored mentions: the timeline of dates and the table of figures.

Counted by the mention store (SQLite groups by key), so the TUI and the benchmark share
them and a 10k-article dossier's view is built without loading its mentions; the
mentions behind a row are read when the user opens it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .mention_store import MentionStore


def precision(value: str | None) -> str:
    if not value:
        return "unknown"
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

    @property
    def disputed(self) -> bool:
        """Different articles give different numbers for this unit."""
        return len({(v.value, v.high) for v in self.values}) > 1 and len(
            {a for v in self.values for a in v.articles}) > 1

    def by_article(self) -> dict[str, list[FigureValue]]:
        out: dict[str, list[FigureValue]] = defaultdict(list)
        for v in self.values:
            for a in v.articles:
                out[a].append(v)
        return dict(sorted(out.items()))


def figures(store: MentionStore) -> list[FigureGroup]:
    """Figures grouped by unit, then by value; units that more articles talk about come first."""
    groups: dict[str, list[FigureValue]] = defaultdict(list)
    for g in store.key_groups("figure"):
        if g.value is None:
            continue
        groups[g.unit or "(no unit)"].append(FigureValue(
            g.key, float(g.value), None if g.high is None else float(g.high), g.qualifier,
            g.count, g.paths))
    out = [FigureGroup(unit, sorted(vals, key=lambda v: (v.value, v.high or 0)))
           for unit, vals in groups.items()]
    out.sort(key=lambda g: (-len({a for v in g.values for a in v.articles}), g.unit))
    return out


def format_number(value: float | None) -> str:
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"
