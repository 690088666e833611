"""Whoosh analysis stages for Arabic news text.

Whoosh pickles the analyzer into the index TOC, so every stage is a module-level class.
Stages keep no state, so Whoosh's own ``__eq__`` (same class, same ``__dict__``) compares
them. Only the stemmer sets ``is_morph`` (Whoosh's mark for stages that change a word's
form, skipped by ``no_morph`` analysis): normalising and month folding change spelling,
not morphology, and the one-stage tokenizer folds months itself anyway.
Whoosh's default tokenizer splits words at harakat and tatweel; ours keeps them inside
the word and keeps numbers with separators whole, recording offsets in the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from whoosh.analysis import Filter, LowercaseFilter, Token, Tokenizer
from whoosh.lang.porter import stem as porter_stem

from .months import CLITICS, GREGORIAN, month_at
from .normalize import normalize
from .stem import light_stem

_MONTH_HEADS = {words[0] for words in GREGORIAN}
# a word that may start a month name, bare or behind a clitic letter (month_at's rule)
_HEAD_FORMS = frozenset(_MONTH_HEADS) | {c + h for c in CLITICS for h in _MONTH_HEADS}

# Marks that live inside an Arabic word: harakat, superscript alef, Quranic marks, tatweel,
# and any other nonspacing mark; ZWNJ/ZWJ join parts of one word.
_IN_WORD = "\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u0300-\u036f\u200c\u200d"
WORD_PATTERN = re.compile(
    r"\d+(?:[.,\u066b\u066c]\d+)*"  # 2,500  ٢٬٥٠٠  1.5  1٫5
    rf"|[{_IN_WORD}]*[^\W\d_][^\W\d_{_IN_WORD}]*(?:[{_IN_WORD}]+[^\W\d_]*)*"  # letters; digits apart
)

ANALYZER_VERSION = 4  # 4: long fields tokenised by ExactWordsTokenizer; stems without positions


class ArabicTokenizer(Tokenizer):
    """Words and numbers with their character offsets in the original text."""

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
    """The shared normaliser (normalize.py); thousands separators dropped inside numbers."""

    def __call__(self, tokens):
        for t in tokens:
            text = normal_form(t.text)
            if text:
                t.text = text
                yield t


@lru_cache(maxsize=131072)  # every token of every article comes here: a dossier's vocabulary
def normal_form(word: str) -> str:
    """A word as the index holds it before months and stems: normalised, and a number
    without its thousands separators (possibly empty: a word of harakat alone).

    >>> normal_form("الإدارةُ")  # hamza seat, teh marbuta, damma
    'الاداره'
    >>> normal_form("٢٬٥٠٠"), normal_form("2,500"), normal_form("1,5")
    ('2500', '2500', '1,5')
    >>> normal_form("\u064e")  # a fatha alone
    ''
    """
    text = normalize(word)
    return _THOUSANDS.sub("", text) if text[:1].isdigit() else text


class MonthFilter(Filter):
    """One token per month, whatever the name: سبتمبر, أيلول, جانفي and the two-word
    كانون الثاني all become ``month09``-style tokens at one position. Names that are also
    ordinary words (آب, مارس) count only next to a number or another month name."""

    def __call__(self, tokens):
        # Whoosh tokenizers reuse one Token; keep plain tuples, not copies, and reuse it.
        rows = []
        tok = None
        first_pos = 0
        for tok in tokens:
            if not rows and hasattr(tok, "pos"):
                first_pos = tok.pos
            rows.append((tok.text, getattr(tok, "startchar", 0), getattr(tok, "endchar", 0)))
        if tok is None:
            return
        chars = hasattr(tok, "endchar")
        positions = hasattr(tok, "pos")
        for pos, (word, startchar, endchar) in enumerate(fold_months(rows), first_pos):
            tok.text = word
            if chars:
                tok.startchar, tok.endchar = startchar, endchar
            if positions:
                tok.pos = pos
            tok.stopped = False
            yield tok


def fold_months(rows: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """(word, start, end) rows with every Gregorian month name, however written, as one row.

    >>> fold_months([("في", 0, 2), ("كانون", 3, 8), ("الثاني", 9, 15), ("2026", 16, 20)])
    [('في', 0, 2), ('month01', 3, 15), ('2026', 16, 20)]

    A name that is also a word (آب, "father") is a month only beside a number:

    >>> fold_months([("9", 0, 1), ("اب", 2, 4)])
    [('9', 0, 1), ('month08', 2, 4)]
    >>> fold_months([("اب", 0, 2), ("قال", 3, 6)])
    [('اب', 0, 2), ('قال', 3, 6)]
    """
    words = [r[0] for r in rows]
    if _HEAD_FORMS.isdisjoint(words):  # most texts, most of the time: nothing to fold
        return rows
    folded, offsets = fold_month_words(words, [x for r in rows for x in r[1:]])
    return rows if folded is words else list(zip(folded, offsets[0::2], offsets[1::2], strict=True))


def fold_month_words(words: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """``fold_months`` over parallel lists (flattened offsets): the same lists when
    nothing folds. A clitic letter may lead the name (month_at's rule)."""
    out_words: list[str] = []
    out_offsets: list[int] = []
    i = 0
    for head in [k for k, w in enumerate(words) if w in _HEAD_FORMS]:
        if head < i:  # inside a month name already folded
            continue
        found = month_at(words, head)
        if found and found.calendar == "gregorian" and (
                not found.ambiguous or _dated(words, head, found.length)):
            end = head + found.length
            out_words += words[i:head]
            out_words.append(found.canonical)
            out_offsets += offsets[2 * i:2 * head]
            out_offsets += (offsets[2 * head], offsets[2 * end - 1])
            i = end
    if not i:
        return words, offsets
    return out_words + words[i:], out_offsets + offsets[2 * i:]


_FORMS: dict[str, str] = {}  # raw word -> its indexed form: matching tokenises every hit
_SPLIT = re.compile(f"({WORD_PATTERN.pattern})")  # words at odd places, what separates them at even


def exact_words(text: str) -> tuple[list[str], list[int]]:
    """What ``exact_analyzer`` yields, as words and their flattened (start, end) offsets,
    without Whoosh's token machinery: matching runs this over every search hit's text.

    One ``re.split`` finds the words; their offsets are the running sum of the pieces'
    lengths, and each distinct word is normalised once per process: a third of the
    time a ``finditer`` loop building a row per word took.

    >>> exact_words("في ٥ أيلول ٢٠٢٥")
    (['في', '5', 'month09', '2025'], [0, 2, 3, 4, 5, 10, 11, 15])
    """
    parts = _SPLIT.split(text)
    raw = parts[1::2]
    forms = _FORMS
    words: list = list(map(forms.get, raw))  # str, once every None is filled in below
    if None in words:
        if len(forms) >= 200_000:  # bounded: a dossier's vocabulary
            forms.clear()
        for i, w in enumerate(words):
            if w is None:
                words[i] = forms[raw[i]] = normal_form(raw[i]).lower()
    offsets = list(accumulate(map(len, parts)))
    offsets.pop()
    if "" in words:  # a "word" of harakat alone: not indexed
        keep = [i for i, w in enumerate(words) if w]
        words = [words[i] for i in keep]
        offsets = [x for i in keep for x in offsets[2 * i:2 * i + 2]]
    if not _HEAD_FORMS.isdisjoint(words):
        words, offsets = fold_month_words(words, offsets)
    return words, offsets


def exact_tokens(text: str) -> list[tuple[str, int, int]]:
    """``exact_words`` as (text, start, end) rows, as the analyzer's tokens compare."""
    words, offsets = exact_words(text)
    return list(zip(words, offsets[0::2], offsets[1::2], strict=True))


def _dated(words: list[str], i: int, length: int) -> bool:
    before = words[i - 1] if i else ""
    after = words[i + length] if i + length < len(words) else ""
    if after[:1].isdigit() or (before.isdigit() and len(before) <= 2):  # آب 2024, 9 آب
        return True
    return any(month_at([w], 0) for w in (before, after) if w)  # آب/أغسطس


class LightStemFilter(Filter):
    """light10 for Arabic words, Porter for Latin ones; numbers and months untouched."""

    is_morph = True  # as whoosh.analysis.StemFilter

    def __call__(self, tokens):
        for t in tokens:
            t.text = stem_word(t.text)
            yield t


@lru_cache(maxsize=65536)
def stem_word(word: str) -> str:
    """The stemmed fields' form of a normalised word.

    >>> stem_word("والمستشارون"), stem_word("بالمدينه")
    ('مستشار', 'مدين')
    >>> stem_word("coalitions"), stem_word("month09"), stem_word("2025")
    ('coalit', 'month09', '2025')
    """
    if word.startswith("month") and word[5:].isdigit():
        return word
    if word.isascii():
        return porter_stem(word) if word.isalpha() else word
    return light_stem(word)


# The last text ExactWordsTokenizer split: Whoosh analyses a body for ``body`` and then the
# same string object for ``body_stem`` (and titles likewise), so the second is free.
_LAST_WORDS: list = [None]


def last_exact_words(value: str) -> tuple[list[str], list[int]]:
    """``exact_words(value)``, remembered for the next call with the same string object."""
    last = _LAST_WORDS[0]  # one read: a (text, words) pair, never half of each
    if last is not None and last[0] is value:
        return last[1]
    found = exact_words(value)
    _LAST_WORDS[0] = (value, found)
    return found


def first_position(value: str, offsets: list[int]) -> int:
    """The position of the first kept word: the composed stages number from its own
    place, so words of harakat alone before it (dropped) still count.

    >>> first_position("ـ ـ قال", exact_words("ـ ـ قال")[1])  # two tatweels alone
    2
    """
    if not offsets or not offsets[0]:
        return 0
    return sum(1 for _ in WORD_PATTERN.finditer(value, 0, offsets[0]))


class ExactWordsTokenizer(Tokenizer):
    """``exact_analyzer``'s tokens from one stage: ``exact_words`` (one split, normal forms
    memoised, months folded). Article bodies are most of a build's analysis, and the
    composed stages cost 0.6 ms an article where this costs 0.2; a test holds the two
    equal, token for token, with positions and offsets."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="", **kw):
        if not tokenize:  # one token of the whole value: the composed stages' own way
            yield from exact_analyzer()(value, positions=positions, chars=chars,
                                        keeporiginal=keeporiginal, removestops=removestops,
                                        start_pos=start_pos, start_char=start_char,
                                        tokenize=False, mode=mode, **kw)
            return
        t = Token(positions, chars, removestops=removestops, mode=mode, **kw)
        words, offsets = last_exact_words(value)
        if positions:
            start_pos += first_position(value, offsets)
        for pos, word in enumerate(words):
            t.text = word
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = value[offsets[2 * pos]:offsets[2 * pos + 1]]
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + offsets[2 * pos]
                t.endchar = start_char + offsets[2 * pos + 1]
            yield t


def exact_analyzer():
    """Normalised, unstemmed: exact words and phrases. The composed stages: titles and
    queries are analysed by these."""
    return ArabicTokenizer() | ArabicNormalizeFilter() | LowercaseFilter() | MonthFilter()


def body_analyzer():
    """``exact_analyzer``'s tokens, from the one-stage fast path (article bodies)."""
    return ExactWordsTokenizer()


def stem_analyzer():
    """The default search field: also light-stemmed, so clitics and endings do not matter."""
    return ExactWordsTokenizer() | LightStemFilter()


def arabic_analyzer():
    return exact_analyzer()
