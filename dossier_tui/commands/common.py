"""What every subcommand shares: the dossier argument, --quiet, and saying warnings once."""

from __future__ import annotations

import argparse
import json
import re
import sys

from dossier_tui.index.seeds import bundled_dossier
from dossier_tui.index.workspace import Workspace


def add_dossier_arg(parser: argparse.ArgumentParser) -> None:
    """-d DIR and --quiet, accepted before the subcommand or after it."""
    parser.add_argument(
        "-d", "--dossier", metavar="DIR", default=argparse.SUPPRESS,
        help="folder of articles (default: the bundled dossier)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                        help="no warnings (skipped files, broken dossier.toml or aliases)")


def dossier_path(args: argparse.Namespace):
    return args.dossier if getattr(args, "dossier", None) else bundled_dossier()


def open_workspace(args: argparse.Namespace, index: bool = True, rebuild: bool = False) -> Workspace:
    """The dossier named by ``-d``, its index brought up to date unless ``index`` is False."""
    ws = Workspace(dossier_path(args))
    ws.dossier  # noqa: B018 - scanned now: a missing folder is the command's one error
    if index:
        ws.open(rebuild=rebuild)
    return ws


def say_warnings(ws: Workspace, args: argparse.Namespace, everything: bool = False) -> None:
    """The warnings not said before (``everything``: all of them), on stderr, once each.
    Called when the command has succeeded, so an error is the only line it prints."""
    if getattr(args, "quiet", False):
        return
    for warning in ws.new_warnings(everything):
        print(f"dossier-tui: warning: {warning}", file=sys.stderr)


_UNSAFE_IN_JSON = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\x7f-\x9f]")


def dump_json(data) -> str:
    """JSON for scripts that is also safe to cat: bidi controls stay as \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
