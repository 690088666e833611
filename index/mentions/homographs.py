"""Place names two places share once harakat are dropped, settled by the article.

عُمان (Oman) and عمّان (Amman) are one word in unvowelled news. Bare, it is Amman: the
capital of Jordanian datelines and reports; Oman is named in full (سلطنة عمان) or by its
nisba (العماني، عمانية) or its capital, and an article that does so means Oman by the bare
word too.
"""

from __future__ import annotations

from ..arabic.normalize import normalize
from .tokens import Tok, strip_clitic

# the shared spelling's reading -> (the other reading, words that make an article mean it)
_OTHER: dict[str, tuple[str, frozenset[str]]] = {
    "عمّان": ("عُمان", frozenset(normalize(w) for w in (
        "عماني", "عمانية", "العماني", "العمانية", "العمانيين", "العمانيون", "عمانيون", "مسقط",
        "السلطنة", "سلطنة"))),
}


def settle(canonical: str, toks: list[Tok], named: set[str]) -> str:
    """The name a bare shared spelling stands for in this article: ``named`` holds the
    gazetteer names the article's other mentions have."""
    other = _OTHER.get(canonical)
    if other is None:
        return canonical
    name, cues = other
    if name in named or any(form in cues for t in toks for form in strip_clitic(normalize(t.text))):
        return name
    return canonical

