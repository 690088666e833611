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
from .quote_speakers import _name_back, _name_forward
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


# Bylines and credits: "كتب: فلان الفلاني"، "إعداد د. فلان"، "حوار ــ فلان"، "تحرير فلان"،
# "تغطية صحفية فلان في واشنطن وفلان في بغداد"، "المذيع (فلان)"
_BYLINE = frozenset(normalize(w) for w in "كتب كتبت بقلم إعداد اعداد تحرير حوار تغطية مراسل مراسلة تصوير".split())
_HOSTS = frozenset(normalize(w) for w in "المذيع المذيعة المقدم المقدمة المحاور المحاورة".split())  # (name)
_BYLINE_SKIP = frozenset({":", "-", "–", "—", "|", "/", "(", "د", ".", "صحفيه", "صحافيه", "الدكتور", "الدكتوره"})
_AGE = frozenset(normalize(w) for w in "عاما عاماً سنة سنوات عام".split())


def _credited(toks: list[Tok]) -> list[tuple[int, int, int]]:
    """(start, end, clitic) of names in bylines and credits, and of a person whose age
    follows in brackets (أحمد الشلالدة (17 عاماً))."""
    out = []
    n = len(toks)

    def spaced(a: int, b: int) -> bool:  # only spaces between the tokens a..b-1 (no | or line break)
        return all(toks[x + 1].start - toks[x].end <= 1 and toks[x + 1].sentence == toks[x].sentence
                   for x in range(a, b - 1))

    for k, t in enumerate(toks):
        head_of_line = k == 0 or toks[k - 1].sentence != t.sentence or toks[k - 1].text in ("-", "(", "/", ":", "،")
        byline = t.text in _BYLINE and head_of_line and (
            t.text != "تغطيه" or k + 1 < n and toks[k + 1].text in ("صحفيه", "صحافيه"))
        if byline or t.text in _HOSTS and k + 1 < n and toks[k + 1].text == "(":
            e = k + 1
            while e < n and toks[e].sentence == t.sentence and toks[e].text in _BYLINE_SKIP and e - k < 4:
                e += 1
            while e < n:
                run = _name_forward(toks, list(range(e, min(n, e + 5))), 0)
                run = [x for x in run if toks[x].sentence == toks[e].sentence]  # (د. ends a "sentence")
                if len(run) < 2 or not spaced(run[0], run[-1] + 1):
                    break
                out.append((run[0], run[-1] + 1, 0))
                f = run[-1] + 1
                if f + 1 < n and toks[f].text == "في":
                    f += 2  # فلان في واشنطن وفلان في بغداد
                if f < n and toks[f].text.startswith("و") and len(toks[f].text) > 3:
                    rest = _name_forward(toks, list(range(f, min(n, f + 5))), 0)
                    if len(rest) >= 2 and spaced(rest[0], rest[-1] + 1):
                        out.append((rest[0], rest[-1] + 1, 1))
                    break
                break
        elif t.text == "(" and k + 2 < n and toks[k + 1].is_number and toks[k + 2].text in _AGE and k >= 2:
            run = _name_back(toks, list(range(max(0, k - 5), k)))
            if len(run) >= 2 and not toks[run[0]].text.startswith("و") and spaced(run[0], run[-1] + 1):
                out.append((run[0], run[-1] + 1, 0))
    return out


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
    for k, e, skip in _credited(toks):
        words = " ".join(t.text for t in toks[k:e])
        if skip:
            words = words[skip:]
        a, b = toks[k].start + skip, toks[e - 1].end
        if not _plausible(text, toks, k, e - k) and not skip or not free(a, b):
            continue
        key = f"entity:{fold_spelling(words)}"
        display = text[a:b]
        people.setdefault(words.split()[-1], (key, display))
        spans.append((a, b))
        out.append(Mention(article.id, "entity", display, a, b, key, value=display,
                           why="a person named in a byline or credit"))
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
