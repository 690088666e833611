"""Form tables (issue 19, section 2): each row is a sentence and, written by hand, every
date and figure in it. ``("F", value, high, unit, qualifier)`` is a figure, ``("D", value,
high, qualifier)`` a date; the row fails if extraction finds anything else, or less."""

from __future__ import annotations

import pytest
from support import mentions_of

from dossier_tui.index.arabic.normalize import normalize

ARTICLE_DATE = "2025-03-14"  # a Friday: relative dates in the tables resolve against it


def found(body: str, date: str | None = ARTICLE_DATE) -> list[tuple]:
    """Dates and figures in ``body`` as (kind, text, value, high, unit/qualifier...)."""
    out = []
    for m in mentions_of(body, date):
        if m.kind == "figure":
            out.append(("F", m.text, m.value, m.high, m.unit, m.qualifier))
        elif m.kind == "date":
            out.append(("D", m.text, m.value, m.high, m.qualifier))
    return out


def _num(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    return abs(a - b) <= 1e-6 * max(1.0, abs(a)) or (abs(a) < 100 and abs(a - b) < 0.06)  # 33.3 for a third


def _same(want: tuple, got: tuple) -> bool:
    if want[0] != got[0]:
        return False
    if want[0] == "F":
        _, v, h, u, q = want
        _, _, gv, gh, gu, gq = got
        return _num(v, gv) and _num(h, gh) and (u and normalize(u)) == (gu and normalize(gu)) and q == gq
    _, v, h, q = want
    _, _, gv, gh, gq = got
    return str(v) == str(gv) and (h or None) == (gh or None) and q == gq


def check(body: str, want: list[tuple], date: str | None = ARTICLE_DATE) -> None:
    got = found(body, date)
    assert len(got) == len(want) and all(_same(w, g) for w, g in zip(want, got, strict=True)), (
        f"{body}\n want {want}\n got  {got}")


def table(rows: list[tuple], gaps: frozenset[str] = frozenset()):
    """Parametrise over (body, want) rows; bodies in ``gaps`` are known misses, kept in the
    table as strict xfails so fixing one is noticed."""
    params = [pytest.param(body, want, marks=pytest.mark.xfail(strict=True, reason="known gap"))
              if body in gaps else pytest.param(body, want) for body, want in rows]
    return pytest.mark.parametrize("body, want", params, ids=[f"r{i}" for i in range(len(rows))])


def F(value, qualifier=None, high=None, unit="troops") -> list[tuple]:
    return [("F", value, high, unit, qualifier)]


def D(value, qualifier=None, high=None) -> list[tuple]:
    return [("D", value, high, qualifier)]
