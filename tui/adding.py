"""Adding a page by its URL from the reader (a): a one-line prompt, then the fetch and the
incremental index in a worker, the status line saying how it goes.

A mixin of the app, as loading.py is. Needs from it: ``workspace``, ``dossier_path``,
``open_dossier()`` (re-checks the folder and shows the new list) and ``_set_status()``.
"""

from __future__ import annotations

from textual import work


class AddActions:
    def action_add_article(self) -> None:
        from .add_screen import AddScreen  # not needed to start

        self.push_screen(AddScreen(), self._add_url)  # type: ignore[attr-defined]

    def _add_url(self, url: str | None) -> None:
        if url:
            self._set_status(f"Adding {url} …")  # type: ignore[attr-defined]
            self._add_worker(url)

    @work(thread=True, exclusive=True, group="add", exit_on_error=False)
    def _add_worker(self, url: str) -> None:
        from dossier_tui.index.adding import add
        from dossier_tui.index.errors import DossierError
        from dossier_tui.index.loader import check_folder
        from dossier_tui.index.sanitize import sanitize_line

        try:
            added = add(check_folder(self.dossier_path), url)  # type: ignore[attr-defined]
        except DossierError as exc:
            self.call_from_thread(self._set_status, str(exc), True)  # type: ignore[attr-defined]
            return
        if not added.new:
            self.call_from_thread(self._set_status,  # type: ignore[attr-defined]
                                  f"Already in the dossier: {sanitize_line(added.path)}")
            return
        self.workspace.rescan()  # type: ignore[attr-defined]
        self.call_from_thread(self.open_dossier)  # type: ignore[attr-defined]
        self.call_from_thread(self._set_status,  # type: ignore[attr-defined]
                              f"Added {sanitize_line(added.path)}: {sanitize_line(added.title)}; indexing…")
