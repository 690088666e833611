"""`dossier-tui [DIR]`: the interactive reader."""

from __future__ import annotations

import argparse

from dossier_tui.index.loader import check_folder
from dossier_tui.index.seeds import bundled_dossier


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="dossier-tui", description="Open a dossier in the reader.")
    p.add_argument("folder", nargs="?", metavar="DIR", help="folder of .txt articles")
    p.add_argument("-d", "--dossier", metavar="DIR", help="same as DIR")
    return p


def run_from_argv(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    folder = check_folder(args.folder or args.dossier or bundled_dossier())
    from dossier_tui.tui.app import DossierApp

    app = DossierApp(folder)
    app.run()
    return app.return_code or 0
