"""`dossier-tui index`: build or update the dossier's index and say what changed."""

from __future__ import annotations

from .common import add_dossier_arg, open_workspace, say_warnings


def add_parser(sub) -> None:
    p = sub.add_parser("index", help="build or update the index of a dossier")
    add_dossier_arg(p)
    p.add_argument("--rebuild", action="store_true", help="rebuild from scratch")
    p.set_defaults(run=run)


def run(args) -> int:
    ws = open_workspace(args, rebuild=args.rebuild)
    r = ws.report
    n = len(ws.catalog)
    if r.rebuilt:
        print(f"indexed {n} articles ({r.reason})")
    else:
        print(f"index up to date: {n} articles; {len(r.added)} added, {len(r.changed)} changed, "
              f"{len(r.removed)} removed")
    print(f"index: {r.location}")
    say_warnings(ws, args, everything=True)  # asked to index: every warning, said or not
    return 0
