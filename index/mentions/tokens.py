"""Words of an article in normalised form, each with its offsets in the loaded text.

Extraction works on these: one normalisation per article (the same normaliser search
uses), rules written against normalised spellings, and every mention still points at
the exact characters the user sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..arabic.normalize import normalize_with_map

# Numbers keep their separators (2,500  1.5); words are letters (and digits glued to
# them); the punctuation that matters to dates, ranges and percentages is its own token.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[/%٪\-–—]|[.,؛:!?؟()\"“”«»]")


@dataclass(frozen=True)
class Tok:
    text: str  # normalised
    start: int  # offsets into the loaded article text
    end: int
    sentence: int  # index of the sentence the token is in: rules never cross sentences

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


_SENTENCE_END = {".", "!", "?", "؟", "؛"}


def tokenize(text: str) -> list[Tok]:
    norm, origin = normalize_with_map(text)
    out: list[Tok] = []
    sentence = 0
    last_end = 0
    for m in _TOKEN.finditer(norm):
        start = origin[m.start()]
        end = origin[m.end() - 1] + 1
        if "\n" in text[last_end:start]:  # a paragraph break ends a sentence too
            sentence += 1
        word = m.group()
        if word in _SENTENCE_END:
            out.append(Tok(word, start, end, sentence))
            sentence += 1
        else:
            out.append(Tok(word, start, end, sentence))
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
