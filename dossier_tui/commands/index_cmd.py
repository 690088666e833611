"""`dossier-tui index`: build or update the dossier's index and say what changed."""

from __future__ import annotations

import sys

from dossier_tui.index.store import DossierIndex

from .common import add_dossier_arg, open_dossier, report_problems


def add_parser(sub) -> None:
    p = sub.add_parser("index", help="build or update the index of a dossier")
    add_dossier_arg(p)
    p.add_argument("--rebuild", action="store_true", help="rebuild from scratch")
    p.set_defaults(run=run)


def open_index(args, rebuild: bool = False) -> DossierIndex:
    """Load the dossier and bring its index up to date, reporting repairs on stderr."""
    index = DossierIndex(open_dossier(args))
    report = index.update(rebuild=rebuild)
    report_problems(index.dossier)
    for warning in report.warnings:
        print(f"dossier-tui: warning: {warning}", file=sys.stderr)
    if report.rebuilt and report.reason and "damaged" in report.reason:
        print(f"dossier-tui: {report.reason}: rebuilt it from the articles", file=sys.stderr)
    index.last_report = report
    return index


def run(args) -> int:
    index = open_index(args, rebuild=args.rebuild)
    r = index.last_report
    n = len(index.catalog())
    if r.rebuilt:
        print(f"indexed {n} articles ({r.reason})")
    else:
        print(f"index up to date: {n} articles; {len(r.added)} added, {len(r.changed)} changed, "
              f"{len(r.removed)} removed")
    print(f"index: {r.location}")
    return 0
