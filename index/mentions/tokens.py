"""Words of an article in normalised form, each with its offsets in the loaded text.

Extraction works on these: one normalisation per article (the same normaliser search
uses), rules written against normalised spellings, and every mention still points at
the exact characters the user sees.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..arabic.normalize import normalize_with_map

# Numbers keep their separators (2,500  1.5); words are letters (and digits glued to
# them); the punctuation that matters to dates, ranges and percentages is its own token.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[/%٪\-–—+]|[.,؛:!?؟()\"“”«»]")


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


def tokenize(text: str) -> list[Tok]:
    norm, origin = normalize_with_map(text)
    out: list[Tok] = []
    sentence = 0
    last_end = 0
    last_b = -1  # where the previous token ended in the normalised text
    append = out.append
    find = text.find
    for m in _TOKEN.finditer(norm):
        a, b = m.span()
        start = origin[a]
        end = origin[b - 1] + 1
        if last_end < start and find("\n", last_end, start) >= 0:  # a paragraph break ends a sentence too
            sentence += 1
        word = m.group()
        if a == last_b and word[0].isdigit() and out and out[-1].text in _ARTICLE_BEFORE_NUMBER:
            out.pop()
        last_b = b
        append(Tok(word, start, end, sentence))
        if word in _SENTENCE_END:
            sentence += 1
        last_end = end
    return out


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
