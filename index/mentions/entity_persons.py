"""Persons as entities: everyone named after a title or role, and their surname alone.

The quotes' parser already reads who holds a role anywhere in the article (``وزير الخارجية
فؤاد حسين``، ``المتحدث باسم الجيش العميد نبيل عيتاني``، ``الرئيس عبد المجيد تبون``: see
quote_keys._role_holders) and who speaks; both become person entities here, keyed by the
name in the spelling search folds to (the speakers' key). A surname alone later or earlier
in the same article (``الزروق``، ``عيتاني``) is the person named in full, with their key.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from operator import attrgetter

from ..arabic.normalize import normalize
from ..arabic.variants import fold_spelling
from ..loader import Article
from .entity_bodies import _common_nouns
from .entity_links import forms, under_clitics
from .entity_words import STOP
from .model import Mention
from .quote_speakers import _name_back, _name_forward
from .quote_words import _LEXICON, _NAME_AL, _NAME_JOIN, _NOT_SPEAKERS, _ROLE_HEADS, _ROLES, _TITLES, _head, _is_al
from .tokens import Tok

# a "name" that is a preposition or a verb the role parser let through (على تولى …)
_NOT_FIRST = frozenset({"على", "إلى", "عن", "في", "من"})
_FUNCTION = frozenset(normalize(w) for w in "بكل لكل كل بعد قبل تأكيد بالتأكيد".split())
_NOT_PERSONS = frozenset(normalize(w) for w in "محرر محررة مراسل مراسلة قسم فريق وحدة مكتب".split())
_NAMES_WITH_YA = frozenset(normalize(w) for w in "يوسف يحيى ياسر يزيد يونس يعقوب ياسين يسرى يزن يمنى".split())


def _trimmed(texts: list[str], k: int, e: int) -> int:
    """The end of the name at k..e before a common noun after it (لافروف الملفات)."""
    for x in range(k + 1, e):
        w = texts[x]
        if (_common(w) or w.startswith("ال") and w.endswith("ات")) and texts[x - 1] not in _NAME_JOIN \
                and w not in _NAME_AL:  # (علاء الدين, عبد الله: ال inside a name)
            return x if x - k >= 2 else e
    return e


def _clitic_noun(rest: str) -> bool:
    """What follows ب/ل is a noun, not the rest of a name: a common noun or a verbal noun
    (انهاء، استئناف)."""
    return _common(rest) or rest[:1] == "ا" and rest.endswith(("اء", "ه")) and len(rest) >= 4


def _plausible(text: str, toks: list[Tok], k: int, n: int) -> bool:
    """The role parser's name is a name: no preposition first (على is علي normalised),
    no word under ب/ل (بإنهاء), no imperfect verb (يدلي)."""
    if text[toks[k].start:toks[k].end] in _NOT_FIRST:
        return False
    for t in toks[k:k + n]:
        w = t.text
        first = t is toks[k]
        if w[0] in "بل" and len(w) > 3 and not w.startswith("ال") and (
                first and w not in GIVEN_NAMES or _clitic_noun(w[1:])) or w in _FUNCTION:
            return False  # بإنهاء ملف، بصوته: a preposition and a noun (لافروف، بشار are names)
        if w[0] == "ي" and w not in _NAMES_WITH_YA or w.startswith("تت") or w in _NOT_PERSONS:
            return False  # يدلي، تتولى: a verb; محرر الشؤون: a desk
    return True


# Bylines and credits: "كتب: فلان الفلاني"، "إعداد د. فلان"، "حوار ــ فلان"، "تحرير فلان"،
# "تغطية صحفية فلان في واشنطن وفلان في بغداد"، "المذيع (فلان)"
_BYLINE = frozenset(normalize(w) for w in "كتب كتبت بقلم إعداد اعداد تحرير حوار تغطية مراسل مراسلة تصوير مقدم مقدمة "
                    "ضيف ضيفا ضيفة ضيوف".split())
_HOSTS = frozenset(normalize(w) for w in "المذيع المذيعة المقدم المقدمة المحاور المحاورة".split())  # (name)
_BYLINE_SKIP = frozenset({":", "-", "–", "—", "|", "/", "(", "د", ".", "صحفيه", "صحافيه", "الدكتور", "الدكتوره",
                          "الحلقه", "البرنامج"})  # مقدم الحلقة: فلان، ضيفا الحلقة: - فلان
_CREDIT_WORDS = _BYLINE | _HOSTS | {"("}
_AGE = frozenset(normalize(w) for w in "عاما عاماً سنة سنوات عام".split())


# Given names that are no common word (حسن "good", أمل "hope", علي "on", سلام "peace" are
# left out): one of these and a name after it is a person wherever it stands.
GIVEN_NAMES = frozenset(normalize(w) for w in """محمد أحمد حسين مصطفى يوسف إبراهيم خالد عمر عثمان طارق فؤاد هشام
وائل زياد أيمن أسامة مروان رامي سامر فادي جورج ميشال ميشيل نجيب فيصل عبدالله عبدالرحمن عبدالعزيز عبدالكريم
عبدالحميد عبدالمجيد عبدالفتاح عبدالرحيم عبدالحكيم عبدالسلام عبدالقادر عبدالوهاب عبدالهادي مهدي حيدر عباس جعفر
قاسم كاظم نوري إياد عدنان عماد سعد معن شوان برهم مسعود نيجيرفان مقتدى عمار همام فالح قيس ثامر
نبيه سمير جبران نواف فؤاد بهاء إلياس أنطوان شربل بطرس يحيى ياسر إسماعيل محمود
منصور سلمان بندر نايف مشعل تميم جاسم عبدالباسط هاكان سيرغي فلاديمير دميتري
جيمس جون ديفيد مايكل دونالد أنتوني أنطونيو إيمانويل بنيامين يائير إيتمار جاريد ستيفن لويد ماركو فرانسوا
كريستين أورسولا جوزيب هانا ستيفاني مارتن توم ريتشارد فاطمة مريم ريم ريما دينا رنا هالة ليلى سارة
زينب جويل رولا لينا ديما سوسن نادية سعاد رشا نسرين لمى شيماء عبد نزار غسان باسل بشار حازم حاتم حمزة
خضر سليمان شادي طلال عاطف عبير عصام علاء عمرو عوني غازي فراس فهمي قصي لؤي مازن مجدي محسن مهند موسى هاني
هيثم ياسين يونس إيهاب أنس بسام تامر جلال حسام رامز سامح صبري ضرغام عزت فتحي لطفي ماجد مصعب معتز منذر نوفل
يزن بثينة خديجة رانيا رغد سلمى سهى عائشة غادة لبنى نجلاء نهى ياسمين كامالا مارك بيتر روبرت توني بوريس أولاف
فيكتور ألكسندر جوزيف ناريندرا جاستن أنالينا ماري هانس فولكر أدريان""".split())


_BODY_WORDS = frozenset(normalize(w) for w in "لجنة هيئة وزارة مجلس حكومة مفوضية منظمة".split())
_GIVEN_ANY = GIVEN_NAMES | {"و" + w for w in GIVEN_NAMES}


def _common(word: str) -> bool:
    """A common noun (of the plurals table): عمر الطفل is a child's age, not a name."""
    return (word[2:] if word.startswith("ال") else word) in _common_nouns()


