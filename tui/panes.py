"""Reader panes side by side, kept in step by mention key.

The first article sits on the right (Arabic reading order) unless the user asks for
left-to-right order. When the cursor moves to a mention in one pane, every other pane
scrolls to its mention of the same key and marks it; mentions that have no partner in
any other open pane are marked as such.
"""

from __future__ import annotations

from textual.containers import Horizontal

from .article_view import ArticleView
from .focus import focus_now
from .reader import ReaderPane

MAX_PANES = 3
MIN_PANE_WIDTH = 45  # below this a third pane is not worth it


class Panes(Horizontal):
    def __init__(self, *, mode: str = "app", order: str = "rtl", **kwargs) -> None:
        super().__init__(**kwargs)
        self.mode = mode
        self.order = order
        self.active: ReaderPane | None = None

    def compose(self):
        pane = ReaderPane(mode=self.mode, id="pane-0")
        pane.order = 0
        self._opened = 1
        self.active = pane
        yield pane

    @property
    def panes(self) -> list[ReaderPane]:
        """Panes in the order they were opened (not screen order)."""
        return sorted(self.query(ReaderPane), key=lambda p: p.order)

    def room_for_another(self) -> bool:
        n = len(self.panes)
        return n < 2 or (n < MAX_PANES and self.size.width >= MIN_PANE_WIDTH * (n + 1))

    async def add_pane(self) -> ReaderPane:
        """A new pane after the others in reading order (to the left, in RTL order)."""
        panes = self.panes
        if len(panes) >= MAX_PANES or not self.room_for_another():
            newest = panes[-1]  # reuse the newest pane rather than squeezing in another
            self.active = newest
            return newest
        pane = ReaderPane(mode=self.mode, id=f"pane-{self._opened}")
        pane.order = self._opened
        self._opened += 1
        if self.order == "rtl":
            await self.mount(pane, before=panes[-1] if panes else None)
        else:
            await self.mount(pane)
        self.active = pane
        self.set_class(True, "-split")
        return pane

    async def close_pane(self, pane: ReaderPane) -> None:
        panes = self.panes
        if len(panes) <= 1:
            return
        had_focus = pane.view.has_focus
        await pane.remove()
        self.active = self.panes[0]
        self.set_class(len(self.panes) > 1, "-split")
        self.sync(self.active.view)
        if had_focus:  # the reader stays where the user is, not in the search box
            focus_now(self.active.view)

    def set_bidi_mode(self, mode: str) -> None:
        """New panes open in ``mode``; the panes open take it themselves (the app's walk)."""
        self.mode = mode

    def on_article_view_mention_focused(self, message: ArticleView.MentionFocused) -> None:
        if message.mention is not message.view.current_mention:
            return  # stale: the cursor moved since (or was restored), and that was synced
        for pane in self.panes:
            if pane.view is message.view and message.view.has_focus:
                self.active = pane  # the pane the user is in; programmatic moves do not steal it
        self.sync(message.view)

    def on_descendant_focus(self, event) -> None:
        for pane in self.panes:
            if pane.view is event.widget:
                self.active = pane

    def sync(self, source: ArticleView, scroll: bool = True) -> None:
        """Scroll the other panes to the source's current mention key; mark unpartnered keys.
        ``scroll=False``: mark only (a restored layout keeps every pane where it was)."""
        views = [p.view for p in self.panes if p.view.article is not None]
        if len(views) < 2:
            for v in views:
                if v.unlinked or v.partner:
                    v.set_marks(None, set())
            return
        keys = {id(v): {m.key for m in v.mentions} for v in views}
        current = source.current_mention
        for view in views:
            others = set().union(*(keys[id(o)] for o in views if o is not view))
            unlinked = {k for k in keys[id(view)] if k and k not in others}
            partner = None
            if view is not source and current is not None:
                key = current.key
                # the k-th mention of a key in the source pairs with the k-th one here, so
                # stepping through repeated mentions steps the other pane in time with it
                nth = [m for m in source.mentions if m.key == key].index(current)
                same = [m for m in view.mentions if m.key == key]
                if same:
                    m = same[min(nth, len(same) - 1)]
                    partner = (m.start, m.end)
            view.set_marks(partner, unlinked, scroll)
