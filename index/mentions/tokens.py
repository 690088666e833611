"""Words of an article in normalised form, each with its offsets in the loaded text.

Extraction works on these: one normalisation per article (the same normaliser search
uses), rules written against normalised spellings, and every mention still points at
the exact characters the user sees.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple

from ..arabic.normalize import normalize_with_map

# Numbers keep their separators (2,500  1.5); words are letters (and digits glued to
# them); the punctuation that matters to dates, ranges and percentages is its own token,
# and so are the currency signs $ € £ ("$500 مليون").
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[/%٪\-–—+$€£]|[.,؛:!?؟()\[\]\"“”«»•]")


class Tok(NamedTuple):  # a tuple, not a frozen dataclass: built ~450 times per article
    text: str  # normalised
    start: int  # offsets into the loaded article text
    end: int
    sentence: int  # index of the sentence the token is in: rules never cross sentences

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


_SENTENCE_END = {".", "!", "?", "؟", "؛"}
# "الـ15 من رمضان", "قرابة الـ300 جندي": the article glued to a number (tatweel is gone
# after normalising) is dropped, so rules see the number right after the word before it
_ARTICLE_BEFORE_NUMBER = frozenset({"ال", "وال", "بال", "فال", "كال", "لل", "ولل"})


_NEWLINE = re.compile("\n")
_new_tok = tuple.__new__  # Tok(...) goes through a Python-level __new__: 4x slower per token
_m_start, _m_end, _m_group = re.Match.start, re.Match.end, re.Match.group


def tokenize(text: str) -> list[Tok]:
    """Built column by column in C-level maps, not token by token: this ran for every
    token of every article and was a seventh of extraction."""
    norm, origin = normalize_with_map(text)
    matches = list(_TOKEN.finditer(norm))
    if not matches:
        return []
    words = list(map(_m_group, matches))
    a_n = list(map(_m_start, matches))
    b_n = list(map(_m_end, matches))
    starts = list(map(origin.__getitem__, a_n))
    ends = [origin[b - 1] + 1 for b in b_n]
    # a sentence ends after . ! ? ؟ ؛ and at a paragraph break (a newline between two
    # tokens, or before the first): newlines are never deleted, so the normalised text has
    # them between the same tokens
    step = [0]  # how many sentences begin at each token
    step.extend(map(_SENTENCE_END.__contains__, words[:-1]))
    if "\n" in norm:
        for k in {bisect_left(a_n, m.start()) for m in _NEWLINE.finditer(norm)}:
            if k < len(step):
                step[k] += 1
    sentences = list(accumulate(step))
    if not _ARTICLE_BEFORE_NUMBER.isdisjoint(words):  # "الـ15 من رمضان": the article glued
        drop = {k - 1 for k in range(1, len(words))  # to a number is dropped
                if a_n[k] == b_n[k - 1] and words[k - 1] in _ARTICLE_BEFORE_NUMBER and words[k][0].isdigit()}
        if drop:
            words, starts, ends, sentences = ([x for k, x in enumerate(col) if k not in drop]
                                              for col in (words, starts, ends, sentences))
    return list(map(_new_tok, repeat(Tok), zip(words, starts, ends, sentences, strict=True)))


@lru_cache(maxsize=32768)  # called for most tokens by several rules: a dossier's vocabulary
def strip_clitic(word: str, allow_al: bool = True) -> tuple[str, ...]:
    """The word and what it may be under one proclitic (و ف ب ل ك) and the article ال."""
    forms = [word]
    heads = [word]
    if len(word) > 3 and word[0] in "وفبلك":
        heads.append(word[1:])
        forms.append(word[1:])
        if word[0] in "وف" and len(word) > 4 and word[1] in "بلك":
            heads.append(word[2:])
            forms.append(word[2:])
    if allow_al:
        for h in heads:
            if h.startswith("ال") and len(h) > 4:
                forms.append(h[2:])
            if h.startswith("لل") and len(h) > 4:  # لل = ل + ال
                forms.append(h[2:])
    return tuple(forms)
