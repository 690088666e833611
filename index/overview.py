"""Dossier-wide views over stored mentions: the timeline of dates and the table of figures.

Pure functions over mention dicts (the `mentions --json` shape), so the TUI, the CLI and
the benchmark share them and they work straight from the mention store without
re-extracting anything.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field


def precision(value: str | None) -> str:
    if not value:
        return "unknown"
    return {4: "year", 7: "month", 10: "day"}.get(len(value), "day")


@dataclass
class TimelineRow:
    key: str
    value: str  # ISO date, as precise as the text was
    precision: str
    mentions: list[dict] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return sorted({m["path"] for m in self.mentions})


@dataclass
class Timeline:
    rows: list[TimelineRow]
    unresolved: list[dict]  # relative dates with no article date to resolve them against


def timeline(mentions: list[dict]) -> Timeline:
    """Dates on one axis: by value (years before their months before their days), one row per key."""
    rows: dict[str, TimelineRow] = {}
    unresolved = []
    for m in mentions:
        if m["kind"] != "date":
            continue
        value = m.get("value")
        if not value:
            unresolved.append(m)
            continue
        row = rows.get(m["key"])
        if row is None:
            row = rows[m["key"]] = TimelineRow(m["key"], str(value), precision(str(value)))
        row.mentions.append(m)
    ordered = sorted(rows.values(), key=lambda r: (r.value, r.key))
    return Timeline(ordered, sorted(unresolved, key=lambda m: (m["path"], m["start"])))


@dataclass
class FigureValue:
    value: float
    high: float | None
    qualifier: str | None
    mentions: list[dict] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return sorted({m["path"] for m in self.mentions})


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


def figures(mentions: list[dict]) -> list[FigureGroup]:
    """Figures grouped by unit, then by value; units that more articles talk about come first."""
    groups: dict[str, dict[tuple, FigureValue]] = defaultdict(dict)
    for m in mentions:
        if m["kind"] != "figure" or m.get("value") is None:
            continue
        unit = m.get("unit") or "(no unit)"
        ident = (float(m["value"]), None if m.get("high") is None else float(m["high"]))
        fv = groups[unit].get(ident)
        if fv is None:
            fv = groups[unit][ident] = FigureValue(ident[0], ident[1], m.get("qualifier"))
        fv.mentions.append(m)
    out = [FigureGroup(unit, sorted(vals.values(), key=lambda v: (v.value, v.high or 0)))
           for unit, vals in groups.items()]
    out.sort(key=lambda g: (-len({a for v in g.values for a in v.articles}), g.unit))
    return out


def format_number(value: float | None) -> str:
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"
