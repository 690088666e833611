"""`dossier-tui add URL_OR_FILE... -d DIR`: save pages and files into the dossier, then index.

The one command that writes into the dossier, because the user asked it to. Each target
that fails is one line on stderr (the others are still added); any failure exits 2.
"""

from __future__ import annotations

import sys

from dossier_tui.index.errors import DossierError
from dossier_tui.index.sanitize import sanitize_line

from .common import add_dossier_arg, open_workspace, say_warnings


def add_parser(sub) -> None:
    p = sub.add_parser("add", help="save web pages (by URL) or files into a dossier and index them")
    p.add_argument("targets", nargs="+", metavar="URL_OR_FILE")
    add_dossier_arg(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from dossier_tui.index.adding import add
    from dossier_tui.index.loader import check_folder

    if not getattr(args, "dossier", None):
        raise DossierError("say which dossier to add to: -d DIR (the bundled one is read-only)")
    root = check_folder(args.dossier)
    failed = False
    added = []
    for target in args.targets:
        try:
            result = add(root, target)
        except DossierError as exc:
            print(f"dossier-tui: {exc}", file=sys.stderr)
            failed = True
            continue
        added.append(result)
        state = "saved" if result.new else "already in the dossier"
        print(f"{state}: {sanitize_line(result.path)}  {sanitize_line(result.title)}")
    if any(a.new for a in added):
        ws = open_workspace(args)  # indexed now, incrementally
        say_warnings(ws, args)
    return 2 if failed else 0
