"""`dossier-tui show ARTICLE`: the article as the reader lays it out, or raw."""

from __future__ import annotations

import shutil
import sys

from dossier_tui.config import BIDI_MODES, load_settings

from .common import add_dossier_arg, open_workspace, say_warnings


def add_parser(sub) -> None:
    p = sub.add_parser("show", help="print one article")
    p.add_argument("article", metavar="ARTICLE",
                   help="path relative to the dossier, or its 1-based number in file-name order")
    add_dossier_arg(p)
    p.add_argument("--raw", action="store_true", help="the loaded text, in logical order")
    p.add_argument("--width", type=int, default=None, metavar="N",
                   help="line width in cells (default: the terminal's, 80 when not a terminal)")
    p.add_argument("--bidi", choices=BIDI_MODES, default=None,
                   help="app: shaped, in visual order (default); terminal: logical order, for "
                        "terminals that do their own bidi")
    p.set_defaults(run=run)


def output_width(requested: int | None) -> int:
    if requested:
        return max(10, requested)
    if sys.stdout.isatty():
        return shutil.get_terminal_size((80, 24)).columns
    return 80


def run(args) -> int:
    ws = open_workspace(args, index=False)
    article = ws.dossier.article(args.article)
    if args.raw:
        sys.stdout.write(article.text)
        if not article.text.endswith("\n"):
            sys.stdout.write("\n")
        return 0
    from dossier_tui.index.layout.engine import iter_layout_text

    settings = load_settings(args.bidi)
    ws.notices.add(*settings.warnings)
    text = article.text[:-1] if article.text.endswith("\n") else article.text
    for line in iter_layout_text(text, (), output_width(args.width), settings.bidi):
        sys.stdout.write(line.text.rstrip() + "\n")  # no trailing spaces; RTL lines keep their indent
    say_warnings(ws, args)
    return 0
