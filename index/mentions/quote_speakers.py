"""Who speaks: the speaker parsed from the words where one stands (after the verb, before
it, after "according to"), a person's name kept apart from their titles and roles, an
unnamed source keeping its description."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..arabic.normalize import is_diacritic
from .quote_words import (
    _ADJUNCT_NOUNS,
    _ANON,
    _BODIES,
    _BODY_HEADS,
    _CLAUSE_WORDS,
    _COMP,
    _CUT_WORDS,
    _DOCUMENTS,
    _LEXICON,
    _NAME_AL,
    _NAME_JOIN,
    _NOT_NAMES,
    _ORGS,
    _OUTLET_AFTER_L,
    _OUTLETS_AL,
    _PARTICIPLES,
    _PERIODS,
    _PORTFOLIOS,
    _PREPOSITIONS,
    _QUOTE_CLOSE,
    _QUOTE_OPEN,
    _REPORTERS,
    _ROLE_HEADS,
    _ROLES,
    _SPEAKER_HEADS,
    _STOP,
    _TIME,
    _TITLES,
    _VERBS,
    _adjective,
    _bare,
    _head,
    _is_al,
    _is_word,
    _purpose_l,
)
from .tokens import Tok

_ROLE_NOUNS = {_head(w) for w in _ROLES}  # role nouns proper, not honorifics (الحاج)
_AUTHORED = {"تقديرات", "تقارير", "معلومات", "بيانات", "ارقام"}
_KAN = {"كان", "كانت", "كانوا", "كانتا"}
_ACCORDING_TO = {"بحسب", "حسب", "وفق", "وفقا", "طبقا", "حسبما", "بحسبما", "كما"}
_QUANTITIES = {"الكثير", "القليل", "كثيرا", "الكثيره", "شيؤا", "شيئا"}
_COUNTS = {"اثنان", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "عده", "بضعه"}
_DEPUTIES = {"نائب", "عضو"}
_OFFICIAL = {"مسؤول", "مسؤوله", "مسئول", "مسئوله"}


def _in_charge_of(w: str) -> bool:
    """The noun after مسؤول names what the official is in charge of (ملف، الإعلام، العلاقات):
    a noun in construct, not an adjective (أمني، كبير، رفيع) nor a preposition (في، من)."""
    if w in ("ملف", "قسم", "دائره", "شعبه", "وحده"):
        return True
    return _is_al(w) and not _adjective(w) and not w.startswith("لل")
_HELD_ROLES = {"رئيس", "رئيسه", "وزير", "وزيره", "مدير", "مديره", "قائد", "امين", "محافظ", "مساعد"}

if TYPE_CHECKING:
    from .quote_article import _Article


def _name_word(w: str) -> bool:
    return (w[0].isalpha() and len(w) >= 2 and w not in _STOP and w not in _ROLES
            and w not in _TITLES and w not in _NOT_NAMES and _bare(w) not in _ANON
            and not w.endswith(("يون", "يين"))  # أميركيون: a nationality, not a name
            and not (w[0] in "لب" and w[1:] in _LEXICON)  # لشؤون: a role's complement
            and not (w[0] == "ب" and w.endswith(("ته", "تها", "تهم")))  # بصوته، بزيارته: a verb's complement
            and _bare(w) not in _VERBS)  # وشدد: a verb of saying with its و, no given name


def _masdar(w: str) -> bool:
    """A verbal noun with ال (التأكيد، الاستعداد، الإفراج، التوصل), the object after a name,
    never a family name (those end in ي: التميمي، الأنصاري)."""
    return w.startswith(("الت", "الاست", "الان", "الا")) and not w.endswith(("ي", "يه"))


def _genitive_l(w: str, nxt: str) -> bool:
    """ل and a verbal noun before an ال-word (لتنسيق الشؤون، لإغاثة اللاجئين، لاستعادة الأموال):
    what a body is for, the end of its name, never a person's given name."""
    return len(w) >= 5 and w[0] == "ل" and w[1] in "تا" and _is_al(nxt)


