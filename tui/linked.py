"""Every mention of one key across the dossier: where, in what sentence, with what value."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Group
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from dossier_tui.index.mentions.model import Mention
from dossier_tui.index.sanitize import sanitize_line

from .labels import Line, Piece, find_spans, is_rtl, label
from .mention_words import describe

# Linked mentions listed at once. A name in every article of a 10,000-article dossier has
# 55k mentions: listing them all (each article read for its sentence) took 31 s to draw.
SHOWN = 300


@dataclass(frozen=True)
class LinkedSet:
    """The mentions to list (at most SHOWN) and how many there are, in how many articles."""

    mentions: list[Mention]
    total: int
    articles: int

    @classmethod
    def of(cls, mentions: list[Mention]) -> LinkedSet:
        """A loaded list, capped as the store's ``linked`` caps one."""
        total, articles = len(mentions), len({m.path for m in mentions})
        if total > SHOWN:
            mentions = one_per_article_first(mentions)[:SHOWN]
        return cls(mentions, total, articles)


def one_per_article_first(mentions: list[Mention]) -> list[Mention]:
    """Each article's first mention, in order, then each one's second, and so on: a capped
    list then shows as many outlets as it can rather than every mention of the first few
    (the store's ``linked`` orders a key's mentions so in SQL; this is for lists loaded)."""
    nth: dict[str, int] = {}
    ranked = []
    for i, m in enumerate(mentions):
        k = nth[m.path] = nth.get(m.path, -1) + 1
        ranked.append((k, i, m))
    ranked.sort(key=lambda r: r[:2])
    return [m for _, _, m in ranked]


def sentence_around(text: str, start: int, end: int, width: int = 90) -> str:
    """The sentence holding a mention, trimmed to about ``width`` characters around it,
    at words, an ellipsis where it was cut (the screen cuts it again to its width)."""
    left = max(text.rfind(c, 0, start) for c in ".؟!\n،") + 1
    rights = [i for i in (text.find(c, end) for c in ".؟!\n") if i != -1]
    right = min(rights) if rights else len(text)
    head = tail = ""
    if left < start - width // 2:
        left = text.find(" ", start - width // 2, start) + 1 or start - width // 2
        head = "… "
    if right > end + width // 2:
        right = text.rfind(" ", end, end + width // 2) if text.rfind(" ", end, end + width // 2) > 0 \
            else end + width // 2
        tail = " …"
    return head + sanitize_line(text[left:right].strip()) + tail


def statement(mention: Mention, width: int = 240) -> str:
    """A statement as one line: its own words (it is the sentence), cut at a word."""
    words = " ".join(sanitize_line(mention.text).split())
    if len(words) <= width:
        return words
    return words[:words.rfind(" ", 0, width) if " " in words[:width] else width] + " …"


def _mark(sentence: str, mention: Mention) -> tuple[tuple[int, int, str], ...]:
    if mention.kind == "quote":  # the row is the statement itself: nothing to pick out
        return ()
    return find_spans(sentence, [sanitize_line(mention.text)], "current")


class LinkedMentions(ModalScreen[Mention | None]):
    """Returns the chosen mention, or None."""

    # a modal screen hides the app's keys: b is bound here too, so it switches this list
    BINDINGS = [Binding("escape", "dismiss(None)", "Close"),
                Binding("b", "app.toggle_bidi", "Bidi mode", show=False)]

    def __init__(self, key: str, rows: list[tuple[Mention, str, str]], why: str = "",
                 total: int | None = None, articles: int | None = None, mode: str = "app") -> None:
        """rows: (mention, article title, sentence); ``total`` mentions in ``articles``
        articles when the rows are only the first of them."""
        super().__init__()
        self.key, self.rows, self.why, self.mode = key, rows, why, mode
        self.total = len(rows) if total is None else total
        self.articles = len({m.path for m, _, _ in rows}) if articles is None else articles

    def compose(self) -> ComposeResult:
        with Vertical(id="linked-box"):
            yield Static(self._head(), markup=False, id="linked-head")
            yield OptionList(*self._options(), id="linked-list")

    def _head(self) -> Text:
        head = Text.assemble(("Linked mentions  ", "bold"), label(self.key, style="cyan", mode=self.mode),
                             f"  ({self.total:,} in {self.articles:,} articles")
        if self.total > len(self.rows):
            head.append(f"; listed {len(self.rows):,}, each article's first before any second")
        head.append(")")
        if self.why:
            head.append("\n" + self.why, style="dim")
        return head

    def _options(self) -> list[Option]:
        return [
            Option(Group(Line(Piece(title, "bold", flex=True), Piece("  "), Piece(describe(m), "yellow"),
                              mode=self.mode, align=True, rtl=is_rtl(title, self.mode)),
                         Line(Piece(sentence, spans=_mark(sentence, m), flex=True), mode=self.mode,
                              align=True)), id=str(i))
            for i, (m, title, sentence) in enumerate(self.rows)
        ]

    def set_bidi_mode(self, mode: str) -> None:
        """Every row laid out again in ``mode``; the highlighted row stays highlighted."""
        if mode == self.mode:
            return
        self.mode = mode
        if not self.is_mounted:
            return
        self.query_one("#linked-head", Static).update(self._head())
        options = self.query_one("#linked-list", OptionList)
        highlighted = options.highlighted
        options.set_options(self._options())
        options.highlighted = highlighted

    @on(OptionList.OptionSelected, "#linked-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.rows[int(event.option.id)][0])
