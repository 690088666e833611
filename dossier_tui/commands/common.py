"""What every subcommand shares: the dossier argument and clean reporting of problems."""

from __future__ import annotations

import argparse
import sys

from dossier_tui.index.loader import Dossier, load_dossier
from dossier_tui.index.seeds import bundled_dossier


def add_dossier_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-d", "--dossier", metavar="DIR", default=argparse.SUPPRESS,
        help="folder of .txt articles (default: the bundled dossier)",
    )


def dossier_path(args: argparse.Namespace):
    return args.dossier if getattr(args, "dossier", None) else bundled_dossier()


def open_dossier(args: argparse.Namespace) -> Dossier:
    """Load the dossier named by ``-d`` and warn on stderr about every skipped file."""
    dossier = load_dossier(dossier_path(args))
    for problem in dossier.problems:
        print(f"dossier-tui: warning: {problem.message}", file=sys.stderr)
    return dossier
