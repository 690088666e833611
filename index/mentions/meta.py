"""What the dossier says about its articles: the optional dossier.toml, and each article's
own date from a date line near its top.

dossier.toml is the user's file, kept in the dossier and only ever read:

    ["002_cde9ca6d7cdba46b.txt"]
    date = 2024-07-23        # or "2024-07-23"
    source = "المسلة"
    title = "…"
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..user_files import line_of, one_warning, read_toml


@dataclass(frozen=True)
class DossierMeta:
    """dossier.toml read: {relative path: {date, source, title}}, and at most one warning."""

    entries: dict[str, dict] = field(default_factory=dict)
    warning: str | None = None

    def get(self, path: str) -> dict | None:
        return self.entries.get(path)


def read_dossier_meta(root: Path) -> DossierMeta:
    """Per-file metadata from ``root/dossier.toml``.

    A missing file is no metadata; a broken one is ignored (a date that is not a date:
    that date) with one warning naming the line: metadata is a help, never a reason not
    to open a dossier.
    """
    path = Path(root) / "dossier.toml"
    data, broken, text = read_toml(path, "ignored")
    if broken:
        return DossierMeta({}, broken)
    out: dict[str, dict] = {}
    bad_dates = []
    for name, entry in data.items():
        if not isinstance(entry, dict):
            continue
        clean: dict = {}
        date = entry.get("date")
        if isinstance(date, (dt.date, dt.datetime)):
            clean["date"] = date.strftime("%Y-%m-%d")
        elif isinstance(date, str) and _iso_date(date):
            clean["date"] = date.strip()
        elif date is not None:
            bad_dates.append((line_of(text, str(name), "date"),
                              f"date of {name!r} is not YYYY-MM-DD: {date!r}"))
        for key in ("source", "title"):
            if isinstance(entry.get(key), str):
                clean[key] = entry[key]
        out[str(name)] = clean
    return DossierMeta(out, one_warning(path, bad_dates, "those dates ignored"))


def _iso_date(text: str) -> tuple[int, int, int] | None:
    try:
        d = dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None
    return d.year, d.month, d.day


def parse_iso(value: str | None) -> tuple[int, int, int | None] | None:
    """'2025-03-14' -> (2025, 3, 14); an article dated to its month, '2026-01' -> (2026, 1,
    None): relative years and months resolve against it, days and weeks do not."""
    if not value:
        return None
    text = value.strip()
    if len(text) == 7 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit() and 1 <= int(text[5:]) <= 12:
        return int(text[:4]), int(text[5:]), None
    return _iso_date(text)
