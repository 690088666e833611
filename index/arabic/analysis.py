"""Whoosh analysis stages for Arabic news text.

Whoosh pickles the analyzer into the index TOC, so every stage is a module-level class.
Whoosh's default tokenizer splits words at harakat and tatweel; ours keeps them inside
the word and keeps numbers with separators whole, recording offsets in the original text.
"""

from __future__ import annotations

import re

from whoosh.analysis import Filter, LowercaseFilter, Token, Tokenizer

from .normalize import normalize

# Marks that live inside an Arabic word: harakat, superscript alef, Quranic marks, tatweel,
# and any other nonspacing mark; ZWNJ/ZWJ join parts of one word.
_IN_WORD = "\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u0300-\u036f\u200c\u200d"
WORD_PATTERN = re.compile(
    r"\d+(?:[.,\u066b\u066c]\d+)+"  # 2,500  ٢٬٥٠٠  1.5  1٫5
    rf"|[\w{_IN_WORD}]*\w[\w{_IN_WORD}]*"
)

ANALYZER_VERSION = 1


class ArabicTokenizer(Tokenizer):
    """Words and numbers with their character offsets in the original text."""

    def __eq__(self, other):
        return type(other) is type(self)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="", **kw):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kw)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        for pos, match in enumerate(WORD_PATTERN.finditer(value)):
            t.text = match.group()
            t.boost = 1.0
            if keeporiginal:
                t.original = t.text
            t.stopped = False
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + match.start()
                t.endchar = start_char + match.end()
            yield t


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?:\D|$))")


class ArabicNormalizeFilter(Filter):
    """Applies the shared normaliser; drops thousands separators inside numbers."""

    def __eq__(self, other):
        return type(other) is type(self)

    def __call__(self, tokens):
        for t in tokens:
            text = normalize(t.text)
            if text[:1].isdigit():
                text = _THOUSANDS.sub("", text)
            if text:
                t.text = text
                yield t


def arabic_analyzer():
    """The analyzer used for the body and title fields."""
    return ArabicTokenizer() | ArabicNormalizeFilter() | LowercaseFilter()