def _name_forward(toks: list[Tok], idx: list[int], p: int) -> list[int]:
    """The name starting at idx[p] (after a title): given name, then up to three more
    words, the family name possibly with ال (اللواء عماد الربيعي المتحدث …)."""
    out: list[int] = []
    while p < len(idx) and len(out) < 4:
        w = toks[idx[p]].text
        if not out and _genitive_l(w, toks[idx[p + 1]].text if p + 1 < len(idx) else ""):
            break
        nxt = toks[idx[p + 1]].text if p + 1 < len(idx) else ""
        if w in _TIME and not _time_as_name(w, nxt) or not out and _imperfect(w, nxt):
            break  # الوزير صباح اليوم، رئيس الوزراء يدلي بصوته: a time or a verb, not a name
        if not out and len(w) >= 3 and w.endswith("ا") and len(nxt) >= 3 and nxt.endswith("ا"):
            break  # وفداً أمريكياً: an object and its adjective, both accusative, no name
        if not _name_word(w) and not (w == "علي" and nxt and _name_word(nxt) and (
                not out or _is_al(nxt) and nxt.endswith("ي") and not _masdar(nxt))):
            break  # علي is على normalised, and a given name before another name (حسين علي الفتلاوي)
        if _is_al(w) and w not in _NAME_AL:
            if not out or _masdar(w):
                break
            prev = toks[out[-1]].text
            out.append(idx[p])
            if prev not in _NAME_JOIN:
                break  # a family name with ال ends the name
        else:
            out.append(idx[p])
        p += 1
    while out and toks[out[-1]].text in _NAME_JOIN:
        out.pop()
    return out


def _name_back(toks: list[Tok], idx: list[int]) -> list[int]:
    """A name ending the words idx (وزير الخارجية فؤاد حسين): None-empty only when the
    words before it are a role."""
    k = len(idx)
    start = None
    while k > 0 and len(idx) - k < 4:
        w = toks[idx[k - 1]].text
        prev = toks[idx[k - 2]].text if k >= 2 else ""
        if not _name_word(w):
            break
        if _is_al(w) and w not in _NAME_AL and not (k == len(idx) or prev in _NAME_JOIN):
            break
        start = k - 1
        k -= 1
    if start is None:
        return []
    if start == 1 and toks[idx[0]].text == "علي" and len(idx) - start < 4:
        start = 0  # ، علي حسن فلان،: the given name علي, not the preposition
    if _genitive_l(toks[idx[start]].text, toks[idx[start + 1]].text if start + 1 < len(idx) else ""):
        return []  # هيئة الأمم المتحدة لإغاثة المنكوبين: what the body is for
    if start > 0 and toks[idx[start - 1]].text in ("من", "في"):
        if len(idx) - start - 2 < 2:
            return []  # أم رامي من مخيم الجلزون: a place the speaker is from
        start += 2  # … في محافظة درعا أحمد الحريري: a place (noun and name), then a person's name
        return idx[start:]
    if start > 0 and _bare(toks[idx[start - 1]].text) in _BODY_HEADS:
        if len(idx) - start < 3:
            return []  # إقليم كردستان العراق: what a body in construct names is no person
        start += 1  # في محافظة درعا أحمد الحريري: the body's place, then a person's name
    w = toks[idx[start]].text
    if start > 0 and len(w) > 3 and w[0] == "ل" and not w.startswith("لل") and _is_al(toks[idx[start - 1]].text) \
            and start + 1 < len(idx) and _is_al(toks[idx[start + 1]].text):
        return []  # المرصد السوري لحقوق الإنسان: a body's genitive, no person
    while start < len(idx) and (_is_al(toks[idx[start]].text) or toks[idx[start]].text.endswith("يه")):
        start += 1
    return idx[start:]


class _Speaker:
    """The speaker parsed from the words where a speaker stands."""

    def __init__(self, text: str, start: int | None, end: int | None, name: str, anonymous: bool,
                 person: bool, display: str = "", roles: frozenset = frozenset()):
        self.text, self.start, self.end = text, start, end
        self.roles = roles  # the role nouns written with a person's name (ناطق، وزير)
        self.name, self.anonymous, self.person = name, anonymous, person
        self.display = display or _plain(text)
        self.parent = None