def _given_named(text: str, toks: list[Tok], texts: list[str], at: list[int]) -> list[tuple[int, int, int]]:
    """(start, end, clitic) of names that begin with a given name (محمد حمدان دقلو)."""
    out = []
    n = len(toks)
    after = 0
    for k in at:
        if k < after:
            continue
        w = texts[k]
        skip = 1 if w[:1] == "و" and w[1:] in GIVEN_NAMES else 0
        if w in GIVEN_NAMES or skip:
            run = _name_forward(toks, list(range(k, min(n, k + 5))), 0)
            if skip:
                run = [k] + _name_forward(toks, list(range(k + 1, min(n, k + 5))), 0) if run[:1] != [k] else run
            for cut, x in enumerate(run[1:], 1):  # سيرغي لافروف الملفات: the name ends before a common noun
                w = toks[x].text
                if (_common(w) or w.startswith("ال") and w.endswith("ات")) and toks[x - 1].text not in _NAME_JOIN:
                    run = run[:cut]
                    break
            if len(run) >= 2 and run[0] == k and all(toks[x].sentence == toks[k].sentence for x in run) \
                    and all(toks[x + 1].start - toks[x].end <= 1 for x in run[:-1]):
                out.append((k, run[-1] + 1, skip))
                after = run[-1] + 1
    return out


def _credited(toks: list[Tok], texts: list[str], at: list[int]) -> list[tuple[int, int, int]]:
    """(start, end, clitic) of names in bylines and credits, and of a person whose age
    follows in brackets (أحمد الشلالدة (17 عاماً))."""
    out = []
    n = len(toks)

    def spaced(a: int, b: int) -> bool:  # only spaces between the tokens a..b-1 (no | or line break)
        return all(toks[x + 1].start - toks[x].end <= 1 and toks[x + 1].sentence == toks[x].sentence
                   for x in range(a, b - 1))

    for k in at:
        t = toks[k]
        head_of_line = k == 0 or toks[k - 1].sentence != t.sentence or toks[k - 1].text in ("-", "(", "/", ":", "،")
        byline = t.text in _BYLINE and head_of_line and (
            t.text != "تغطيه" or k + 1 < n and toks[k + 1].text in ("صحفيه", "صحافيه"))
        if byline or t.text in _HOSTS and k + 1 < n and toks[k + 1].text == "(":
            e = k + 1
            while e < n and toks[e].text in _BYLINE_SKIP and e - k < 5:
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


