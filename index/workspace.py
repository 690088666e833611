"""One dossier opened for reading: its index, catalogue, mention look-ups and warnings.

UI-free, and the one object both faces use: each CLI command makes one, the TUI holds
one and its widgets ask it. It is also the narrow protocol a second search backend would
implement. Warnings gather here as values (from the loader, the index update, the user's
files, each search) and are said once (see notices.py).
"""

from __future__ import annotations

from pathlib import Path

from .loader import Dossier, scan_dossier
from .notices import Notices
from .store import DossierIndex, Progress, UpdateReport, index_home
from .user_files import alias_file, config_file


class Workspace:
    def __init__(self, root: Path, dossier: Dossier | None = None) -> None:
        self.root = Path(root)
        self._dossier = dossier
        self.index: DossierIndex | None = None
        self.report: UpdateReport | None = None
        self.notices = Notices(files=(self.root / "dossier.toml", alias_file(), config_file()))

    @property
    def dossier(self) -> Dossier:
        """The scanned folder (articles are read as they are needed)."""
        if self._dossier is None:
            self._dossier = scan_dossier(self.root)
        if self.notices.home is None:
            self.notices.home = index_home(self._dossier.root)
        return self._dossier

    def open(self, rebuild: bool = False, progress: Progress | None = None) -> UpdateReport:
        """Bring the index in step with the files and open it for search."""
        index = DossierIndex(self.dossier)
        report = index.update(rebuild=rebuild, progress=progress)
        self.index, self.report = index, report
        self.notices.changed = self.notices.changed or report.rebuilt or report.touched > 0
        self.notices.home = index.home  # a temporary one when the cache cannot be written
        if report.rebuilt and report.reason and "damaged" in report.reason:
            self.notices.add(f"{report.reason}: rebuilt it from the articles")
        self.notices.add(*(p.message for p in self.dossier.problems), *report.warnings)
        return report

    def catalog(self) -> list[tuple[str, str]]:
        return self.index.catalog() if self.index is not None else []

    def search(self, text: str, limit: int | None = 20):
        """A SearchResult; raises QueryError (a DossierError) for a query that cannot run."""
        from .search import search  # Whoosh's query side: not needed to start

        result = search(self.index, text, limit=limit)
        self.notices.add(*result.warnings)
        return result

    def warnings(self) -> list[str]:
        """Every warning so far: files skipped (found as they are read) and the rest."""
        self.notices.add(*(p.message for p in self.dossier.problems))
        return self.notices.all()

    def new_warnings(self, everything: bool = False) -> list[str]:
        """The warnings not yet said (``everything``: all not said in this session)."""
        self.warnings()
        return self.notices.take_new(everything)