def _imperfect(w: str, nxt: str) -> bool:
    """A present-tense verb after a role (رئيس الوزراء يدلي بصوته), not a given name: يـ/تـ
    and a preposition or a ب/ل-word after it (names are followed by names)."""
    return len(w) >= 4 and w[0] in "يت" and (nxt in _PREPOSITIONS or len(nxt) > 3 and nxt[0] in "بل"
                                              and not nxt.startswith("بن"))


def _time_as_name(w: str, nxt: str) -> bool:
    """صباح النعمان: صباح (morning) is a given name before a family name with ال that no time
    word is (صباح اليوم، صباح الأحد are times)."""
    return w == "صباح" and _is_al(nxt) and nxt not in _TIME and nxt[2:] not in _TIME and nxt not in _PERIODS


def _pieces(art: _Article, a: int, b: int) -> list[list[int]]:
    """The comma-separated pieces of toks[a:b] as token indices, brackets left out and
    adjuncts (لـ«النهار»، في بيان، اليوم، عبر الهاتف، طلب عدم ذكر اسمه) cut off, with
    nothing after an adjunct: what is left names the speaker."""
    toks = art.toks
    out: list[list[int]] = []
    cur: list[int] = []
    depth = 0
    k = a
    while k < b:
        w = toks[k].text
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif depth:
            pass
        elif w in (",", "-", "–"):
            if cur:
                out.append(cur)
            cur = []
        elif w in ("«", "»", '"', "“", "”", "."):
            pass
        else:
            nxt = toks[k + 1].text if k + 1 < b else ""
            if (w == "ل" or w in _TIME and not _time_as_name(w, nxt) or w in _CUT_WORDS or w == "عدم"
                    or w in _PARTICIPLES
                    or cur and w in _VERBS  # مسؤول تحدث شرط …: a relative clause, not the name
                    or (w in ("في", "خلال", "ضمن", "اثناء", "عقب", "ب") and (
                        _bare(nxt) in _ADJUNCT_NOUNS or nxt[2:] in _ADJUNCT_NOUNS or nxt in _TIME
                        or _unsuffixed(nxt) in _ADJUNCT_NOUNS
                        or nxt in _PERIODS))
                    or (w[0] == "ل" and not w.startswith("لل") and len(w) > 3 and w[1:] in _OUTLET_AFTER_L)
                    or (w[0] == "ل" and not w.startswith("لل") and len(w) > 4 and cur and len(cur) >= 2
                        and (k + 1 >= b or toks[k + 1].text == ",") and w[1:] not in _LEXICON
                        and not _is_al(w[1:]) and _head(toks[cur[0]].text) in _ANON)  # مصدر في الوزارة لرووداو
                    or (w.startswith("لل") and cur and "ال" + w[2:] in _OUTLETS_AL)
                    or (w[0] == "ل" and not cur and not w.startswith("لل") and out)):
                if cur:
                    out.append(cur)
                return out
            cur.append(k)
        k += 1
    if cur:
        out.append(cur)
    return out


