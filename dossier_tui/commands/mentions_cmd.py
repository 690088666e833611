"""`dossier-tui mentions`: every date, figure and entity, with its normalised value and key.

Reads the mentions stored with the index (extracted when articles were indexed), so a
second run costs a database query, not a re-extraction.
"""

from __future__ import annotations

import csv
import sys

from dossier_tui.index.errors import DossierError
from dossier_tui.index.mentions.model import CONTRACT
from dossier_tui.index.sanitize import sanitize_line
from dossier_tui.wording import counted

from .common import add_dossier_arg, dump_json, open_workspace, say_warnings

KINDS = ("date", "figure", "entity")


def add_parser(sub) -> None:
    p = sub.add_parser("mentions", help="dates, figures and entities across the dossier")
    add_dossier_arg(p)
    p.add_argument("--kind", choices=KINDS, help="only this kind of mention")
    p.add_argument("--key", help="only mentions with this key (e.g. date:2025-09, figure:2500:troops)")
    p.add_argument("--by-event", action="store_true",
                   help="the dates each article gives for each event (withdrawal, end of mission…), "
                        "flagging events the articles date differently")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="machine-readable output")
    out.add_argument("--csv", action="store_true", help="one mention per row, for spreadsheets")
    p.set_defaults(run=run)


def collect(index, kind: str | None = None, key: str | None = None) -> tuple[list[dict], list[dict]]:
    """(articles, mentions) in the `--json` shape, from the store saved with the index."""
    store = index.mentions
    if store is None:
        raise DossierError("the index has no mention store; run `dossier-tui index --rebuild`")
    from dossier_tui.index.formats import format_of

    stored = store.articles()
    articles = [{"path": path, "title": stored[path].title if path in stored else title,
                 "date": stored[path].date if path in stored else None,
                 "source": stored[path].source if path in stored else None,
                 "url": index.record(path).get("url"), "format": format_of(path) or "txt"}
                for path, title in index.catalog()]
    mentions = [{k: m.get(k) for k in CONTRACT} for m in store.mentions(kind=kind, key=key)]
    return articles, mentions


def run(args) -> int:
    ws = open_workspace(args)
    code = _by_event(ws.index, args) if args.by_event else _listed(ws.index, args)
    say_warnings(ws, args)
    return code


def _listed(index, args) -> int:
    articles, mentions = collect(index, args.kind, args.key)
    if args.json:
        print(dump_json({"articles": articles, "mentions": mentions}))
        return 0
    if args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(CONTRACT), lineterminator="\n")
        writer.writeheader()
        for m in mentions:
            writer.writerow({k: sanitize_line("" if v is None else str(v)) for k, v in m.items()})
        return 0
    by_path: dict[str, list[dict]] = {}
    for m in mentions:
        by_path.setdefault(m["path"], []).append(m)
    for art in articles:
        found = by_path.get(art["path"], [])
        if not found:
            continue
        date = f"  ({art['date']})" if art["date"] else "  (date unknown)"
        print(f"{sanitize_line(art['path'])}{date}\n  {sanitize_line(art['title'])}")
        for m in found:
            value = m["value"] if m["value"] is not None else "—"
            if m["high"] is not None:
                value = f"{value}–{m['high']}"
            extra = " ".join(x for x in (m["unit"] or "", m["qualifier"] or "",
                                         "relative" if m["relative"] else "") if x)
            print(f"    {m['kind']:<6} {sanitize_line(m['text'])}  →  {value} {extra}".rstrip()
                  + f"   [{sanitize_line(m['key'] or 'unlinked')}]")
        print()
    print(f"{counted(len(mentions), 'mention')} in {counted(len(by_path), 'article')}")
    return 0


def _by_event(index, args) -> int:
    """`--by-event`: JSON {"events": [{"event", "disputed", "articles": [{"path", "dates":
    [contract mention]}]}]}; as text, one block per event, one line per article."""
    from dossier_tui.index.overview import dates_by_event

    if args.csv or args.kind not in (None, "date") or args.key:
        raise DossierError("--by-event groups dates: use it alone or with --json")
    store = index.mentions
    if store is None:
        raise DossierError("the index has no mention store; run `dossier-tui index --rebuild`")
    events = dates_by_event(store.dates_with_events())
    if args.json:
        print(dump_json({"events": [
            {"event": e.event, "disputed": e.disputed,
             "articles": [{"path": path, "dates": [{k: m.get(k) for k in CONTRACT} for m in ms]}
                          for path, ms in e.by_article.items()]}
            for e in events]}))
        return 0
    for e in events:
        print(f"{e.event}{'   ⚠ the articles give different dates' if e.disputed else ''}")
        for path in e.by_article:
            print(f"    {sanitize_line(path)}: {', '.join(sanitize_line(v) for v in e.values(path))}")
        print()
    print(f"{counted(len(events), 'event')}, {sum(e.disputed for e in events)} dated differently")
    return 0
