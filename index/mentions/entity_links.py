"""Short forms: a body or outlet named in full, then by its head noun or name alone.

News names a body once in full and then shortly: ``المفوضية العليا المستقلة للانتخابات``
then ``المفوضية``، ``التحالف الدولي`` then ``التحالف``، ``صحيفة النهار`` then ``«النهار»``.
Such a later word is the body named before it (the nearest one with that head), with its
key. Only heads that news uses this way: ``الوزارة`` or ``اللجنة`` alone stay common nouns.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from ..arabic.normalize import normalize
from .tokens import Tok

if TYPE_CHECKING:
    from .entities import EntityHit

SHORT_HEADS = frozenset(normalize(w) for w in "الجيش التحالف المفوضية المرصد المنتدى".split())
_QUOTES = frozenset("«»\"“”")


@lru_cache(maxsize=32768)
def forms(word: str) -> tuple[tuple[str, int], ...]:
    """(form, clitic characters shown apart) of a word under و/ف/ب/ل: للمفوضية is
    المفوضية under ل, shown whole (0) as extraction shows للأنبار."""
    out = [(word, 0)]
    if len(word) > 4 and word[0] in "وفبل":
        out.append((word[1:], 1))
        if word[0] in "وف" and word[1] in "بل" and len(word) > 5:
            out.append((word[2:], 2))
    for w, k in list(out):
        if w.startswith("لل") and len(w) > 4:
            out.append(("ال" + w[2:], max(0, k)))
    return tuple(out)


def under_clitics(words) -> frozenset[str]:
    """Every way ``words`` are written under و/ف/ب/ل (what ``forms`` reads back)."""
    out = set()
    for w in words:
        for c in ("", "و", "ف", "ب", "ل", "وب", "فب", "ول", "فل"):
            out.add(c + w)
            if w.startswith("ال"):
                out.add(c + "ل" + w[1:])  # للمفوضية، وللمفوضية
    return frozenset(out)


# a body's first word that a short form may repeat: الجيش، مفوضية، والمرصد، للتحالف …
_MAY_SHORTEN = frozenset()  # filled below, once under_clitics is defined


def _short_of(toks: list[Tok], hit: EntityHit) -> str | None:
    """The word a later mention may name this entity by, or None."""
    if hit.why.startswith("an outlet") and hit.name_end - hit.name_start == 1:
        w = toks[hit.name_start].text
        return w if w.startswith("ال") and len(w) > 4 else None
    for f, _ in forms(toks[hit.start].text):
        for g in (f, "ال" + f):
            if g in SHORT_HEADS and hit.end - hit.start > 1:
                return g  # المفوضية after المفوضية العليا … or مفوضية العون الإنساني
    return None


# "the Kingdom", "the Sultanate": the one kingdom (sultanate) the article names
# (only the sultanate: labellers of the second batch name none of a dozen المملكة, so the
# kingdom stays a word for them; the sultanate is rarer and never another)
_REALMS = {"السلطنه": frozenset({"عُمان"})}
REALM_WORDS: frozenset[str] = frozenset()  # filled below, once under_clitics is defined
SHORT_WORDS: frozenset[str] = frozenset()


def realm_forms(toks: list[Tok], taken: set[int], hits: list[EntityHit], texts: list[str],
                at: list[int]) -> list[EntityHit]:
    """السلطنة in an article naming Oman is Oman (``at``: where REALM_WORDS are)."""
    from .entities import EntityHit

    at = [k for k in at if k not in taken]
    if not at:
        return []
    named = {h.canonical for h in hits}
    inside = {k for h in hits for k in range(h.start, h.end)}
    out = []
    for k in at:
        for f, skip in forms(texts[k]):
            realms = _REALMS.get(f)
            if realms is None:
                continue
            which = realms & named
            if len(which) == 1 and k not in inside:
                (name,) = which
                shown = 0 if texts[k].startswith("لل") or texts[k].startswith("ولل") else skip
                out.append(EntityHit(k, k + 1, name, shown, k, k + 1, shown, "the one kingdom the article names"))
            break
    return out


def short_forms(toks: list[Tok], taken: set[int], hits: list[EntityHit], texts: list[str],
                shorts: list[int]) -> list[EntityHit]:
    """Later (or headline) short forms of the bodies in ``hits``; ``shorts``: where the
    head nouns short forms use stand (SHORT_WORDS); an outlet's own name is looked for
    everywhere."""
    from .entities import EntityHit

    antecedents = [(h, s) for h in hits if (texts[h.start] in _MAY_SHORTEN or h.why.startswith("an outlet"))
                   and (s := _short_of(toks, h)) is not None]
    if not antecedents:
        return []
    words = {s for _, s in antecedents}
    written = under_clitics(words)
    if any(h.why.startswith("an outlet") for h, _ in antecedents):
        candidates = [k for k, w in enumerate(texts) if w in written and k not in taken]
    else:
        candidates = [k for k in shorts if texts[k] in written and k not in taken]
    if not candidates:
        return []
    inside = {k for h in hits for k in range(h.start, h.end)}
    by_word: dict[str, list] = {}  # short word -> its bodies named in full, in reading order
    for h, w in sorted(antecedents, key=lambda a: a[0].start):
        by_word.setdefault(w, []).append(h)
    ends = {w: [h.end for h in hs] for w, hs in by_word.items()}
    out = []
    for k in candidates:
        t = toks[k]
        if k in inside:
            continue
        for f, skip in forms(t.text):
            if f not in words:
                continue
            # the nearest named before (else the first after: a headline's short form)
            hs = by_word[f]
            j = bisect_right(ends[f], k)
            ante = hs[j - 1] if j else hs[0]
            out.append(EntityHit(k, k + 1, ante.canonical, skip if not t.text.startswith("لل") else 0,
                                 ante.name_start, ante.name_end, ante.name_skip,
                                 "a short form of the body named in full"))
            break
    return out


_MAY_SHORTEN = under_clitics(SHORT_HEADS | {w[2:] for w in SHORT_HEADS})
REALM_WORDS = under_clitics(_REALMS)
SHORT_WORDS = under_clitics(SHORT_HEADS)
