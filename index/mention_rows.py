"""A mention as a row of the mention store, and back.

Rows are made in extraction workers during a build (``prepare``), so the process that
writes only inserts them; reading turns a row into the `mentions --json` contract dict.
Values are JSON text, written and read without the json module for the common cases
(ISO dates, integers): most of the rows of a large dossier.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

FIELDS = ("path", "kind", "text", "start", "end", "key", "value", "high", "unit", "qualifier",
          "relative")


class Prepared(NamedTuple):
    """One article's mentions as the store's rows: made by ``prepare``, in an extraction
    worker during a build, so the writing process only inserts them."""

    rows: list[tuple]
    date_events: list[tuple]
    counts: dict[str, int]
    problem: str | None = None  # the extractor failed on this article: said once as a warning


def prepare(path: str, mentions: Iterable[dict]) -> Prepared:
    """What ``put_many`` inserts for these mention dicts (``Mention.to_store()``)."""
    mentions = list(mentions)
    rows = [_row(path, m) for m in mentions]
    return Prepared(rows, _date_events(path, mentions), dict(Counter(r[1] for r in rows)))


def prepare_found(path: str, mentions: list, problem: str | None = None) -> Prepared:
    """``prepare(path, [m.to_store() for m in mentions])`` from the Mention objects
    themselves, the same rows: no dict per mention made to be taken apart again (that
    was a sixth of an extraction worker's time). ``problem``: why there are none."""
    from .mentions.model import QUOTE_FIELDS

    rows = []
    events = []
    for m in mentions:
        extra = {k: getattr(m, k) for k in QUOTE_FIELDS} if m.kind == "quote" else {}
        extra["why"] = m.why
        if m.context:
            extra["context"] = m.context
        if m.events:
            extra["events"] = m.events
            if m.kind == "date":
                value = m.value
                shown = m.text if not value else f"{value}–{m.high}" if m.high else str(value)
                events += [(event, path, m.start, shown, None if value is None else str(value))
                           for event in m.events]
        if m.about:
            extra["about"] = m.about
        relative = m.relative
        rows.append((path, m.kind, m.text, m.start, m.end, m.key, _dump(m.value), _dump(m.high), m.unit,
                     m.qualifier, None if relative is None else int(bool(relative)), _dump_json(extra)))
    return Prepared(rows, events, dict(Counter(r[1] for r in rows)), problem)


def _row(path: str, m: dict) -> tuple:
    extra = {k: v for k, v in m.items() if k not in FIELDS}
    return (
        path, m["kind"], m["text"], m["start"], m["end"], m.get("key"),
        _dump(m.get("value")), _dump(m.get("high")), m.get("unit"), m.get("qualifier"),
        None if m.get("relative") is None else int(bool(m.get("relative"))),
        _dump_json(extra) if extra else None,
    )


def _date_events(path: str, mentions: list[dict]) -> list[tuple]:
    """date_events rows: (event, path, start, the date as shown, its resolved value)."""
    rows = []
    for m in mentions:
        if m.get("kind") != "date" or not m.get("events"):
            continue
        value, high = m.get("value"), m.get("high")
        shown = m.get("text", "?") if not value else f"{value}–{high}" if high else str(value)
        rows += [(event, path, m["start"], shown, None if value is None else str(value))
                 for event in m["events"]]
    return rows


def _contract(row: tuple) -> dict:
    """The contract fields of a row (the `mentions --json` shape)."""
    d = dict(zip(FIELDS, row[:len(FIELDS)], strict=True))
    d["value"], d["high"] = _load_fast(d["value"]), _load_fast(d["high"])
    d["relative"] = None if d["relative"] is None else bool(d["relative"])
    return d


def _from_row(row: tuple) -> dict:
    """The contract fields first, then any extras (why, context, events)."""
    d = _contract(row)
    extra = _load(row[len(FIELDS)])
    if extra:
        d.update(extra)
    return d


_PLAIN = re.compile(r'[^"\\\x00-\x1f]*')  # a string json.dumps would only quote


def _dump(value) -> str | None:
    """JSON text; dates and numbers (most values) without the json module's overhead."""
    if value is None:
        return None
    kind = type(value)
    if kind is str and _PLAIN.fullmatch(value):
        return f'"{value}"'
    if kind is int:
        return str(value)
    return json.dumps(value, ensure_ascii=False)


_QUOTED = json.encoder.encode_basestring  # how json.dumps(ensure_ascii=False) writes a string


def _dump_json(value) -> str:
    """json.dumps(value, ensure_ascii=False), the same text, for the extras a mention carries
    (strings, numbers, booleans, lists of them): json.dumps built an encoder per call, and
    with ~90 mentions an article that was a tenth of extraction in the workers."""
    kind = type(value)
    if kind is str:
        return _QUOTED(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is list:
        return "[" + ", ".join(map(_dump_json, value)) + "]"
    if kind is dict and all(type(k) is str for k in value):
        return "{" + ", ".join([f"{_QUOTED(k)}: {_dump_json(v)}" for k, v in value.items()]) + "}"
    return json.dumps(value, ensure_ascii=False)  # floats (NaN, inf), tuples, anything else


def _load_fast(text: str | None):
    """_load for the values keys group on (an ISO date string, a number) without json."""
    if text is None:
        return None
    if text[:1] == '"' and "\\" not in text:
        return text[1:-1]
    try:
        return int(text) if text.lstrip("-").isdigit() else float(text)
    except ValueError:
        return json.loads(text)


def _load(text: str | None):
    return None if text is None else json.loads(text)
