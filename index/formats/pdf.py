"""PDFs through pdfminer.six's characters and their positions, put back into logical order
here: extractors hand Arabic back in visual order, split a line into runs in the wrong order
around numbers, break words whose glyphs are placed apart and emit presentation forms and
lam-alef ligatures. So each character's box is taken, not pdfminer's text:

- rows: characters on one baseline; a row splits into segments at a gap wider than a
  column gutter, and the page's gutters (gaps that line up over several rows) make columns,
  read right to left on an Arabic page, each top to bottom; a segment across a gutter (a
  headline over both columns) starts a new band;
- each segment's glyphs, sorted by x, go through index/layout/logical.py (the layout
  engine's bidi classes, run back from visual order); a gap wider than a quarter of the
  font size between glyphs with no space is a space;
- lines of one paragraph are joined by a space (a sentence wrapped over lines is whole);
  a line the next one's first word would have fitted on (it was not wrapped), a short
  line ending a sentence, a larger gap or a change of font size ends the paragraph;
- NFKC: presentation forms and ligatures (ﻻ, ﻷ) become the letters they stand for.

A PDF with no text layer (a scan) is a FormatError, said once, not an empty article.
"""

from __future__ import annotations

import io
import statistics
import unicodedata
from dataclasses import dataclass

from .base import Extracted, FormatError

WORD_GAP = 0.25  # of the font size: a gap this wide between glyphs is a space
GUTTER = 1.2  # of the font size: a gap this wide splits a row into columns
SAME_ROW = 0.4  # of the font size: baselines this close are one row
SHORT_LINE = 0.12  # of the column's width: a line ending this far short ends its paragraph
SENTENCE_END = (".", "!", "?", "؟", ":", "»", "\"", "”")
PARA_GAP = 1.6  # of the usual line pitch: a larger vertical gap ends the paragraph


@dataclass
class Glyph:
    text: str
    x0: float
    x1: float
    y: float
    size: float


@dataclass
class Segment:
    glyphs: list[Glyph]
    x0: float
    x1: float
    y: float
    size: float
    text: str = ""
    rtl: bool = True


def extract(data: bytes) -> Extracted:
    pages = list(_pages(data))
    if not any(g.text != " " for glyphs in pages for g in glyphs):
        raise FormatError("it has no text layer (a scanned PDF?): its text would need OCR")
    text = "\n\n".join(p for p in (_page_text(glyphs) for glyphs in pages) if p)
    return Extracted(text=unicodedata.normalize("NFKC", text))


def _pages(data: bytes):
    """Each page's glyphs; pdfminer's own layout analysis is not used (it is what orders
    Arabic wrongly, and the slow part)."""
    try:
        from pdfminer.converter import PDFPageAggregator
        from pdfminer.layout import LTChar
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage

        resources = PDFResourceManager()
        device = PDFPageAggregator(resources, laparams=None)
        interpreter = PDFPageInterpreter(resources, device)
        for page in PDFPage.get_pages(io.BytesIO(data)):
            interpreter.process_page(page)
            glyphs: list[Glyph] = []
            stack = [device.get_result()]
            while stack:
                for obj in stack.pop():
                    if isinstance(obj, LTChar):
                        t = obj.get_text()
                        if t and not t.isspace() or t == " ":
                            glyphs.append(Glyph(t, obj.x0, obj.x1, obj.y0, obj.size or obj.height))
                    elif hasattr(obj, "__iter__"):
                        stack.append(obj)
            yield glyphs
    except FormatError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on damaged files
        name = type(exc).__name__
        if "Encrypt" in name or "Password" in name:
            raise FormatError("it is encrypted") from None
        raise FormatError(f"a damaged or unsupported PDF ({name})") from None


def _page_text(glyphs: list[Glyph]) -> str:
    if not glyphs:
        return ""
    rtl = sum(_is_arabic(g.text) for g in glyphs) * 2 >= sum(g.text[0].isalpha() for g in glyphs)
    segments = [seg for row in _rows(glyphs) for seg in _split(row, rtl)]
    return _read(_order(segments, rtl))


def _is_arabic(t: str) -> bool:
    return "\u0600" <= t[0] <= "\u06ff" or "\ufb50" <= t[0] <= "\ufeff"


def _rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    rows: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: -g.y):
        if rows and abs(rows[-1][0].y - g.y) <= SAME_ROW * max(g.size, rows[-1][0].size):
            rows[-1].append(g)
        else:
            rows.append([g])
    return rows


def _split(row: list[Glyph], page_rtl: bool) -> list[Segment]:
    """A row's segments, split at gutter-wide gaps, each with its text in logical order."""
    from ..layout.logical import line_base, logical_line

    marks = [g for g in row if _is_mark(g.text)]  # harakat: placed over letters, not beside
    row = sorted((g for g in row if not _is_mark(g.text)), key=lambda g: g.x0)
    if not row:
        return []
    groups: list[list[Glyph]] = [[row[0]]]
    edge = row[0]  # the last glyph that is not a space: spaces never bridge a gutter
    for g in row[1:]:
        if g.text == " ":
            groups[-1].append(g)
            continue
        if edge.text != " " and g.x0 - edge.x1 > GUTTER * max(g.size, edge.size):
            groups.append([g])
        else:
            groups[-1].append(g)
        edge = g
    out = []
    for group in groups:
        units = _spaced(_with_marks(group, marks))
        kinds = {_kind(u) for u in units}
        # the page's direction is the paragraph's (UAX #9 P2): a line of it is laid out in it
        if page_rtl and "R" in kinds:
            rtl = True
        elif not page_rtl and "L" in kinds:
            rtl = False
        else:
            rtl = bool(line_base(units))
        text = " ".join(logical_line(units, int(rtl)).split())
        if text:
            size = statistics.median(g.size for g in group)
            out.append(Segment(group, min(g.x0 for g in group), max(g.x1 for g in group),
                               group[0].y, size, text, rtl))
    return out


