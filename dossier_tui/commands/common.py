"""What every subcommand shares: the dossier argument and clean reporting of problems."""

from __future__ import annotations

import argparse
import json
import re
import sys

from dossier_tui.index.loader import Dossier, scan_dossier
from dossier_tui.index.seeds import bundled_dossier


def add_dossier_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-d", "--dossier", metavar="DIR", default=argparse.SUPPRESS,
        help="folder of .txt articles (default: the bundled dossier)",
    )


def dossier_path(args: argparse.Namespace):
    return args.dossier if getattr(args, "dossier", None) else bundled_dossier()


def open_dossier(args: argparse.Namespace) -> Dossier:
    """Scan the dossier named by ``-d``; articles are read as they are needed."""
    return scan_dossier(dossier_path(args))


def report_problems(dossier: Dossier) -> None:
    """Warn on stderr, once each, about every file skipped so far."""
    start = getattr(dossier, "_reported", 0)
    for problem in dossier.problems[start:]:
        print(f"dossier-tui: warning: {problem.message}", file=sys.stderr)
    dossier._reported = len(dossier.problems)


_UNSAFE_IN_JSON = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\x7f-\x9f]")


def dump_json(data) -> str:
    """JSON for scripts that is also safe to cat: bidi controls stay as \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
