"""The dossier library: loading, Arabic analysis, extraction, the Whoosh index and search.

A pure library: nothing here imports Textual or Rich, so the CLI, the TUI and the
tests all drive the same code.
"""
