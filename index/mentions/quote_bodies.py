"""One key for one body within an article: a shorter name of a body the article names in
full (اللجنة، لجنة شؤون الأسرى -> اللجنة الوطنية لشؤون الأسرى; الصليب الأحمر -> اللجنة
الدولية للصليب الأحمر; الهجرة -> وزارة الهجرة والمهجرين) is that body, a body written
with its short name in brackets or quotation marks (… الفلسطينيين «الأونروا») is keyed
by the short name outlets share, and a place after a body (السفارة الأمريكية في العراق)
is left out of its key: one embassy, however an outlet locates it."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .entities import gazetteer
from .quote_speakers import _plain, subject_end
from .quote_words import (
    _BODIES,
    _BODY_HEADS,
    _ORGS,
    _PORTFOLIOS,
    _STOP,
    _TIME,
    _bare,
    _head,
    _is_al,
    _is_word,
    _purpose_l,
)

if TYPE_CHECKING:
    from .quote_article import _Article
    from .quote_statements import QuoteHit

_NAMED_BODIES = _BODY_HEADS | _BODIES | _ORGS | {"سفاره", "قنصليه"}
_BRACKETS = {"(": ")", "«": "»", '"': '"', "“": "”"}


def is_body(name: str) -> bool:
    """A name that starts with a body's noun (وزارة، اللجنة، مرصد، السفارة) or a portfolio."""
    first = name.split()[0] if name else ""
    return _head(first) in _NAMED_BODIES or _bare(first) in _PORTFOLIOS


_IS_BODY: dict[str, bool] = {}  # a word is a body's noun: asked of every word of an article


def find_bodies(art: _Article) -> list[tuple[int, list[str], str, str | None]]:
    """Bodies named in full anywhere in the article: (offset, normalised words, display,
    short name written after it in brackets or quotation marks, else None)."""
    toks = art.toks
    n = len(toks)
    out = []
    past = 0  # inside a body found: its shorter tails are not other bodies
    known = _IS_BODY
    if len(known) > 200_000:  # bounded: a dossier's vocabulary
        known.clear()
    for k, t in enumerate(toks):
        w = t.text
        body = known.get(w)
        if body is None:
            body = known[w] = _head(w) in _NAMED_BODIES
        if not body or k < past:
            continue
        e = subject_end(art, k, min(n, k + 12))
        if e is None or e - k < 2:
            continue
        e = _purposes(toks, e, min(n, k + 16))
        short = None
        if e - k >= 5 and toks[e - 3].text in _BRACKETS and toks[e - 1].text == _BRACKETS[toks[e - 3].text]:
            short, e = toks[e - 2].text, e - 3  # … للطفولة «يونيسف»: the name in quotation marks
        words = [toks[x].text for x in range(k, e) if _is_word(toks[x])]
        if len(words) < 2:
            continue
        if _head(words[0]) not in _NAMED_BODIES or words[0] not in _NAMED_BODIES and words[0][0] in "وف" \
                and _head(words[0][1:]) in _NAMED_BODIES:
            words[0] = _bare(words[0])  # ووزارة: the conjunction is no part of the name
        if e + 2 < n and toks[e].text in _BRACKETS and _is_word(toks[e + 1]) \
                and toks[e + 2].text == _BRACKETS[toks[e].text]:
            short = toks[e + 1].text
        past = e
        out.append((t.start, words, _plain(art.text[t.start:toks[e - 1].end]), short))
    return out


def _purposes(toks, e: int, stop: int) -> int:
    """Past what a body is for, written with ل and a verbal noun and its ال-words (وكالة
    الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين، الهيئة الوطنية لمكافحة الفساد): still
    the body's name."""
    if not any(_purpose_l(toks[x].text, toks[x + 1].text) for x in range(max(0, e - 3), min(e, stop - 1))):
        if e + 1 < stop and e > 0 and toks[e - 1].text[:1] == "ل" and toks[e - 1].text[1:2] in "تام" \
                and not toks[e - 1].text.startswith("لل") and len(toks[e - 1].text) >= 5 \
                and _is_word(toks[e]) and not _is_al(toks[e].text) and toks[e].text not in _STOP \
                and toks[e].text not in _TIME and _is_al(toks[e + 1].text) and toks[e + 1].text not in _TIME:
            e += 1  # لإدارة مخيمات النازحين: what it is for, a construct of two nouns
        elif not (e + 1 < stop and _purpose_l(toks[e].text, toks[e + 1].text)):
            return e
        e += 1
    while e < stop and (_is_al(toks[e].text) or toks[e].text[:1] == "و" and len(toks[e].text) >= 4) \
            and toks[e].text not in _TIME:
        e += 1
    return e