def _same(toks: list[Tok], a: int, b: int) -> bool:
    """Tokens a < b in one sentence, a full stop after an initial (د. خالد) ending none."""
    if toks[a].sentence == toks[b].sentence:
        return True
    if toks[b].sentence != toks[a].sentence + 1:
        return False
    x = b
    while toks[x - 1].sentence == toks[b].sentence:
        x -= 1
    dot = x - 1  # the token that ended a's sentence
    return toks[dot].text == "." and dot >= 1 and len(toks[dot - 1].text) == 1 and toks[dot - 1].text.isalpha()


_ROLE_START: dict[str, bool] = {}  # word -> it starts a role phrase (asked of every word: memo)


def _role_start(w: str) -> bool:
    found = _ROLE_START.get(w)
    if found is None:
        if len(_ROLE_START) >= 200_000:
            _ROLE_START.clear()
        found = _ROLE_START[w] = _head(w) in _ROLE_HEADS and not (w.startswith("ال") and w not in _TITLES)
    return found


_FLAGS: dict[str, int] = {}  # word -> what may begin at it: a role 1, a credit 2, a given name 4


def person_flags(w: str) -> int:
    """What may begin at the word: a role 1, a credit 2, a given name 4 (0 for most)."""
    return (1 if _role_start(w) else 0) | (2 if w in _CREDIT_WORDS else 0) | (4 if w in _GIVEN_ANY else 0)


def _flags(texts: list[str]) -> list[tuple[int, int]]:
    """(position, flags) of the words where a person may be named (most words: none),
    each word classified once (bounded memo), the positions found at C speed."""
    if len(_FLAGS) >= 200_000:
        _FLAGS.clear()
    got = list(map(_FLAGS.get, texts))
    if None in got:  # words not seen before
        for k, f in enumerate(got):
            if f is None:
                w = texts[k]
                got[k] = _FLAGS[w] = ((1 if _role_start(w) else 0) | (2 if w in _CREDIT_WORDS else 0)
                                      | (4 if w in _GIVEN_ANY else 0))
    return [(k, f) for k, f in enumerate(got) if f]


def _titled(toks: list[Tok], texts: list[str], entity_starts: frozenset, at: list[int]) -> list[tuple[int, int, bool]]:
    """(start, end, titled) of people named after a role or title: وزير المالية الدكتور نبيل
    عيتاني، رئيس اللجنة الوطنية لشؤون الأسرى، عبدالله يحيى الشامي (the quotes' reading of role
    holders, quote_keys._role_holders, visiting only the words that start a role, ``at``)."""
    n = len(toks)
    out = []
    for k in at:
        e = k + 1
        while e < n and e - k < 8 and _same(toks, k, e) and (
                _is_al(texts[e]) or texts[e] in _ROLES or texts[e] in _TITLES
                or texts[e][0] == "ل" and texts[e][1:] in _LEXICON):
            e += 1
        if e < n and texts[e] == "," and e > k + 1:
            e += 1
        if e < n and texts[e] == "." and texts[e - 1] == "د":
            e += 1  # الخبير الاقتصادي د. فلان
        titled = any(texts[x] in _TITLES for x in range(k, e))
        while e < n and texts[e] in _TITLES:
            e += 1
        if e == k + 1 and not titled:
            continue
        run = [x for x in _name_forward(toks, list(range(e, min(n, e + 5))), 0) if _same(toks, k, x)]
        while len(run) > 2 and toks[run[0]].start in entity_starts:
            run = run[1:]  # محافظ نينوى عبد القادر فلان: the place the role is of
        if len(run) >= 2 or (run and titled):
            out.append((run[0], run[-1] + 1, titled))
    return out


