"""Command-line face of dossier-tui: a thin layer over dossier_tui.index and the TUI.

Each subcommand is a module in dossier_tui.commands with ``add_parser`` and ``run``.
User errors (DossierError) become one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from dossier_tui import __version__
from dossier_tui.index.errors import DossierError

COMMANDS = ("index", "search", "show", "mentions")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dossier-tui",
        description="Read a dossier of Arabic news articles: search, compare, follow mentions.",
    )
    parser.add_argument("--version", action="version", version=f"dossier-tui {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"dossier_tui.commands.{name}_cmd")
        except ModuleNotFoundError as exc:
            if exc.name != f"dossier_tui.commands.{name}_cmd":
                raise
            continue
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS and not argv[0].startswith("-"):
        from dossier_tui.commands import tui_cmd

        return _guard(tui_cmd.run_from_argv, argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from dossier_tui.commands import tui_cmd

        return _guard(tui_cmd.run_from_argv, argv)
    return _guard(args.run, args)


def _guard(func, arg) -> int:
    try:
        return int(func(arg) or 0)
    except DossierError as exc:
        print(f"dossier-tui: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
