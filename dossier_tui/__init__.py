"""dossier-tui: a terminal reader for dossiers of Arabic news articles."""

__version__ = "0.1.0"
