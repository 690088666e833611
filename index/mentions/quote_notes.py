"""Statements attributed by a note: a think-tank paper ends a sentence with ``(2)`` and
lists its sources at the end (``المراجع``/``الهوامش``: ``(2) بيانات رسمية وتصريحات
لمسؤولين مصريين، 2024-2025.``). The sentence is what that source says; a body writing
the document (تحليل المرصد، تقديرات المفوضية السامية) is the speaker, else the document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .quote_bodies import is_body
from .quote_speakers import _parse_speaker, _Speaker
from .quote_words import _is_al, _is_word

if TYPE_CHECKING:
    from .quote_article import _Article


def _marker(toks, k: int) -> int | None:
    """The note number of a ``(N)`` starting at token k, else None."""
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 1].text.isdigit() and toks[k + 2].text == ")" \
            and len(toks[k + 1].text) <= 2:
        return int(toks[k + 1].text)
    return None


def find_notes(art: _Article) -> dict[int, tuple[int, int]]:
    """Note number -> (first, end) tokens of its text: lines that open with ``(N)``, after
    the last line that does not; at most 30."""
    toks, para = art.toks, art.para
    notes: dict[int, tuple[int, int]] = {}
    k = len(toks)
    while k > 0 and len(notes) < 30:
        p = para[k - 1]
        a = k - 1
        while a > 0 and para[a - 1] == p:
            a -= 1
        n = _marker(toks, a)
        if n is None:
            break
        notes.setdefault(n, (a + 3, k))
        k = a
    return notes


def noted_statements(art: _Article, taken: list[tuple[int, int]]):
    """(marker token, statement first token, statement end token, speaker) for each sentence
    that ends with a note marker and holds no other attribution (taken: character spans of
    the attributions found)."""
    if "(" not in art.text:
        return []
    notes = find_notes(art)
    if not notes:
        return []
    toks = art.toks
    first_note = min(a for a, _e in notes.values()) - 3
    out = []
    for k in range(first_note):
        n = _marker(toks, k) if toks[k].text == "(" else None
        if n is None or n not in notes or k == 0 or not _is_word(toks[k - 1]):
            continue
        s0 = art.sentence_start(k)
        while s0 < k and not (_is_word(toks[s0]) or toks[s0].text.isdigit()):
            s0 += 1
        if k - s0 < 4:
            continue
        a0, b0 = toks[s0].start, toks[k - 1].end
        if any(a < b0 and a0 < b for a, b in taken):
            continue  # the sentence names its source itself
        sp = _note_speaker(art, *notes[n])
        if sp is not None:
            out.append((k, s0, k, sp))
    return out


def _note_speaker(art: _Article, a: int, e: int) -> _Speaker | None:
    toks = art.toks
    end = next((x for x in range(a, e) if toks[x].text in (",", ".", "؛")), e)
    if end - a < 1:
        return None
    if end - a >= 2 and _is_al(toks[a + 1].text) and is_body(toks[a + 1].text):
        b = a + 2  # تحليل المرصد لصور أقمار: the body that wrote it, up to its ل-genitives
        while b < end and _is_al(toks[b].text) and not toks[b].text.startswith("لل"):
            b += 1
        s, t = toks[a + 1].start, toks[b - 1].end
        return _Speaker(art.text[s:t], s, t, " ".join(toks[x].text for x in range(a + 1, b)), False, False)
    return _parse_speaker(art, a, end)
