"""One article, laid out by the engine and drawn line by line, with a mention cursor.

A ScrollView with the line API: only visible lines are rendered, and only the blocks
near the viewport are laid out (document.py), so a 50 MB article or a megabyte on one
line opens and scrolls as fast as a short one. Lines above the top that get laid out
late (their height was an estimate) move the scroll position with them, so the text
under the user's eyes stays put. Keys move between search hits, mentions and
paragraphs; moving the cursor tells the app (MentionFocused) so a second pane can
follow, and Enter asks for the linked mentions (MentionActivated).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from operator import attrgetter

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

from .document import Document, Span
from .mention_words import about
from .styles import style_for


def reading_order(m: Mention) -> tuple[int, bool, int]:
    """The order ] and [ visit mentions: by where they start; a statement before the
    dates, figures and entities inside it (it starts at or before them), so the cursor
    meets a statement at its first word and then walks what it contains."""
    return m.start, m.kind != "quote", m.end


def in_reading_order(mentions) -> list[Mention]:
    """Mentions sorted by ``reading_order``, with the C-level key (``_position``) and then
    each statement moved before the mentions that start with it: a Python key over 60k
    mentions took 0.2 s."""
    ordered = sorted(mentions, key=_position)
    for i in [i for i, m in enumerate(ordered) if m.kind == "quote"]:
        j = i
        while j and ordered[j - 1].start == ordered[i].start and ordered[j - 1].kind != "quote":
            j -= 1
        if j != i:
            ordered.insert(j, ordered.pop(i))
    return ordered


@dataclass(frozen=True)
class Marked:
    """An article's mentions as the reader paints them: in reading order, the spans they
    draw and the kinds the legend names. A long article's are made in the worker that
    reads them, so the event loop only takes them: ordering and spanning 60k mentions
    there held the screen ~75 ms."""

    mentions: list[Mention] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    kinds: frozenset[str] = frozenset()

    @classmethod
    def of(cls, mentions) -> Marked:
        ordered = in_reading_order(mentions)
        spans: list[Span] = []
        kinds = set()
        for m in ordered:
            spans.append(Span(m.start, m.end, m.kind))
            kinds.add(m.kind)
            if m.kind == "quote" and m.speaker_start is not None and m.speaker_end is not None:
                spans.append(Span(m.speaker_start, m.speaker_end, "speaker"))
                kinds.add("speaker")
        return cls(ordered, spans, frozenset(kinds))


GUTTER = 2  # a marker column on the current mention's line, and a space
_position = attrgetter("start", "end")  # C-level: sorting 60k mentions with a lambda took 0.2 s
LONG_ARTICLE = 200_000  # characters: past this, an article's mentions are read in a worker


class ArticleView(ScrollView, can_focus=True):
    BINDINGS = [
        Binding("n", "next_hit", "Next hit"),
        Binding("N", "prev_hit", "Prev hit", key_display="N", show=False),  # help, palette
        Binding("right_square_bracket", "next_mention", "Next mention", key_display="]"),  # or statement
        Binding("left_square_bracket", "prev_mention", "Prev mention", key_display="[", show=False),
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
        Binding("enter", "linked", "Linked"),
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
        self.marked = Marked()
        self.current: int | None = None  # index into mentions
        self.partner: tuple[int, int] | None = None  # span marked because the other pane is on it
        self.unlinked: set[str] = set()  # keys the other pane lacks
        self.document = Document()
        self._width = 0
        self._anchor: int | None = None  # the block at the top after the last settle
        self._settling = False
        self._here: int | None = None  # the current mention's line, once asked for
        self._top_hint: int | None = None  # the offset kept at the top until the user scrolls
        self._pending_current: int | None = None  # a restored cursor whose mentions are still read
        self._pending_hit: int | None = None  # a restored hit index, for hits not searched yet

    # -- content ---------------------------------------------------------------------------
    def show(self, article: Article, hits=(), mentions=(), at: int | None = None,
             mentions_later: bool = False) -> None:
        """``mentions_later``: a long article's mentions are being read (add_mentions)."""
        self.article = article
        self.mentions_loading, self._step_when_loaded = mentions_later, None
        self._steady = None
        self.hits = sorted(hits)
        self.marked = mentions if isinstance(mentions, Marked) else Marked.of(mentions)
        self.current = None
        self._hit_index = None
        self.partner = None
        self.unlinked = set()
        self._top_hint = self._pending_current = self._pending_hit = None
        self._relayout(keep=False)
        if at is not None:
            self.go_to_offset(at)
        elif self.hits:
            self.scroll_to_offset(self.hits[0][0])
        else:
            self.scroll_to(y=0, animate=False)
        self.post_message(self.MentionFocused(self, self.current_mention))

    @property
    def mentions(self) -> list[Mention]:
        return self.marked.mentions

    @property
    def current_mention(self) -> Mention | None:
        return None if self.current is None else self.mentions[self.current]

    def set_bidi_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self._relayout()

    # -- the place, remembered between runs ----------------------------------------------------
    def place(self) -> tuple[int, int | None, int | None]:
        """(top, current, hit): the offset of the first line shown, the current mention's
        start and the marked hit's index; logical, so another width finds the same text."""
        top = self._top_hint if self._top_hint is not None else self._visible_top_offset()
        m = self.current_mention
        current = m.start if m is not None else self._pending_current
        hit = self._hit_index if self._hit_index is not None else self._pending_hit
        return top, current, hit

    def restore_place(self, top: int, current: int | None = None, hit: int | None = None) -> None:
        """Back where the user left this article: the same text at the top, the cursor on
        the same mention, the same hit marked (once the search has run, if it has not), and
        nothing announced, so a pane beside is not scrolled to follow."""
        self._pending_current, self._pending_hit = current, hit
        self._apply_pending()
        self._remark()
        self._scroll_top_to(top)

    def _apply_pending(self) -> None:
        if self._pending_current is not None and self.mentions:
            found = [i for i, m in enumerate(self.mentions) if m.start == self._pending_current]
            self.current = found[0] if found else None
            self._pending_current = None
        if self._pending_hit is not None and self.hits:
            self._hit_index = self._pending_hit if self._pending_hit < len(self.hits) else None
            self._pending_hit = None

    def _scroll_top_to(self, offset: int) -> None:
        """The line holding ``offset`` at the top, remembered as the place to keep until the
        user scrolls: layouts in between (the panes settling into their widths) then never
        shift the text a line at a time."""
        line = self.document.line_of(offset)
        self._sync_size()
        self._anchor = self.document.block_at_offset(offset)
        self._placing = True
        try:
            self.scroll_to(y=line, animate=False, immediate=True)
        finally:
            self._placing = False
        self._top_hint = offset

    _placing = False

    def set_hits(self, hits) -> None:
        """The current search's hits in this article (a new query, or the first search
        after a restore): marked where they are, the text kept where it is."""
        hits = sorted(hits)
        if hits == self.hits:
            return
        self.hits = hits
        self._hit_index = None
        self._apply_pending()
        self._steady = None
        self.document.set_spans(self.steady_spans())
        self._remark()

    def set_marks(self, partner: tuple[int, int] | None, unlinked: set[str], scroll: bool = True) -> None:
        steady = unlinked != self.unlinked
        if partner is not None and partner != self.partner:
            self._partner_newer = True  # ] and [ continue from here (the other pane moved)
        self.partner, self.unlinked = partner, unlinked
        if steady:
            self._steady = None
            self.document.set_spans(self.steady_spans())
        self._remark()
        if partner and scroll:
            self.scroll_to_offset(partner[0])

    def spans(self) -> list[Span]:
        """Every highlight: the steady ones and the marks."""
        return self.steady_spans() + self.marks()

    def add_mentions(self, mentions) -> None:
        """Mentions that arrive after the text (a long article's, from a worker, as
        ``Marked``); a ] or [ pressed while they were read acts now."""
        self.marked = mentions if isinstance(mentions, Marked) else Marked.of(mentions)
        self.current = None
        self._apply_pending()  # a restored cursor in a long article
        self._steady = None
        self.document.set_spans(self.steady_spans())
        self._remark()
        self.post_message(self.MentionFocused(self, self.current_mention))
        self.mentions_loading, step = False, self._step_when_loaded
        self._step_when_loaded = None
        if step is not None:  # (the status said they were loading: it says they are here)
            self.say(f"Mentions read: {len(self.mentions):,} in this article")
            self._mention_step(step)

    mentions_loading = False  # a long article's mentions are still being read
    _step_when_loaded: bool | None = None  # ] (True) or [ (False) pressed meanwhile

    _steady: list[Span] | None = None

    def steady_spans(self) -> list[Span]:
        """Hits and mentions (kept: a long article has tens of thousands)."""
        if self._steady is not None:
            return self._steady
        out = [Span(a, b, "hit") for a, b in self.hits] + self.marked.spans
        unlinked = self.unlinked
        for m in self.mentions if unlinked else ():
            if m.key in unlinked:
                # a statement is a clause: striking it through would hide what was said;
                # its speaker's name says the other pane does not quote them
                if m.kind != "quote":
                    out.append(Span(m.start, m.end, "unlinked"))
                elif m.speaker_start is not None and m.speaker_end is not None:
                    out.append(Span(m.speaker_start, m.speaker_end, "unlinked"))
        self._steady = out
        return out

    def marks(self) -> list[Span]:
        """The cursor and the other pane's partner: they move, so they are kept apart."""
        out = []
        if self.current is not None:
            m = self.mentions[self.current]
            out.append(Span(m.start, m.end, "current"))
        if self._hit_index is not None and self._hit_index < len(self.hits):
            out.append(Span(*self.hits[self._hit_index], "herehit"))
        if self.partner:
            out.append(Span(*self.partner, "partner"))
        return out

    def _relayout(self, keep: bool = True) -> None:
        """Lay the article out again (a new width or bidi mode); with ``keep``, the text at
        the top stays at the top, as a resize or b should leave the reader's place."""
        top = None
        if keep and self.article is not None and self.document.text is self.article.text:
            top = self._top_hint if self._top_hint is not None else self._visible_top_offset()
        width = max(10, self.scrollable_content_region.width - GUTTER) if self.is_mounted else 78
        self._width = width
        self._rtl = self.article is not None and self.mode == "app" and is_arabic_text(self.article.text)
        if self.article is None:
            self.document = Document()
        else:
            self.document = Document.of(self.article.text, self.steady_spans(), width, self.mode,
                                        self.marks())
        self._anchor = None
        self._here = None
        self._sync_size()
        if top is not None:
            self._scroll_top_to(top)
        self._settle()
        self.refresh()

    def _remark(self) -> None:
        """The marks changed (cursor, partner): lay out again only the blocks they touch."""
        self.document.set_marks(self.marks())
        self._here = None
        self._settle()
        self.refresh()

    def _sync_size(self) -> None:
        size = Size(self._width + GUTTER, self.document.line_count)
        old = self.virtual_size
        if old == size:
            return
        shown = self.scrollable_content_region.height if self.is_mounted else 0
        if shown and old.width == size.width and min(old.height, size.height) > shown:
            # A block laid out came out taller or shorter than its estimate: only the
            # scrollbar changes, not the screen's layout (a full layout of every widget
            # cost ~30 ms, several times a scroll in a long article).
            self.set_reactive(ArticleView.virtual_size, size)
            self._scroll_update(size)
            self.refresh()
            return
        self.virtual_size = size

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if not self._placing:
            self._top_hint = None  # the user (or a jump) moved: the top is what is shown
        self._settle()

    def _settle(self) -> None:
        """Lay out the blocks the viewport shows. A block above the anchor (the one at the
        top before this scroll) that turns out taller or shorter than estimated moves the
        top by as much, so scrolling up into new text never jumps."""
        if self._settling or self.article is None:
            return
        self._settling = True
        try:
            doc = self.document
            top = round(self.scroll_offset.y)
            height = max(1, self.scrollable_content_region.height) if self.is_mounted else 40
            for _ in range(100):
                b, moved = doc.block_at_line(top), False
                while b < len(doc.starts) and doc.tops[b] < top + height:
                    delta = doc.lay_out(b)
                    if delta and self._anchor is not None and b < self._anchor:
                        top, moved = max(0, top + delta), True
                        break
                    b += 1
                if not moved:
                    break
            self._sync_size()
            if top != round(self.scroll_offset.y):
                self.scroll_to(y=top, animate=False, immediate=True)
            self._anchor = doc.block_at_line(top)
        finally:
            self._settling = False
        if self.is_mounted and len(self.document.starts) > 1:
            if self._prefetch_timer is not None:
                self._prefetch_timer.stop()
            self._prefetch_timer = self.set_timer(0.03, self._prefetch)

    _prefetch_timer = None

    def _prefetch(self) -> None:
        """While the user reads: the screenful below and the one above, a block per turn of
        the event loop, so a page key finds its text laid out."""
        self._prefetch_timer = None
        doc, top = self.document, round(self.scroll_offset.y)
        height = max(1, self.scrollable_content_region.height)
        below = doc.block_at_line(top + 2 * height)
        above = doc.block_at_line(max(0, top - height))
        at_top = doc.block_at_line(top)
        for b in range(above, below + 1):
            if b not in doc.laid:
                delta = doc.lay_out(b)
                if delta and b < at_top:  # above the top: keep the text in place
                    self._sync_size()
                    self._settling = True
                    try:
                        self.scroll_to(y=top + delta, animate=False, immediate=True)
                    finally:
                        self._settling = False
                self._sync_size()
                self._prefetch_timer = self.set_timer(0.001, self._prefetch)
                return

    def on_resize(self, event) -> None:
        if self.article is not None and self.scrollable_content_region.width - GUTTER != self._width:
            self._relayout()
        elif self._top_hint is not None:
            self._scroll_top_to(self._top_hint)  # a new height: the same text at the top

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
        if number >= self.document.line_count:
            return Strip.blank(width, self.rich_style)
        marker = " " * GUTTER
        if self.current is not None and self._here is None:
            self._here = self.document.line_of(self.current_mention.start)
        here = self.current is not None and self._here == number
        base = self.rich_style
        line = self.document.line(number)
        if self.document.line_count != self.virtual_size.height:  # a block below came out another height
            self.call_later(self._sync_size)
        segments = [Segment(text, base + style_for(name)) for text, name in line]
        if getattr(self, "_rtl", False):  # the marker at the start of a right-aligned line: its right
            used = sum(seg.cell_length for seg in segments)
            segments.append(Segment(" " * max(0, self._width - used) + (" ▶" if here else marker),
                                    base + Style(bold=True)))
        else:
            segments.insert(0, Segment("▶ " if here else marker, base + Style(bold=True)))
        return Strip(segments).crop(scroll_x, scroll_x + width).extend_cell_length(width, base)

    # -- moving ----------------------------------------------------------------------------
    def scroll_to_offset(self, offset: int) -> None:
        line = self.document.line_of(offset)  # lays out its block: the target is exact
        self._sync_size()
        top, height = self.scroll_offset.y, self.scrollable_content_region.height
        if not (top <= line < top + height) or height <= 0:
            self._anchor = self.document.block_at_offset(offset)  # it stays where it lands
            self.scroll_to(y=max(0, line - max(2, height // 3)), animate=False, immediate=True)

    def go_to_offset(self, offset: int, key: str | None = None) -> None:
        """Put the cursor on the mention at (or next after) a logical offset: the one of
        ``key`` starting there when given (a statement and a date inside it may start
        together), else the innermost one holding the offset."""
        starts = [m.start for m in self.mentions]
        i = bisect_left(starts, offset)
        exact = next((j for j, m in enumerate(self.mentions) if m.start == offset and m.key == key),
                     None) if key else None
        if exact is None:
            exact = self.mention_at(offset)
        self.focus_mention(exact if exact is not None else min(i, len(self.mentions) - 1))
        self.scroll_to_offset(offset)

    def mention_at(self, offset: int) -> int | None:
        """The innermost mention holding an offset (a date inside a statement, not the
        statement); on a speaker's name, the statement it says."""
        holding = [(m.end - m.start, j) for j, m in enumerate(self.mentions) if m.start <= offset < m.end]
        if holding:
            return min(holding)[1]
        return next((j for j, m in enumerate(self.mentions) if m.kind == "quote"
                     and m.speaker_start is not None and m.speaker_end is not None
                     and m.speaker_start <= offset < m.speaker_end), None)

    def focus_mention(self, index: int | None) -> None:
        if not self.mentions or index is None or index < 0:
            return
        self._partner_newer = False
        self.current = min(index, len(self.mentions) - 1)
        self._remark()
        self.scroll_to_offset(self.mentions[self.current].start)
        self.post_message(self.MentionFocused(self, self.current_mention))
        self.say(about(self.current_mention))  # what was read there, and why

    def focus_key(self, key: str) -> bool:
        for i, m in enumerate(self.mentions):
            if m.key == key:
                self.focus_mention(i)
                return True
        return False

    def _visible_top_offset(self) -> int:
        return self.document.line_start(self.scroll_offset.y) if self.article is not None else 0

    def _on_screen(self, offset: int) -> bool:
        line = self.document.line_of(offset)
        top = round(self.scroll_offset.y)
        return top <= line < top + max(1, self.scrollable_content_region.height)

    def _mention_step(self, forward: bool) -> None:
        """The next (previous) mention from where the reader is: the partner the other pane
        scrolled this one to, if that came after this pane's own cursor and is on screen; else
        the cursor, if it is on screen; else the text shown (its first mention for ], its
        last for [). Never back to a cursor left off screen by a sync or a scroll."""
        if not self.mentions:
            if self.mentions_loading:  # said, and done when they arrive
                self._step_when_loaded = forward
                self.say("Mentions still loading in this long article: "
                         + ("]" if forward else "[") + " moves to one when they are read")
            elif self.article is not None:
                self.say("This article has no dates, figures, entities or statements")
            return
        n, starts = len(self.mentions), [m.start for m in self.mentions]
        if (self.current is not None and self.partner is not None and self._partner_newer
                and self._on_screen(self.partner[0])):
            i = bisect_left(starts, self.partner[0])
            if i < n and starts[i] == self.partner[0]:
                self.focus_mention((i + 1) % n if forward else (i - 1) % n)
            else:  # the partner is not one of this pane's mentions: the one after (before) it
                self.focus_mention(i % n if forward else (i - 1) % n)
            return
        if self.current is not None and self._on_screen(self.mentions[self.current].start):
            self.focus_mention((self.current + 1) % n if forward else (self.current - 1) % n)
            return
        top = self._visible_top_offset()
        if forward:
            self.focus_mention(bisect_left(starts, top) % n)
        else:
            below = round(self.scroll_offset.y) + max(1, self.scrollable_content_region.height)
            # the first line below the view; at the end (G) there is none: every mention is shown
            # (line_start would give the last line's start and leave its mentions out)
            bottom = (self.document.line_start(below) if below < self.document.line_count
                      else len(self.article.text) + 1)
            shown = bisect_left(starts, bottom) - 1
            self.focus_mention(shown % n)

    _partner_newer = False  # the partner mark came after this pane's own last move

    def action_next_mention(self) -> None:
        self._mention_step(True)

    def action_prev_mention(self) -> None:
        self._mention_step(False)

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
        if here is not None and not self._on_screen(self.hits[here][0]):
            here = None  # scrolled or synced away from it: continue from what is shown
        if here is None:  # the first hit at or below the top of the view
            top = self._visible_top_offset()
            after = [i for i, (a, _) in enumerate(self.hits) if a >= top]
            here = (after[0] if after else 0) if forward else ((after[0] - 1) if after else n - 1) % n
        else:
            here = (here + 1) % n if forward else (here - 1) % n
        self._hit_index = here
        self._remark()
        self._center(self.hits[here][0])
        wrapped = " (from the top)" if forward and here == 0 and n > 1 else \
            " (from the bottom)" if not forward and here == n - 1 and n > 1 else ""
        self.say(f"Hit {here + 1} of {n}{wrapped}")

    def _center(self, offset: int) -> None:
        line = self.document.line_of(offset)
        self._sync_size()
        self._anchor = self.document.block_at_offset(offset)
        height = self.scrollable_content_region.height
        self.scroll_to(y=max(0, line - max(2, height // 3)), animate=False, immediate=True)

    _hit_index: int | None = None

    def action_next_hit(self) -> None:
        self._hit_step(True)

    def action_prev_hit(self) -> None:
        self._hit_step(False)

    def _paragraph_step(self, forward: bool) -> None:
        target = self.document.paragraph_top(self.scroll_offset.y, forward)
        if target is not None:
            self._anchor = self.document.block_at_line(target)
            self.scroll_to(y=target, animate=False, immediate=True)

    def action_next_paragraph(self) -> None:
        self._paragraph_step(True)

    def action_prev_paragraph(self) -> None:
        self._paragraph_step(False)

    def action_top(self) -> None:
        self._anchor = None
        self.scroll_home(animate=False, immediate=True)

    def action_bottom(self) -> None:
        """Lay out the last screenful first, so the end is the real end."""
        doc, need = self.document, max(1, self.scrollable_content_region.height)
        b = len(doc.starts) - 1
        while b >= 0 and need > 0:
            doc.lay_out(b)
            need -= doc.counts[b]
            b -= 1
        self._sync_size()
        self._anchor = None
        self.scroll_to(y=max(0, doc.line_count - self.scrollable_content_region.height),
                       animate=False, immediate=True)

    # a scroll is one step, not an animation: every step lays out what it reaches
    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)

    def action_scroll_down(self) -> None:
        self.scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.scroll_up(animate=False)

    def action_linked(self) -> None:
        if self.current_mention is not None:
            self.post_message(self.MentionActivated(self, self.current_mention))
        elif self.article is None:
            self.say("No article open: choose one in the list (Escape) and press Enter")
        elif not self.mentions and self.mentions_loading:
            self.say("Mentions still loading in this long article: ] moves to one when they are read")
        elif not self.mentions:
            self.say("This article has no dates, figures, entities or statements to link")
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
        self.focus_mention(self.mention_at(offset))
