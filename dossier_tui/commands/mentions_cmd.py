"""`dossier-tui mentions`: every date, figure, entity and quote, with its normalised value and key.

Reads the mentions stored with the index (extracted when articles were indexed), so a
second run costs a database query, not a re-extraction.
"""

from __future__ import annotations

import csv
import sys

from dossier_tui.index.errors import DossierError
from dossier_tui.index.mentions.model import CONTRACT, QUOTE_FIELDS
from dossier_tui.index.sanitize import sanitize_line
from dossier_tui.wording import counted

from .common import add_dossier_arg, dump_json, open_workspace, say_warnings

KINDS = ("date", "figure", "entity", "quote")
FIRST_WORDS = 8  # of a statement, in --by-speaker


def add_parser(sub) -> None:
    p = sub.add_parser("mentions", help="dates, figures, entities and quotes across the dossier")
    add_dossier_arg(p)
    p.add_argument("--kind", choices=KINDS, help="only this kind of mention")
    p.add_argument("--key", help="only mentions with this key (e.g. date:2025-09, figure:2500:troops)")
    p.add_argument("--by-event", action="store_true",
                   help="the dates each article gives for each event (withdrawal, end of mission…), "
                        "flagging events the articles date differently")
    p.add_argument("--by-speaker", action="store_true",
                   help="who is quoted: each speaker, the articles quoting them and what they said")
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
    mentions = [_shape(m) for m in store.mentions(kind=kind, key=key)]
    return articles, mentions


def _shape(m: dict) -> dict:
    """The contract fields; a quote adds its speaker, their offsets, the verb, anonymous."""
    d = {k: m.get(k) for k in CONTRACT}
    if m["kind"] == "quote":
        d.update((k, m.get(k)) for k in QUOTE_FIELDS)
    return d


def run(args) -> int:
    ws = open_workspace(args)
    if args.by_event and args.by_speaker:
        raise DossierError("--by-event and --by-speaker are two different views: use one")
    code = (_by_event(ws.index, args) if args.by_event else _by_speaker(ws.index, args)
            if args.by_speaker else _listed(ws.index, args))
    say_warnings(ws, args)
    return code


def _listed(index, args) -> int:
    articles, mentions = collect(index, args.kind, args.key)
    if args.json:
        print(dump_json({"articles": articles, "mentions": mentions}))
        return 0
    if args.csv:
        fields = list(CONTRACT) + (list(QUOTE_FIELDS) if args.kind == "quote" else [])
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
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
            if m["kind"] == "quote":
                print(f"    quote  {sanitize_line(m['value'] or '?')} ({sanitize_line(m['verb'] or '')}): "
                      f"{sanitize_line(first_words(m['text']))}   [{sanitize_line(m['key'] or 'unlinked')}]")
                continue
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


def first_words(text: str, n: int = FIRST_WORDS) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _by_speaker(index, args) -> int:
    """`--by-speaker`: JSON {"speakers": [{"key", "name", "anonymous", "articles": [{"path",
    "statements": [{"start", "end", "verb", "first_words"}]}]}]}, most-quoted first (by
    articles, then statements); as text, one block per speaker, one line per statement.
    The speakers and their statements are index.speakers', as the reader's s screen shows."""
    from dossier_tui.index.speakers import speakers, statements

    if args.csv or args.kind not in (None, "quote") or args.by_event:
        raise DossierError("--by-speaker groups quotes: use it alone, with --key or with --json")
    store = index.mentions
    if store is None:
        raise DossierError("the index has no mention store; run `dossier-tui index --rebuild`")
    ranked = []
    for sp in speakers(store, args.key).ranked:
        by_path: dict[str, list[dict]] = {}
        for m in statements(store, sp.key)[0]:
            by_path.setdefault(m["path"], []).append(
                {"start": m["start"], "end": m["end"], "verb": m.get("verb"), "first_words": first_words(m["text"])})
        ranked.append({"key": sp.key, "name": sp.name, "anonymous": sp.anonymous,
                       "articles": [{"path": p, "statements": st} for p, st in by_path.items()]})
    if args.json:
        print(dump_json({"speakers": ranked}))
        return 0
    for sp in ranked:
        tag = "  (unnamed source)" if sp["anonymous"] else ""
        print(f"{sanitize_line(sp['name'] or '?')}{tag}   [{sanitize_line(sp['key'])}]  "
              f"{counted(len(sp['articles']), 'article')}")
        for art in sp["articles"]:
            for st in art["statements"]:
                print(f"    {sanitize_line(art['path'])}: {sanitize_line(st['first_words'])}")
        print()
    said = sum(len(st["statements"]) for sp in ranked for st in sp["articles"])
    print(f"{counted(len(ranked), 'speaker')}, {counted(said, 'statement')}")
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
