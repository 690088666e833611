"""`dossier-tui [DIR]`: the interactive reader."""

from __future__ import annotations

import argparse
import sys

from dossier_tui.config import BIDI_MODES, load_settings
from dossier_tui.index.loader import check_folder
from dossier_tui.index.seeds import bundled_dossier

# ECMA-48 BDSM: "explicit" mode (CSI 8 l) stops VTE-style terminals from reordering the
# text we already lay out in visual order; CSI 8 h restores their implicit bidi on exit.
BDSM_EXPLICIT, BDSM_IMPLICIT = "\x1b[8l", "\x1b[8h"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="dossier-tui", description="Open a dossier in the reader.")
    p.add_argument("folder", nargs="?", metavar="DIR", help="folder of articles")
    p.add_argument("-d", "--dossier", metavar="DIR", help="same as DIR")
    p.add_argument("--bidi", choices=BIDI_MODES, default=None,
                   help="app: we shape and reorder Arabic (terminals without bidi, the default); "
                        "terminal: logical text for terminals that do their own bidi")
    return p


def run_from_argv(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    folder = check_folder(args.folder or args.dossier or bundled_dossier())
    settings = load_settings(args.bidi)
    from dossier_tui.tui.app import DossierApp
    from dossier_tui.tui.escape_keys import keep_escape

    keep_escape()  # Escape typed with the next key is two keys, not Alt+key
    app = DossierApp(folder, settings=settings)
    tty = sys.stdout.isatty() and settings.bidi == "app"
    if tty:
        sys.stdout.write(BDSM_EXPLICIT)
        sys.stdout.flush()
    try:
        app.run()
    finally:
        if tty:
            sys.stdout.write(BDSM_IMPLICIT)
            sys.stdout.flush()
        app.finish_background()
    return app.return_code or 0