@lru_cache(maxsize=8192)
def _stem(w: str) -> str:
    """A name's word compared without و، ل، ال (لشؤون، والمهجرين، الأسرى)."""
    for p in ("وال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    if w[:1] in ("ل", "و") and len(w) >= 5:
        return w[1:]
    return w


def _names_same_body(short: list[str], full: list[str]) -> bool:
    """``short`` is a shorter name of ``full``: its words among full's, and either the same
    head noun (المرصد / مرصد البحر الأحمر للدراسات), a portfolio of a ministry (الهجرة /
    وزارة الهجرة والمهجرين), or the end of full after a ل of purpose (الصليب الأحمر /
    اللجنة الدولية للصليب الأحمر). A name the gazetteer knows as another body is not it
    (الأمم المتحدة is not الأمم المتحدة للطفولة)."""
    if len(short) >= len(full):
        return False
    s, f = [_stem(w) for w in short], [_stem(w) for w in full]
    if not set(s) <= set(f):
        return False
    table = gazetteer()
    known_s, known_f = table.get(tuple(short)), table.get(tuple(full))
    if s[0] == f[0]:  # a shorter name by its head: unless it is a whole name itself
        return known_s is None or known_s == known_f
    if len(s) == 1 and _bare(short[0]) in _PORTFOLIOS and full[0] == "وزاره" and f[1] == s[0]:
        return True
    at = len(f) - len(s)
    return f[at:] == s and full[at].startswith("لل") and (known_f is None or known_f == known_s)


def _without_place(words: list[str]) -> list[str]:
    """السفاره الامريكيه في العراق -> السفاره الامريكيه: a place the gazetteer knows, after في
    or ب, ends a body's key."""
    table = gazetteer()
    for j in range(2, len(words)):
        w = words[j]
        rest = words[j + 1:]
        if w == "في" and rest and tuple(rest) in table:
            return words[:j]
        if w.startswith("ب") and len(w) > 3 and tuple([w[1:]] + rest) in table:
            return words[:j]
    return words


def link_body(q: QuoteHit, art: _Article, named: list) -> None:
    """Key a body's statement by the body's one name in this article (see module); named:
    the bodies the article's quotes name, as find_bodies gives them."""
    words = q.name.split()
    if not words or not is_body(q.name):
        return
    at = q.speaker_start if q.speaker_start is not None else q.start
    bodies = sorted([b for b in art.bodies if b[0] != at] + [b for b in named if b[0] != at], key=lambda b: b[0])
    same = [b for b in bodies if _names_same_body(words, b[1])] or [b for b in art.bodies if b[1] == words]
    if same:  # the fuller name nearest before, else the first after
        before = [b for b in same if b[0] <= at]
        b = before[-1] if before else same[0]
        if b[1] != words:
            words, q.display = list(b[1]), b[2]
        if b[3] is not None:
            words, q.display = [b[3]], b[3]
    words = _without_place(words)
    q.name = " ".join(words)


def fuller_owner(owner: list[str], art: _Article, at: int) -> tuple[list[str], str] | None:
    """A body that owns a document (أرقام المفوضية، تقرير اللجنة) by its fuller name in the
    article, nearest before offset at (else first after): (words, display), or None."""
    if not owner or not is_body(" ".join(owner)):
        return None
    same = sorted((b for b in art.bodies if _names_same_body(owner, b[1])), key=lambda b: b[0])
    if not same:
        return None
    before = [b for b in same if b[0] <= at]
    b = before[-1] if before else same[0]
    return list(b[1]), b[2]


def short_in_description(q: QuoteHit, art: _Article) -> None:
    """مسؤول في وكالة … «الأونروا»: an unnamed source of a body with a short name is
    described by the short name (مسؤول في الأونروا)."""
    words = q.name.split()
    if len(words) < 3 or not any(_head(w) in _NAMED_BODIES for w in words[1:]):
        return  # no body named in the description
    for _at, full, _display, short in art.bodies:
        if short is None:
            continue
        for j in range(1, len(words) - len(full) + 1):
            if words[j:j + len(full)] == full:
                rest = words[j + len(full):]
                rest = rest[1:] if rest[:1] == [short] else rest
                q.name = " ".join(words[:j] + [short] + rest)
                return



def fuller_in_description(q: QuoteHit, art: _Article, named: list) -> None:
    """مصدر في الوزارة، مصادر المجلس: an unnamed source of a body the article names in full
    (وزارة شؤون البيشمركة، مجلس الجنوب) is described by that full name: the body of that
    head quoted nearest before (the article's speaker), else named nearest before."""
    words = q.name.split()
    at = q.speaker_start if q.speaker_start is not None else q.start
    for j in range(1, min(len(words), 4)):
        w = words[j]
        if w in ("في", "من", "داخل", "لدي"):
            continue
        x = "ال" + w[3:] if w.startswith("بال") and len(w) > 5 else w  # بالوزارة
        if not (_is_al(x) and _head(x) in _NAMED_BODIES) or j + 1 < len(words) or gazetteer().get((x,)):
            return  # (مسؤول في وزارة الخارجية names its body already)
        head = _head(x)
        for pool in (named, art.bodies):
            same = [b for b in pool if b[0] < at and len(b[1]) >= 2 and _head(b[1][0]) == head]
            if same:
                b = same[-1]
                shown = q.display.split()
                q.name = " ".join(words[:j] + list(b[1]))
                if len(shown) == len(words):
                    q.display = " ".join(shown[:j] + [b[2]])
                return
        return
