"""The layout the user leaves, given back exactly at the next start (issue 17, #14).

Remembered when the app shuts down, from the panes on screen (not from a list kept along
the way, which missed a pane closed with x): each pane's article and place, which pane was
in use, where the focus was and whether the list was set aside. Restored once, when the
list is first shown, and only as the user had it: if those panes no longer fit the
terminal, the pane in use alone; never one pane more, never the list beside two panes
the user read without it. A mixin of the app; needs ``state``, ``dossier_path``,
``panes``, ``workspace``, ``_numbers``, ``_show_in()``, ``_comparing()`` and
``_mark_in_results()``.
"""

from __future__ import annotations

from textual.widgets import Input

from .article_view import ArticleView
from .panes import MAX_PANES, MIN_PANE_WIDTH
from .results import ResultList
from .state import DossierState, PaneState


class LayoutMemory:
    _layout_restored = False

    def remember_layout(self) -> None:
        """The layout on screen now, into the state saved at exit."""
        try:
            base = self.screen_stack[0]
            box = base.query_one("#panes")
            panes = [p for p in box.panes if p.article is not None]
            focused = base.focused
            comparing = base.query_one("#main").has_class("-comparing")
        except Exception:  # noqa: BLE001 - not composed (a start that failed): keep the last
            return
        saved = self.state.for_dossier(self.dossier_path)
        saved.panes = [PaneState(p.article.id, *p.view.place()) for p in panes]
        active = box.active
        saved.active = panes.index(active) if active in panes else 0
        saved.focus = ("reader" if isinstance(focused, ArticleView) and panes else
                       "results" if isinstance(focused, ResultList) else "search")
        saved.comparing = comparing and len(panes) > 1

    async def _shutdown(self) -> None:
        """Before Textual removes the widgets (on_unmount comes after): what they show."""
        if self.remember:
            self.remember_layout()
        await super()._shutdown()

    async def restore_layout(self) -> None:
        if self._layout_restored:
            return
        self._layout_restored = True
        saved: DossierState = self.state.for_dossier(self.dossier_path)
        if not saved.panes or self.panes.active.article is not None:
            return  # nothing remembered, or the user opened an article already
        in_use = saved.panes[saved.active] if saved.active < len(saved.panes) else saved.panes[0]
        wanted = [p for p in saved.panes
                  if p.path in self._numbers and self.workspace.article(p.path) is not None]
        if not wanted:
            return
        fits = len(wanted) <= 2 or (len(wanted) <= MAX_PANES
                                    and self.size.width >= MIN_PANE_WIDTH * len(wanted))
        if not fits:
            wanted = [in_use] if in_use in wanted else wanted[:1]
        shown = []
        for n, place in enumerate(wanted):
            pane = self.panes.active if n == 0 else await self.panes.add_pane()
            self._show_in(pane, self.workspace.article(place.path))
            pane.view.restore_place(place.top, place.current, place.hit)
            shown.append(pane)
        active = shown[wanted.index(in_use)] if in_use in wanted else shown[0]
        self.panes.active = active
        self._mark_in_results(active.article.id)
        self._comparing(saved.comparing)
        search = self.query_one("#search", Input)
        if self.focused is search:  # the user has not moved on since the start
            if saved.focus == "reader":
                active.view.focus()
            elif saved.focus == "results":
                self.query_one("#results", ResultList).focus()
        # the marks between the panes, once the views' own first announcements are handled
        self.call_after_refresh(lambda: self.panes.sync(active.view, scroll=False))
