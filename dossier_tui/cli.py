"""Command-line face of dossier-tui (filled in by the walking skeleton)."""


def main(argv=None) -> int:
    return 0