def _unsuffixed(w: str) -> str:
    """تقريرها -> تقرير، بيانه -> بيان: a noun without its possessive pronoun."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)]
            # كلمته -> كلمة (ت before the pronoun is the ة), تصريحاته -> تصريحات
            return stem[:-1] + "ه" if stem.endswith("ت") and stem[-2] != "ا" else stem
    return w


def told_or_about(w: str) -> bool:
    """The word right after a speech verb says whom it was told to or what about (وأضاف
    للصحفيين، للجزيرة نت، رحّبت بقرار …), not who speaks."""
    return len(w) > 4 and (w.startswith("لل") and w not in _LEXICON or w[0] == "ب" and (
        w[1:3] == "ال" or _head(w[1:]) in _SPEAKER_HEADS))


def _titled(toks: list[Tok], piece: list[int]) -> bool:
    return any(toks[k].text in _TITLES for k in piece)


def _accusative(w: str) -> str:
    """مسؤولاً -> مسؤول: an unnamed source keyed the same in any case."""
    return w[:-1] if w.endswith("ا") and w[:-1] in _ANON else w


def _parse_speaker(art: _Article, a: int, b: int) -> _Speaker | None:
    toks = art.toks
    pieces = _pieces(art, a, b)
    if not pieces or toks[pieces[0][0]].text in _QUANTITIES:
        return None  # تقول الكثير عن …: what is said, not who says it
    first = pieces[0]
    head = toks[first[0]].text if toks[first[0]].text in _ANON else _bare(toks[first[0]].text)
    if head not in _ANON and head[0] == "ل" and head[1:] in _ANON:  # وفقاً لمصادر
        head = head[1:]
    if head in _COUNTS and len(first) > 1 and _bare(toks[first[1]].text) in _ANON:
        head = _bare(toks[first[1]].text)  # أربعة مصادر عراقية، عدة مسؤولين: unnamed all the same
    anonymous = head in _ANON and not _is_al(toks[first[0]].text)
    if anonymous and head in _OFFICIAL and len(first) > 1 and _in_charge_of(toks[first[1]].text):
        anonymous = False  # مسؤول ملف الأسرى في الحركة، مسؤول الإعلام: in charge of something named
    if anonymous and head in _DEPUTIES and len(first) > 1 and _head(toks[first[1]].text) in _HELD_ROLES:
        anonymous = False  # نائب رئيس الوزراء، عضو مجلس الإدارة: a role, not an unnamed MP
    if anonymous and head in _AUTHORED and len(first) > 1 and (
            _is_al(toks[first[1]].text) or _head(toks[first[1]].text) in _BODY_HEADS
            or toks[first[1]].start in art.entity_starts):  # تقديرات صندوق النقد الدولي
        anonymous = False  # تقديرات وزارة التخطيط: a document with its author, not an unnamed source
    if anonymous:  # عضو لجنة الأمن، النائب ياسر فلان،: the member is named after all
        for n, piece in enumerate(pieces):  # عضو اللجنة العسكرية اللواء فلان الفلاني، or after a comma
            titles = [p for p, k in enumerate(piece) if toks[k].text in _TITLES]
            run = _name_forward(toks, piece, titles[-1] + 1) if titles else []
            if not titles and n > 0 and 2 <= len(piece) <= 4:
                run = _name_forward(toks, piece, 0)  # عضو لجنة الأمن في البرلمان، ريبوار حسن سليم،
                run = run if len(run) == len(piece) else []
            if len(run) >= 2:
                anonymous = False
                break
    body = head in _BODY_HEADS or _head(head) in _BODIES or head in _ORGS or _head(head) in _DOCUMENTS
    if not anonymous and not body:
        # the words of the role phrases (وزير الخارجية): a role is linked to the person
        # named with the same role, not any minister
        roles = frozenset(_head(toks[k].text) for p in pieces
                          if any(_head(toks[k].text) in _ROLE_HEADS for k in p) for k in p)
        for n, piece in [(n, p) for n, p in enumerate(pieces) if _titled(toks, p)] + list(enumerate(pieces)):
            run: list[int] = []
            titles = [p for p, k in enumerate(piece) if toks[k].text in _TITLES]
            if titles:
                p = titles[0]
                while p < len(piece) and toks[piece[p]].text in _TITLES:
                    p += 1
                if p < len(piece) and _is_al(toks[piece[p]].text) and toks[piece[p]].text[2:] in art.surnames:
                    run = [piece[p]]  # السفير الطاهري: a title and the surname of one named before
                while not run and p < len(piece) and _is_al(toks[piece[p]].text) \
                        and toks[piece[p]].text.endswith("ي"):
                    p += 1  # الرئيس الأمريكي دونالد ترامب
                run = run or _name_forward(toks, piece, p)
            if not run:
                run = _name_back(toks, piece)
                whole = run and run[0] == piece[0]
                if whole and n == 0 and (head in _ROLE_HEADS or head in _ROLES) or len(run) < 2:
                    run = []
            while len(run) > 2 and toks[run[0]].start in art.entity_starts:
                run = run[1:]  # محافظ نينوى عبد القادر فلان: the place the role is of
            if len(run) > 2 and toks[run[-1]].start in art.entity_starts:
                run = run[:-1]  # زار الوزير فؤاد حسين طهران: the place visited, no part of the name
            if run:
                a0, b0 = toks[run[0]].start, toks[run[-1]].end
                name = " ".join(toks[k].text for k in run)
                return _Speaker(art.text[a0:b0], a0, b0, name, False, True, roles=roles)
    s, e = first[0], first[-1] + 1
    if len(first) > 12:
        return None
    a0, b0 = art.span_of(s, e)
    words = [toks[k].text for k in first if _is_word(toks[k]) or toks[k].text.isdigit()]
    if not words:
        return None
    if anonymous:
        words[0] = _accusative(words[0])
    if _head(words[0]) != words[0] and _head(words[0]) in _SPEAKER_HEADS and art.text[a0] in "وف" \
            and not words[0].startswith("ال"):
        words[0] = _bare(words[0])  # ونواب يطالبون: the conjunction is no part of the source
        a0 += 1
    return _Speaker(art.text[a0:b0], a0, b0, " ".join(words), anonymous, False)


def _apposed_subject(art: _Article, k: int, i: int) -> int:
    """``والسفير فلان، مساعد وزير الخارجية، قال إن``: a subject whose role stands between
    commas after the name starts at the sentence's start, when the role piece (k..i) is a
    role and nothing before its comma is a verb; else k."""
    toks = art.toks
    if k < 2 or toks[k - 1].text != "," or _head(toks[k].text) not in _ROLE_HEADS:
        return k
    s0 = art.sentence_start(i)
    while s0 < k and not _is_word(toks[s0]):
        s0 += 1
    if k - 1 - s0 < 2 or k - 1 - s0 > 8 or art.para[s0] != art.para[i]:
        return k
    words = [toks[x].text for x in range(s0, k - 1)]
    if any(w in _VERBS or _bare(w) in _VERBS or w in (",", ":", "؛") or w in _COMP for w in words):
        return k
    first = _bare(words[0])
    return s0 if first in _TITLES or _head(first) in _ROLE_HEADS else k


def _subject_before(art: _Article, i: int) -> _Speaker | None:
    toks = art.toks
    if i > 1 and toks[i - 1].text in ("قد", "لقد"):  # وكانت الحكومة قد أعلنت، الحكومة كانت قد أعلنت
        i -= 1
        if _bare(toks[i - 1].text) in _KAN:
            i -= 1
        else:
            kan = next((k for k in range(i - 1, max(-1, i - 20), -1) if _bare(toks[k].text) in _KAN), None)
            if kan is not None and art.same(kan, i) and kan + 1 < i:
                head = _head(toks[kan + 1].text)
                if head in _SPEAKER_HEADS or toks[kan + 1].text in _SPEAKER_HEADS \
                        or toks[kan + 1].start in art.entity_starts:  # فصائل: no conjunction ف
                    return _parse_speaker(art, kan + 1, i)
            return None
    k = i
    while k > 0 and art.same(k - 1, i) and i - k < 16 and art.para[k - 1] == art.para[i]:
        w = toks[k - 1].text
        if w in (",", ":", "؛") or w in _COMP or w in ("غير", "فيما", "بينما", "لكن", "كما", "حين",
                                                      "اذ", "بعدما", "و", "ثم", "حيث", "التي", "الذي",
                                                      "الذين") or w in _VERBS \
                or _bare(w) in _CLAUSE_WORDS:  # وكانت الحصيلة قد أشارت: كانت, قد
            break
        k -= 1
    if k == i and i >= 3 and toks[i - 1].text == ",":  # …، مساعد وزير الخارجية، قال
        c2 = next((x for x in range(i - 2, max(-1, i - 12), -1) if toks[x].text in (",", ".", ":", "؛")), None)
        if c2 is not None and toks[c2].text == "," and c2 + 1 < i - 1 and art.same(c2, i) \
                and _bare(toks[c2 + 1].text) in _ACCORDING_TO:
            return _subject_before(art, c2)  # الوفد، بحسب ما نُقل، أصرّ: past the source of the report
        if c2 is not None and toks[c2].text == "," and c2 + 1 < i - 1 and art.same(c2, i):
            k = _apposed_subject(art, c2 + 1, i)
            if k < c2:
                return _parse_speaker(art, k, i - 1)
        return None
    if k == i:
        return None
    k = _apposed_subject(art, k, i)
    h = k + 1 if toks[k].text in _QUOTE_OPEN and k + 1 < i else k  # «الأونروا» تحذر
    head = _head(toks[h].text)
    w0 = _bare(toks[h].text)
    if not (head in _SPEAKER_HEADS or toks[h].text in _SPEAKER_HEADS or w0 in _PORTFOLIOS
            or toks[h].start in art.entity_starts
            or w0 != toks[h].text and toks[h].start + 1 in art.entity_starts  # وطهران قالت
            or h > k or w0 in art.surnames or _is_al(w0) and w0[2:] in art.surnames):
        return None  # only a source, a body, a role or a named entity (or a quoted name) says something
    if not _is_word(toks[k]) and toks[k].text not in _QUOTE_OPEN:
        return None
    if k > 0 and art.same(k - 1, i) and art.para[k - 1] == art.para[i] and toks[k - 1].text not in (
            ",", "غير", "فيما", "بينما", "لكن", "و", "ثم", "حيث") and toks[k - 1].text not in _COMP:
        return None
    sp = _parse_speaker(art, k, i)
    if sp is not None and h == k and i == k + 1 and w0 != toks[k].text and w0 in art.surnames:
        sp.text, sp.start, sp.name = sp.text[1:], sp.start + 1, w0  # ورفعت قال: the conjunction is no part
    return sp


class _Unshown(dict):
    """str.translate table, filled as characters are met: harakat, tatweel and quotation
    marks map to None (dropped), every other character to itself."""

    def __missing__(self, cp: int):
        ch = chr(cp)
        self[cp] = None if is_diacritic(ch) or ch in "«»\"“”" else cp
        return self[cp]


_UNSHOWN = _Unshown()


def _plain(text: str) -> str:
    """A name as shown: harakat, tatweel and quotation marks gone, spaces single."""
    return " ".join(text.translate(_UNSHOWN).split())


def not_a_speaker(art: _Article, a: int, sp: _Speaker) -> bool:
    """The noun after a verb of calling or warning that cannot be who speaks: the people
    addressed (العراقيين، المواطنين، ذويهم), a plural or possessed common noun that is no
    source, body, role, name or entity. Such a verb's subject stands before it."""
    if sp.person or sp.anonymous:
        return False
    toks = art.toks
    w = toks[a].text
    if _head(w) in _SPEAKER_HEADS or _bare(w) in _PORTFOLIOS or toks[a].start in art.entity_starts:
        return False
    plural = _is_al(w) and len(w) >= 8 and w.endswith("ين")  # the oblique: an object, never a subject
    possessed = len(w) > 4 and w.endswith(("هم", "هن", "هما", "كم")) and _head(w[:-2]) not in _SPEAKER_HEADS
    return plural or possessed


