"""One article, laid out by the engine and drawn line by line, with a mention cursor.

A ScrollView with the line API: only visible lines are rendered, so a long article
scrolls as fast as a short one. Keys move between search hits, mentions and
paragraphs; moving the cursor tells the app (MentionFocused) so a second pane can
follow, and Enter asks for the linked mentions (MentionActivated).
"""

from __future__ import annotations

from bisect import bisect_left

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from dossier_tui.index.layout.engine import is_arabic_text
from dossier_tui.index.loader import Article
from dossier_tui.index.mentions.model import Mention

from .document import Document, Span, build_document
from .styles import style_for

GUTTER = 2  # a marker column on the current mention's line, and a space


class ArticleView(ScrollView, can_focus=True):
    BINDINGS = [
        Binding("n", "next_hit", "Next hit"),
        Binding("N", "prev_hit", "Prev hit", key_display="N"),
        Binding("right_square_bracket", "next_mention", "Next mention", key_display="]"),
        Binding("left_square_bracket", "prev_mention", "Prev mention", key_display="["),
        Binding("right_curly_bracket", "next_paragraph", "Next paragraph", key_display="}",
                show=False),
        Binding("left_curly_bracket", "prev_paragraph", "Prev paragraph", key_display="{",
                show=False),
        Binding("g", "top", "Top", show=False),
        Binding("G", "bottom", "Bottom", key_display="G", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("j,down", "scroll_down", "Down", show=False),
        Binding("k,up", "scroll_up", "Up", show=False),
        Binding("enter", "linked", "Linked mentions"),
        # Terminals send Tab for Ctrl-I: here it goes forward in the jump list when there
        # is a place ahead (as in vim), else moves focus as Tab does everywhere.
        Binding("tab", "forward_or_focus", "Forward (Ctrl-I) / next widget", key_display="Tab",
                show=False),
    ]

    class MentionFocused(Message):
        """The cursor moved to a mention (None: the article changed and has no cursor)."""

        def __init__(self, view: ArticleView, mention: Mention | None) -> None:
            self.view = view
            self.mention = mention
            super().__init__()

    class MentionActivated(Message):
        def __init__(self, view: ArticleView, mention: Mention) -> None:
            self.view = view
            self.mention = mention
            super().__init__()

    def __init__(self, *, mode: str = "app", **kwargs) -> None:
        super().__init__(**kwargs)
        self.mode = mode
        self.article: Article | None = None
        self.hits: list[tuple[int, int]] = []
        self.mentions: list[Mention] = []
        self.current: int | None = None  # index into mentions
        self.partner: tuple[int, int] | None = None  # span marked because the other pane is on it
        self.unlinked: set[str] = set()  # keys the other pane lacks
        self.document = Document()
        self._width = 0

    # -- content ---------------------------------------------------------------------------
    def show(self, article: Article, hits=(), mentions=(), at: int | None = None) -> None:
        self.article = article
        self.hits = sorted(hits)
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.current = None
        self._hit_index = None
        self.partner = None
        self.unlinked = set()
        self._relayout()
        if at is not None:
            self.go_to_offset(at)
        elif self.hits:
            self.scroll_to_offset(self.hits[0][0])
        else:
            self.scroll_to(y=0, animate=False)
        self.post_message(self.MentionFocused(self, self.current_mention))

    @property
    def current_mention(self) -> Mention | None:
        return None if self.current is None else self.mentions[self.current]

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._relayout()

    def set_marks(self, partner: tuple[int, int] | None, unlinked: set[str]) -> None:
        self.partner, self.unlinked = partner, unlinked
        self._relayout()
        if partner:
            self.scroll_to_offset(partner[0])

    def spans(self) -> list[Span]:
        out = [Span(a, b, "hit") for a, b in self.hits]
        if self._hit_index is not None and self._hit_index < len(self.hits):
            out.append(Span(*self.hits[self._hit_index], "herehit"))
        for i, m in enumerate(self.mentions):
            out.append(Span(m.start, m.end, m.kind))
            if m.key in self.unlinked:
                out.append(Span(m.start, m.end, "unlinked"))
            if i == self.current:
                out.append(Span(m.start, m.end, "current"))
        if self.partner:
            out.append(Span(*self.partner, "partner"))
        return out

    def _relayout(self) -> None:
        width = max(10, self.scrollable_content_region.width - GUTTER) if self.is_mounted else 78
        self._width = width
        self._rtl = self.article is not None and self.mode == "app" and is_arabic_text(self.article.text)
        if self.article is None:
            self.document = Document()
        else:
            self.document = build_document(self.article.text, self.spans(), width, self.mode)
        self.virtual_size = Size(width + GUTTER, len(self.document.lines))
        self.refresh()

    def on_resize(self, event) -> None:
        if self.article is not None and self.scrollable_content_region.width - GUTTER != self._width:
            self._relayout()

    # -- drawing ---------------------------------------------------------------------------
    @property
    def text_left(self) -> int:
        """The cell where the text's column 0 is drawn: the marker gutter is on the left of
        a left-to-right article and on the right of a right-to-left one."""
        return 0 if getattr(self, "_rtl", False) else GUTTER

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        number = scroll_y + y
        width = self.scrollable_content_region.width
        if number >= len(self.document.lines):
            return Strip.blank(width, self.rich_style)
        marker = " " * GUTTER
        here = self.current is not None and self.document.line_of(self.current_mention.start) == number
        base = self.rich_style
        segments = [Segment(text, base + style_for(name)) for text, name in self.document.lines[number]]
        if getattr(self, "_rtl", False):  # the marker at the start of a right-aligned line: its right
            used = sum(seg.cell_length for seg in segments)
            segments.append(Segment(" " * max(0, self._width - used) + (" ▶" if here else marker),
                                    base + Style(bold=True)))
        else:
            segments.insert(0, Segment("▶ " if here else marker, base + Style(bold=True)))
        return Strip(segments).crop(scroll_x, scroll_x + width).extend_cell_length(width, base)

    # -- moving ----------------------------------------------------------------------------
    def scroll_to_offset(self, offset: int) -> None:
        line = self.document.line_of(offset)
        top, height = self.scroll_offset.y, self.scrollable_content_region.height
        if not (top <= line < top + height) or height <= 0:
            self.scroll_to(y=max(0, line - max(2, height // 3)), animate=False)

    def go_to_offset(self, offset: int) -> None:
        """Put the cursor on the mention at (or next after) a logical offset."""
        starts = [m.start for m in self.mentions]
        i = bisect_left(starts, offset)
        exact = next((j for j, m in enumerate(self.mentions) if m.start <= offset < m.end), None)
        self.focus_mention(exact if exact is not None else min(i, len(self.mentions) - 1))
        self.scroll_to_offset(offset)

    def focus_mention(self, index: int | None) -> None:
        if not self.mentions or index is None or index < 0:
            return
        self.current = min(index, len(self.mentions) - 1)
        self._relayout()
        self.scroll_to_offset(self.mentions[self.current].start)
        self.post_message(self.MentionFocused(self, self.current_mention))

    def focus_key(self, key: str) -> bool:
        for i, m in enumerate(self.mentions):
            if m.key == key:
                self.focus_mention(i)
                return True
        return False

    def _visible_top_offset(self) -> int:
        starts = self.document.line_starts
        y = self.scroll_offset.y
        return starts[y] if y < len(starts) else 0

    def action_next_mention(self) -> None:
        if self.mentions:
            self.focus_mention(0 if self.current is None else (self.current + 1) % len(self.mentions))

    def action_prev_mention(self) -> None:
        if self.mentions:
            last = len(self.mentions) - 1
            self.focus_mention(last if self.current is None else (self.current - 1) % len(self.mentions))

    def say(self, message: str) -> None:
        """A line in the app's status bar: a key that cannot act says why, never nothing."""
        say = getattr(self.app, "say", None)
        if say is not None:
            say(message)

    def _hit_step(self, forward: bool) -> None:
        """The hit after (before) the one marked, marked in its own style and scrolled to
        the middle of the view; the status line counts them (hit 3 of 12)."""
        if not self.hits:
            self.say("No search hits in this article (search first: /)" if self.article
                     else "No article open")
            return
        here = self._hit_index
        n = len(self.hits)
        if here is None:  # the first hit at or below the top of the view
            top = self._visible_top_offset()
            after = [i for i, (a, _) in enumerate(self.hits) if a >= top]
            here = (after[0] if after else 0) if forward else ((after[0] - 1) if after else n - 1) % n
        else:
            here = (here + 1) % n if forward else (here - 1) % n
        self._hit_index = here
        self._relayout()
        self._center(self.hits[here][0])
        wrapped = " (from the top)" if forward and here == 0 and n > 1 else \
            " (from the bottom)" if not forward and here == n - 1 and n > 1 else ""
        self.say(f"Hit {here + 1} of {n}{wrapped}")

    def _center(self, offset: int) -> None:
        line = self.document.line_of(offset)
        height = self.scrollable_content_region.height
        self.scroll_to(y=max(0, line - max(2, height // 3)), animate=False, immediate=True)

    _hit_index: int | None = None

    def action_next_hit(self) -> None:
        self._hit_step(True)

    def action_prev_hit(self) -> None:
        self._hit_step(False)

    def _paragraph_step(self, forward: bool) -> None:
        lines = self.document.paragraph_lines
        y = self.scroll_offset.y
        targets = [p for p in lines if (p > y if forward else p < y)]
        if targets:
            self.scroll_to(y=targets[0] if forward else targets[-1], animate=False)

    def action_next_paragraph(self) -> None:
        self._paragraph_step(True)

    def action_prev_paragraph(self) -> None:
        self._paragraph_step(False)

    def action_top(self) -> None:
        self.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.scroll_end(animate=False)

    def action_linked(self) -> None:
        if self.current_mention is not None:
            self.post_message(self.MentionActivated(self, self.current_mention))
        elif self.article is None:
            self.say("No article open: choose one in the list (Escape) and press Enter")
        elif not self.mentions:
            self.say("This article has no dates, figures or entities to link")
        else:
            self.say("No mention chosen: ] or [ moves to one, then Enter lists its links")

    def action_forward_or_focus(self) -> None:
        forward = getattr(self.app, "jump_forward", None)
        if forward is None or not forward():
            self.screen.focus_next()

    def on_click(self, event) -> None:
        offset = self.document.offset_at(event.y + self.scroll_offset.y,
                                         event.x - self.text_left + self.scroll_offset.x)
        if offset is None:
            return
        for i, m in enumerate(self.mentions):
            if m.start <= offset < m.end:
                self.focus_mention(i)
                return