class _Taken:
    """Character spans already mentioned, sorted: a new one is taken only where none is."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)

    def free(self, a: int, b: int) -> bool:
        k = bisect_left(self.spans, (b,))
        return not any(s < b and a < e for s, e in self.spans[max(0, k - 8):k])

    def add(self, a: int, b: int) -> None:
        insort(self.spans, (a, b))


_text_of = attrgetter("text")
_sentence_of = attrgetter("sentence")


_SEGMENT_MARKS = frozenset({"/", "|", ":", "-", "–", "—"})


def _header_names(toks: list[Tok], texts: list[str]) -> list[tuple[int, int, int]]:
    """(start, end, 0) of a writer's name standing alone in the article's header lines,
    after a place and a colon or between slashes: "بغداد: علي موفق الربيعي"،
    "رأي / زياد منصور / السبت 14 شباط 2026"."""
    out = []
    n = len(toks)
    head = bisect_left(toks, 12, key=_sentence_of)  # the header's lines (tokens are in sentence order)
    for k in [k for k in range(1, head) if texts[k - 1] in ("/", "|", ":")]:
        if toks[k - 1].sentence != toks[k].sentence or not texts[k][:1].isalpha():
            continue
        e = k
        while e < n and e - k <= 4 and toks[e].sentence == toks[k].sentence and texts[e] not in _SEGMENT_MARKS:
            e += 1
        closed = e >= n or toks[e].sentence != toks[k].sentence or texts[e] in _SEGMENT_MARKS
        if not (closed and 2 <= e - k <= 4):
            continue
        run = _name_forward(toks, list(range(k, min(n, k + 5))), 0)
        if run == list(range(k, e)) and not any(
                w in _NOT_SPEAKERS or _common(w) and texts[x - 1] not in _NAME_JOIN
                for x, w in zip(range(k, e), texts[k:e], strict=True)):
            out.append((k, e, 0))
    return out


def person_mentions(article: Article, toks: list[Tok], mentions: list[Mention]) -> list[Mention]:
    text = article.text
    if not toks:
        return []
    from .entities import LAST

    if LAST[0] is toks:  # find_entities classified these words already
        texts, flagged = LAST[1], LAST[2]
    else:
        texts = list(map(_text_of, toks))
        flagged = _flags(texts)
    taken = _Taken([(m.start, m.end) for m in mentions if m.kind in ("entity", "date", "figure")])
    entity_starts = frozenset(m.start for m in mentions if m.kind == "entity")
    out: list[Mention] = []
    people: dict[str, tuple[str, str]] = {}  # surname (normalised) -> (key, display)

    quoted = [m for m in mentions if m.kind == "entity" and m.why == "a person quoted in the article"]
    for m in quoted:  # the speakers extract.py made entities (a surname only if it is a name:
        # no adjective or body, as the quotes' "أرقام اللجنة" has)
        s = normalize(m.value.split()[-1])
        if len(m.value.split()) >= 2 and not s.endswith("يه") and s[2:] not in _BODY_WORDS:
            people.setdefault(s, (m.key, m.value))
    roles, credits, given = ([k for k, f in flagged if f & bit] for bit in (1, 2, 4))
    found = [(k, e, 0, "a person named after a title or role")
             for k, e, _t in _titled(toks, texts, entity_starts, roles)]
    found += [(k, e, skip, "a person named in a byline or credit")
              for k, e, skip in _credited(toks, texts, credits) + _header_names(toks, texts)]
    found += [(k, e, skip, "a person named by a given name and a family name")
              for k, e, skip in _given_named(text, toks, texts, given)]
    # names in full first: a title with the surname alone (الوزير عيتاني) is the person named in full
    for k, e, skip, why in sorted(((k, _trimmed(texts, k, e), skip, why) for k, e, skip, why in found),
                                  key=lambda f: f[0] + 1 >= f[1]):
        words = " ".join(texts[k:e])
        if skip:
            words = words[skip:]
        a, b = toks[k].start + skip, toks[e - 1].end
        if not skip and not _plausible(text, toks, k, e - k) or not taken.free(a, b):
            continue
        key, display = f"entity:{fold_spelling(words)}", text[a:b]
        if e - k >= 2:
            people.setdefault(words.split()[-1], (key, display))
            value = display
        else:
            key, value = people.get(words, (key, display))
        taken.add(a, b)
        out.append(Mention(article.id, "entity", display, a, b, key, value=value, why=why))
    surnames = {s: v for s, v in people.items() if len(s) >= 4}
    if not surnames:
        return out
    for m in quoted:  # a speaker named by the surname alone (عيتاني: …) is the person named in full
        alone = normalize(m.value)
        if " " not in alone and alone in surnames:
            m.key, m.value = surnames[alone]
    written = under_clitics(surnames)
    for k in [k for k, w in enumerate(texts) if w in written]:
        t = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sentence == t.sentence else None
        if nxt is not None and not t.text.startswith("ال") and nxt.text.startswith("ال") and nxt.text not in STOP:
            continue  # مصطفى الكاظمي: a given name before a family name, not the surname alone
        for f, skip in forms(t.text):
            if f in surnames:
                a, b = t.start + skip, t.end
                if taken.free(t.start, b):
                    key, display = surnames[f]
                    taken.add(a, b)
                    out.append(Mention(article.id, "entity", text[a:b], a, b, key, value=display,
                                       why=f"the surname of {display}, named in full in the article"))
                break
    return out
