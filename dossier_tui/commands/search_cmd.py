"""`dossier-tui search QUERY`: ranked hits, readable or as the JSON contract."""

from __future__ import annotations

import sys

from dossier_tui.index.sanitize import sanitize_line
from dossier_tui.wording import articles_match, counted

from .common import add_dossier_arg, dump_json, open_workspace, say_warnings


def add_parser(sub) -> None:
    p = sub.add_parser("search", help="search the dossier")
    p.add_argument("query", metavar="QUERY", help="words (all must match), \"a phrase\", prefix*")
    add_dossier_arg(p)
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits (default 20)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--explain", action="store_true",
                   help="show how each word was normalised, stemmed and expanded (why it matched)")
    p.set_defaults(run=run)


def run(args) -> int:
    ws = open_workspace(args)
    result = ws.search(args.query, limit=max(1, args.limit))
    if args.explain:
        print("How the query was read:", file=sys.stderr if args.json else sys.stdout)
        for line in result.parsed.explain():
            print(f"  {sanitize_line(line)}", file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(dump_json(result.to_json()))
        say_warnings(ws, args)
        return 0
    print(f"{articles_match(result.total)} {result.query!r}")
    for n, hit in enumerate(result.hits, 1):
        print(f"\n{n}. {sanitize_line(hit.path)}  (score {hit.score:.2f}, {counted(len(hit.matches), 'match')})")
        print(f"   {hit.title}")
        print(f"   {hit.snippet}")
    say_warnings(ws, args)
    return 0
