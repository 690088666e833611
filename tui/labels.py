"""One-line labels (titles, snippets, file names) as Rich Text in display order.

In app bidi mode the terminal does no bidi, so every Arabic string the UI shows, not
only the article body, must be shaped and put in visual order; in terminal mode it stays
logical. Text built here is never parsed as markup.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from dossier_tui.index.layout.engine import is_arabic_text, visual_line
from dossier_tui.index.sanitize import sanitize_line

from .styles import style_for


def label(text: str, style: str | Style = "", spans: tuple[tuple[int, int, str], ...] = (),
          fit: int | None = None, *, mode: str) -> Text:
    """``text`` (untrusted) as a one-line Text; ``spans`` (logical offsets) get kind styles.
    ``mode`` is the bidi mode ("app" or "terminal") of the widget that shows it.

    With ``fit``, a label too wide is cut at its logical end: for right-to-left text in
    display order that is the left edge, so the beginning of a title stays visible."""
    clean = sanitize_line(text)
    base = Style.parse(style) if isinstance(style, str) else style
    out = Text()
    for piece, name in visual_line(clean, spans, mode):
        out.append(piece, base + style_for(name) if name else base)
    if fit is not None and out.cell_len > fit > 1:
        if mode == "app" and is_arabic_text(clean):
            cut = out.cell_len - (fit - 1)
            out = Text("…", style=base) + out[cut:]
        else:
            out.truncate(fit, overflow="ellipsis")
    out.no_wrap = True
    return out


def find_spans(text: str, needles: list[str], kind: str = "hit") -> tuple[tuple[int, int, str], ...]:
    """Where each of ``needles`` occurs in ``text``: to highlight hits inside a snippet."""
    spans = []
    for needle in sorted(set(needles), key=len, reverse=True):
        if not needle:
            continue
        start = text.find(needle)
        while start != -1:
            if not any(a < start + len(needle) and start < b for a, b, _ in spans):
                spans.append((start, start + len(needle), kind))
            start = text.find(needle, start + len(needle))
    return tuple(sorted(spans))


def fit(text: Text, width: int, *, mode: str) -> Text:
    """Cut a display-order label to ``width`` cells, keeping the beginning of RTL text."""
    if text.cell_len <= width or width < 2:
        return text
    if mode == "app" and is_arabic_text(text.plain):
        return Text("…", style=text.style) + text[text.cell_len - (width - 1):]
    out = text.copy()
    out.truncate(width, overflow="ellipsis")
    return out
