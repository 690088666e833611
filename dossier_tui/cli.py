"""Command-line face of dossier-tui: a thin layer over dossier_tui.index and the TUI.

Each subcommand is a module in dossier_tui.commands with ``add_parser`` and ``run``.
User errors (DossierError) become one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from dossier_tui import __version__
from dossier_tui.commands.common import add_dossier_arg
from dossier_tui.crash import write_crash_log
from dossier_tui.index.errors import DossierError

COMMANDS = ("index", "search", "show", "mentions", "add")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dossier-tui",
        description="Read a dossier of Arabic news articles: search, compare, follow mentions.",
    )
    parser.add_argument("--version", action="version", version=f"dossier-tui {__version__}")
    add_dossier_arg(parser)
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
    if _command_of(argv) is None and not {"-h", "--help", "--version"} & set(argv):
        from dossier_tui.commands import tui_cmd

        return _guard(tui_cmd.run_from_argv, argv)
    args = build_parser().parse_args(argv)
    return _guard(args.run, args)


def _command_of(argv: list[str]) -> str | None:
    """The subcommand named in argv, skipping ``-d DIR``; None means: open the TUI."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in ("-d", "--dossier"):
            skip = True
        elif not token.startswith("-"):
            return token if token in COMMANDS else None
    return None


def _guard(func, arg) -> int:
    """User errors: one line, exit 2. Our bugs: one line naming the log with the traceback."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")  # odd file names never crash output
    try:
        return int(func(arg) or 0)
    except DossierError as exc:
        print(f"dossier-tui: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        log = write_crash_log()
        where = f"; details in {log}" if log else ""
        print(f"dossier-tui: unexpected error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return 1

