"""Persons as entities: everyone named after a title or role, and their surname alone.

The quotes' parser already reads who holds a role anywhere in the article (``وزير الخارجية
فؤاد حسين``، ``المتحدث باسم الجيش العميد نبيل عيتاني``، ``الرئيس عبد المجيد تبون``: see
quote_keys._role_holders) and who speaks; both become person entities here, keyed by the
name in the spelling search folds to (the speakers' key). A surname alone later or earlier
in the same article (``الزروق``، ``عيتاني``) is the person named in full, with their key.
"""

from __future__ import annotations

from ..arabic.normalize import normalize
from ..arabic.variants import fold_spelling
from ..loader import Article
from .entity_links import forms
from .entity_words import STOP
from .model import Mention
from .quote_article import _Article
from .tokens import Tok

# a "name" that is a preposition or a verb the role parser let through (على تولى …)
_NOT_FIRST = frozenset({"على", "إلى", "عن", "في", "من"})
_FUNCTION = frozenset(normalize(w) for w in "بكل لكل كل بعد قبل تأكيد بالتأكيد".split())
_NAMES_WITH_YA = frozenset(normalize(w) for w in "يوسف يحيى ياسر يزيد يونس يعقوب ياسين يسرى يزن يمنى".split())


def _plausible(text: str, toks: list[Tok], k: int, n: int) -> bool:
    """The role parser's name is a name: no preposition first (على is علي normalised),
    no word under ب/ل (بإنهاء), no imperfect verb (يدلي)."""
    if text[toks[k].start:toks[k].end] in _NOT_FIRST:
        return False
    for t in toks[k:k + n]:
        w = t.text
        if w[0] in "بل" and len(w) > 4 and not w.startswith("ال") or w in _FUNCTION:
            return False
        if w[0] == "ي" and w not in _NAMES_WITH_YA:
            return False
    return True


def person_mentions(article: Article, toks: list[Tok], mentions: list[Mention]) -> list[Mention]:
    text = article.text
    spans = [(m.start, m.end) for m in mentions if m.kind in ("entity", "date", "figure")]
    starts = {t.start: k for k, t in enumerate(toks)}
    entity_starts = frozenset(m.start for m in mentions if m.kind == "entity")
    out: list[Mention] = []
    people: dict[str, tuple[str, str]] = {}  # surname (normalised) -> (key, display)

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in spans)

    for m in mentions:  # the speakers extract.py made entities
        if m.kind == "entity" and m.why == "a person quoted in the article" and len(m.value.split()) >= 2:
            people.setdefault(normalize(m.value.split()[-1]), (m.key, m.value))
    for a, name, display, _roles in _Article(text, toks, entity_starts).holders:
        k = starts.get(a)
        n = len(name.split())
        if k is None or k + n > len(toks) or not _plausible(text, toks, k, n):
            continue
        b = toks[k + n - 1].end
        key = f"entity:{fold_spelling(name)}"
        if n >= 2:
            people.setdefault(name.split()[-1], (key, display))
        if free(a, b):
            spans.append((a, b))
            out.append(Mention(article.id, "entity", text[a:b], a, b, key, value=display,
                               why="a person named after a title or role"))
    surnames = {s: v for s, v in people.items() if len(s) >= 4}
    if not surnames:
        return out
    for k, t in enumerate(toks):
        if not t.text[0].isalpha():
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sentence == t.sentence else None
        if nxt is not None and not t.text.startswith("ال") and nxt.text.startswith("ال") and nxt.text not in STOP:
            continue  # مصطفى الكاظمي: a given name before a family name, not the surname alone
        for f, skip in forms(t.text):
            if f in surnames:
                a, b = t.start + skip, t.end
                if free(t.start, b):
                    key, display = surnames[f]
                    spans.append((a, b))
                    out.append(Mention(article.id, "entity", text[a:b], a, b, key, value=display,
                                       why=f"the surname of {display}, named in full in the article"))
                break
    return out