def subject_end(art: _Article, h: int, stop: int) -> int | None:
    """Where the subject starting at token h ends (before stop), when it names someone who
    speaks: a body or source with its genitives and adjectives (مجلس مفوضي الهيئة المستقلة
    للانتخاب، مصدر أمني جهوي، وكالات الإغاثة), a role with its holder (الناطق باسم الهيئة
    محمد فلان) or a known surname (الشامي). What follows is the verb's object."""
    toks = art.toks
    if h >= stop:
        return None
    w = toks[h].text
    if w in ("»", "”"):
        return None
    if w in _QUOTE_OPEN:  # «الأونروا»: a quoted name
        e = next((k for k in range(h + 1, min(stop, h + 6)) if toks[k].text in ("»", '"', "”")), None)
        return e + 1 if e is not None and e > h + 1 else None
    head = _head(w)
    if not (head in _SPEAKER_HEADS or w in _SPEAKER_HEADS or head[:-1] in _ROLE_NOUNS and head[-1] == "ه"
            or _bare(w) in _PORTFOLIOS
            or toks[h].start in art.entity_starts
            or (h + 1 < stop and toks[h + 1].start in art.entity_starts and not _is_al(w))
            or (_is_al(w) and w[2:] in art.surnames)):
        return None
    k = h + 1
    roles = head in _ROLE_HEADS or head in _REPORTERS
    definite = _is_al(w)
    while k < stop:
        x = toks[k].text
        prev = toks[k - 1].text
        if x in _QUOTE_OPEN:  # مراسل «التغيير» (a name in quotes, more follows), not a quotation
            e = next((j for j in range(k + 1, min(stop, k + 5)) if toks[j].text in ("»", '"', "”")), None)
            if e is None or e + 1 >= stop or toks[e + 1].text in (".", ",", "؛", "!", "؟"):
                break
            k = e + 1
            continue
        if x == "باسم" or x in _TITLES or _head(x) in _ROLE_HEADS and not _is_al(x):
            roles = True
            k += 1
            continue
        if _is_al(x):
            if (_adjective(x) or x.startswith("لل") or x[2:] in _LEXICON
                    or len(x) == 6 and x[3] == "ا" and x[5] == "ه"
                    or not _is_al(prev) and prev not in _QUOTE_CLOSE or prev == "باسم"
                    or x[0] == "و" and _is_al(prev) or toks[k].start in art.entity_starts):
                k += 1
                continue
            break
        if x[0] == "ل" and len(x) > 3 and (x.startswith("لل") or x[1:] in _LEXICON
                                           or k + 1 < stop and _purpose_l(x, toks[k + 1].text)):
            k += 1  # للانتخاب، لشؤون، لمكافحة الفساد: a genitive with ل
            continue
        if len(x) > 3 and x[0] == "و" and x[1:] in _LEXICON:
            k += 1  # وشؤون المصريين: a coordinated genitive
            continue
        if x in ("لدي", "في") and roles and k + 1 < stop and _is_word(toks[k + 1]) and toks[k + 1].text not in _STOP \
                and (x == "لدي" or _head(toks[k + 1].text) in _BODY_HEADS or toks[k + 1].start in art.entity_starts):
            k += 2  # سفير الاتحاد الأوروبي لدى الأردن، رئيس الدائرة في محافظة درعا: where the post is held
            continue
        if not _is_al(prev) and prev not in _QUOTE_CLOSE and not _adjective(prev) and (
                x in _LEXICON or _head(x) in _LEXICON or (
                k == h + 1 and head in _BODY_HEADS and k + 1 < stop and _is_al(toks[k + 1].text))):
            k += 1  # هيئة شؤون الأسرى: a construct of body nouns
            continue
        if not definite and k == h + 1 and _adjective(x) and _is_word(toks[k]):
            definite = None  # an indefinite head's adjectives (مصدر أمني جهوي)
            k += 1
            continue
        if definite is None and _adjective(x) or (not _is_al(prev) and not definite and k == h + 1
                                                    and x.startswith("م") and _is_word(toks[k])):
            k += 1  # مصادر مطلعة
            continue
        if roles and _name_word(x) and not _imperfect(x, toks[k + 1].text if k + 1 < stop else ""):
            run = _name_forward(toks, list(range(k, stop)), 0)
            if run:
                k = run[-1] + 1
            break
        break
    return k