def _kind(unit: str) -> str:
    from ..layout.logical import _kind as kind

    return kind(unit)


def _is_mark(t: str) -> bool:
    return bool(t) and all(unicodedata.category(c) == "Mn" for c in t)


def _with_marks(group: list[Glyph], marks: list[Glyph]) -> list[Glyph]:
    """Each haraka joined to the letter it sits on (the one whose centre is nearest its
    centre), after it: never a letter of its own, nor a word break."""
    lo, hi = group[0].x0, max(g.x1 for g in group)
    extra: dict[int, str] = {}
    for m in marks:
        centre = (m.x0 + m.x1) / 2
        if lo - m.size <= centre <= hi + m.size:
            best = min(range(len(group)), key=lambda k: abs((group[k].x0 + group[k].x1) / 2 - centre))
            extra[best] = extra.get(best, "") + m.text
    if not extra:
        return group
    return [Glyph(g.text + extra.get(k, ""), g.x0, g.x1, g.y, g.size) for k, g in enumerate(group)]


def _spaced(group: list[Glyph]) -> list[str]:
    """The glyphs' texts left to right, with a space where glyphs stand a word apart."""
    units: list[str] = []
    prev = None
    for g in group:
        if prev is not None and g.text != " " and units[-1] != " " \
                and g.x0 - prev.x1 > WORD_GAP * max(g.size, prev.size):
            units.append(" ")
        units.append(g.text)
        prev = g
    return units


def _order(segments: list[Segment], rtl: bool) -> list[list[Segment]]:
    """Segments in reading order, as columns (each a list of lines top to bottom)."""
    gutters = _gutters(segments)
    if not gutters:
        return [sorted(segments, key=lambda s: -s.y)]

    def column(seg: Segment) -> int | None:
        crossing = [lo for lo, hi in gutters if seg.x0 < lo - seg.size and seg.x1 > hi + seg.size]
        if crossing:
            return None  # spans a gutter: a headline over the columns
        return sum(1 for lo, _ in gutters if seg.x0 >= lo)

    out: list[list[Segment]] = []
    band: dict[int, list[Segment]] = {}

    def flush():
        for k in sorted(band, reverse=rtl):
            out.append(band[k])
        band.clear()

    for seg in sorted(segments, key=lambda s: (-s.y, -s.x0 if rtl else s.x0)):
        k = column(seg)
        if k is None:
            flush()
            out.append([seg])
        else:
            band.setdefault(k, []).append(seg)
    flush()
    return out


def _gutters(segments: list[Segment]) -> list[tuple[float, float]]:
    """Vertical gaps between segments that line up over at least three rows."""
    by_row: dict[float, list[Segment]] = {}
    for s in segments:
        by_row.setdefault(round(s.y, 1), []).append(s)
    gaps = []
    for row in by_row.values():
        row.sort(key=lambda s: s.x0)
        gaps += [(a.x1, b.x0) for a, b in zip(row, row[1:], strict=False)]
    found: list[list[float]] = []  # [lo, hi, count]
    for lo, hi in sorted(gaps):
        for f in found:
            if lo < f[1] and hi > f[0]:
                f[0], f[1], f[2] = max(f[0], lo), min(f[1], hi), f[2] + 1
                break
        else:
            found.append([lo, hi, 1])
    return [(f[0], f[1]) for f in found if f[2] >= 3]


def _read(columns: list[list[Segment]]) -> str:
    """Lines joined into paragraphs: a space within one, a blank line between them."""
    parts: list[str] = []
    for lines in columns:
        if not lines:
            continue
        left = min(s.x0 for s in lines)
        right = max(s.x1 for s in lines)
        width = max(right - left, 1.0)
        pitches = [a.y - b.y for a, b in zip(lines, lines[1:], strict=False) if a.y > b.y]
        # the tightest pitch is the line spacing (blank lines only widen it), and leading
        # beyond 1.3 font sizes is rare: two lines a blank line apart are two paragraphs
        pitch = min(min(pitches), 1.3 * lines[0].size) if pitches else lines[0].size * 1.3
        for n, seg in enumerate(lines):
            if parts and n > 0:
                prev = lines[n - 1]
                # a line ends its paragraph when the next line's first word would have fit
                # in the room left on it (it was not wrapped), or it is short and ends a
                # sentence; ragged lines are short too, and a sentence broken by a blank
                # line would not be found whole
                room = prev.x0 - left if prev.rtl else right - prev.x1
                word = seg.text.split(" ", 1)[0]
                fits = room > (seg.x1 - seg.x0) * (len(word) + 1) / max(len(seg.text), 1)
                short = room > SHORT_LINE * width and prev.text.endswith(SENTENCE_END)
                new_para = fits or short or prev.y - seg.y > PARA_GAP * pitch or abs(prev.size - seg.size) > 0.5
                parts.append("\n\n" if new_para else " ")
            elif parts:
                parts.append("\n\n")
            parts.append(seg.text)
    return "".join(parts).strip()