_ISSUED = {"بيان", "بيانا", "البيان", "تقرير", "تقريرا", "رساله", "كلمه", "تغريده", "منشور", "منشورا", "مذكره",
           "خطاب", "خطابا", "تصريح", "تصريحا"}
_ISSUE_VERBS = {"اصدر", "اصدرت", "يصدر", "تصدر", "نشر", "نشرت", "ينشر", "تنشر", "وزع", "وزعت", "بث", "بثت",
                "القي", "القت", "يلقي", "تلقي", "وجه", "وجهت", "عرض", "عرضت", "يعرض", "تعرض", "قدم", "قدمت",
                "اعد", "اعدت", "رفع", "رفعت"}


def issuer(art: _Article, i: int) -> _Speaker | None:
    """Who issued the statement a verb with فيه quotes (أصدرت الوزارة بياناً قالت فيه …،
    وفد الجيش يصدر بياناً يؤكد فيه …): the subject of the issuing verb before it."""
    toks = art.toks
    s0 = art.sentence_start(i)
    b = next((k for k in range(i - 1, max(s0 - 1, i - 8), -1) if _bare(toks[k].text) in _ISSUED), None)
    if b is None or b == s0:
        return None
    v = next((k for k in range(b - 1, max(s0 - 1, b - 16), -1) if _bare(toks[k].text) in _ISSUE_VERBS), None)
    if v is None:
        return None
    if v + 1 < b and subject_end(art, v + 1, b) is not None:
        return _parse_speaker(art, v + 1, b)  # أصدرت الوزارة بياناً
    return _subject_before(art, v)  # الوزارة تصدر بياناً
