"""Who said what: attributed statements and their speakers.

News attributes almost every claim. The forms found here, on normalised tokens:

- verb first: ``وقال وزير الخارجية فلان الفلاني، في بيان، إن …`` (any person, gender,
  tense of a speech verb: قال/قالت/يقول، أكد، أعلن، أوضح، أشار إلى، صرّح، أفاد …);
- subject first: ``مصادر مطلعة توقعت أن …``, ``غير أن مسؤولا قال لفرانس برس إن …``;
- according to: ``بحسب/حسب/وفق/وفقاً لـ/نقلاً عن مصادر مطلعة، …`` (the rest of the clause);
- a speaker line: ``العبودي: …`` (interviews, live blogs), not an interviewer's question;
- continuations that keep the speaker: ``وأضاف …``, ``، مشيراً إلى أن …``, a verb with no
  subject after an attribution (``وقال لفرانس برس "…"``).

The speaker is parsed from the words between the verb and the statement: adjuncts
(``لـ«النهار»``, ``في بيان``, ``اليوم``) are dropped, a person's name is kept apart from
their titles and roles (``السفير``, ``وزير المالية د.``), an unnamed source keeps its
description (``مصدر أمني في الأنبار``) and is marked anonymous. Within an article a
surname alone (``وقال الفلاني``), a title with a surname (``الوزير عيتاني``) or a role
named earlier with its holder (``وزير المالية``) are the person named in full, so one
speaker has one key; the key is the normalised name, so spellings across articles link.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..arabic.normalize import is_diacritic, normalize
from ..arabic.variants import fold_spelling
from .tokens import Tok


def _n(words: str) -> set[str]:
    return {normalize(w) for w in words.split()}


# speech verbs, every person/tense the news uses; a continuation verb needs no subject
_VERBS = _n("""قال قالت قالوا قالا يقول تقول يقولون أكد أكدت أكدوا يؤكد تؤكد أعلن أعلنت أعلنوا
أعلنتا يعلن تعلن أوضح أوضحت يوضح توضح أشار أشارت يشير تشير صرح صرحت يصرح أفاد أفادت يفيد تفيد
ذكر ذكرت يذكر تذكر كشف كشفت يكشف تكشف حذر حذرت يحذر تحذر شدد شددت يشدد تشدد اعتبر اعتبرت
يعتبر تعتبر رأى رأت يرى ترى توقع توقعت يتوقع تتوقع قدر قدرت يقدر تقدر دعا دعت يدعو تدعو طالب
طالبت يطالب تطالب أعرب أعربت نفى نفت ينفي تنفي لفت لفتت أبرز أبرزت أظهر أظهرت أبلغ أبلغت هدد
هددت يزعم زعم رجح رجحت نوه نوهت اعترف اعترفت جدد جددت ردت رد أضاف أضافت تابع تابعت استطرد
ختم ختمت أوردت أورد نقل نقلت ينقل تنقل""")
_CONTINUE = _n("أضاف أضافت تابع تابعت استطرد ختم ختمت")
_PARTICIPLES = _n("""مضيفا مضيفة مؤكدا مؤكدة مشيرا مشيرة لافتا لافتة موضحا موضحة مبينا مبينة
مشددا مشددة محذرا محذرة داعيا مطالبا متوقعا متوقعة معتبرا معتبرة منوها منوهة مبرزا مبرزة مذكرا
مذكرة معربا معربة كاشفا كاشفة مرجحا مرجحة مستدركا""")
_ABOUT_VERBS = _n("أعرب أعربت كشف كشفت يكشف تكشف تحدث تحدثت يتحدث تتحدث")
_GREETINGS = _n("أهلا شكرا مرحبا مساء صباح تحياتي")
_CLAUSE_WORDS = _n("كان كانت كانوا يكون تكون قد لقد ما لا لم لن إذا اذا لو كما ثم حيث")
_MASDAR_VERBS = _n("""أعلن أعلنت يعلن تعلن أعلنتا جدد جددت أكد أكدت يؤكد تؤكد دعا دعت يدعو تدعو رصد
نفى نفت قرر قررت ترحب يرحب""")
_TO_VERBS = _n("أشار أشارت يشير تشير لفت لفتت")
_FROM_VERBS = _n("حذر حذرت يحذر تحذر")
_ACCORDING = _n("بحسب حسب وفق وفقا طبقا نقلا")
_COMP = _n("ان انه انها انهم انهما اننا انني اني بان بانه بانها")
_QUOTE_OPEN = {"«", '"', "“"}
_QUOTE_CLOSE = {"»": "«", '"': '"', "”": "“"}
# honorifics and ranks written before a name: kept out of the name
_TITLES = _n("""اللواء العميد الفريق العقيد المقدم الرائد الركن السفير النائب المهندس القاضي الدكتور
د الشيخ السيد السيدة الأستاذ الاستاذة الوزير الوزيرة الرئيس الأمير الملك المشير الجنرال الأدميرال
المستشار الحاج معالي سعادة فخامة سماحة الأب الدكتورة السفيرة النائبة المهندسة القاضية
الأستاذ الأستاذة""")
# nouns of roles and bodies: a role phrase is made of these, ال-words and ل-words
_ROLES = _n("""وزير وزيرة رئيس رئيسة مساعد مساعدة نائب مدير مديرة عام عضو المتحدث المتحدثة الناطق
الناطقة متحدث ناطق باسم مستشار مستشارة قائد سفير وكيل أمين مبعوث مبعوثة ممثل ممثلة مفوض محافظ
لجنة مجلس هيئة وزارة دائرة شؤون شئون قيادة مكتب بعثة مؤسسة منظمة وكالة مفوضية جهاز قسم إدارة
مركز حكومة إقليم كتلة حزب حركة جبهة فريق قوات شرطة محافظة ولاية مديرية جامعة مرصد منتدى
الوزير الرئيس المدير القائد المبعوث السفير النائب الأمين العضو""")
# heads of unnamed sources: their description is the speaker
_ANON = _n("""مصدر مصادر مسؤول مسؤولة مسئول مسئولة مسؤولون مسؤولين مسؤولان مسئولون مسؤولا مسئولا
مصدرين مصدران دبلوماسي دبلوماسيون دبلوماسيين خبير خبراء محلل محللون محللين مراقبون مراقبين
أوساط اوساط شهود شاهد سكان ساكن نائب ناشط ناشطون عضو أعضاء قيادي قياديون ضابط ضباط مقرب مقربون
معلومات تقديرات تقارير أحد إحدى جهات أطراف متحدث""")
# first words of sources an "according to" names
_SOURCES = _n("""مصادر مصدر مصدرين بيان البيان بيانات البيانات تقرير التقرير تقارير تقديرات التقديرات
أرقام الأرقام معلومات المعلومات إحصاءات الإحصاءات إحصائيات الإحصائيات دراسة الدراسة مسح
وثيقة الوثيقة صور مسؤول مسؤولين مسؤولون مسئول وكالة الوكالة وزارة الوزارة هيئة الهيئة الأمم
المفوضية مفوضية منظمة المنظمة مكتب المكتب شهود سكان أحدث آخر ما""")
_ADJUNCT_NOUNS = _n("""بيان تصريح تصريحات مؤتمر حديث مقابلة منشور كلمة لقاء اتصال تغريدة ندوة
جلسة اجتماع تعليق رد خطاب إحاطة رسالة حصيلة""")
_TIME = _n("""اليوم أمس يوم مساء صباح ظهر الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة
السبت غدا الليلة""")
_STOP = _n("""ان إن أن في من إلى الى على عن مع بعد قبل هذا هذه ذلك التي الذي الذين كما لا لم لن
قد وقد ما هو هي هم كان كانت يكون تكون أو او ثم بين حتى منذ عبر خلال لدى عند إذ اذ فيما بينما لكن غير
أي كل بعض جميع نحو حول ضد دون""") | _VERBS | _PARTICIPLES | _ACCORDING | _COMP
_INTERVIEWERS = _n("""المذيع المذيعة المقدم المقدمة المحاور المحاورة مقدم مقدمة سؤال س""")
_NOT_SPEAKERS = _n("""نشر تحديث آخر المصدر ملاحظة الساعة تاريخ التاريخ عنوان الموضوع اقرأ شاهد
للتواصل حوار تابعونا الصورة كتب كتبت إعداد اعداد هاتف جوال العدد الرقم فاكس البريد الخط أولا ثانيا
ثالثا رابعا خامسا سادسا موجز ملخص خلاصة توصيات""") | _INTERVIEWERS
_BACKREF = _n("نفسه ذاته")
_LEXICON = {x for w in _ROLES | _TITLES | _ANON | _SOURCES for x in (w, w[2:] if w.startswith("ال") else w)}
_BODIES = {w[2:] if w.startswith("ال") else w for w in _n("""وزارة هيئة مفوضية لجنة مجلس قيادة الدفاع
نادي مراسل مراسلنا مراسلتنا الجيش الرئاسة الحكومة قوات منظمة وكالة الأمم مكتب بعثة الصليب الهلال اليونيسف الأونروا""")}
_BODY_HEADS = {w[2:] if w.startswith("ال") else w for w in _n("""لجنة مجلس هيئة وزارة دائرة شؤون شئون
قيادة مكتب بعثة مؤسسة منظمة وكالة مفوضية جهاز قسم إدارة مركز حكومة إقليم كتلة حزب حركة جبهة فريق
قوات شرطة محافظة ولاية مديرية جامعة مرصد منتدى""")}
_SOURCE_HEADS = {w[2:] if w.startswith("ال") else w for w in _SOURCES} | _n("""ورقة دراسة مرصد منتدى
خطة تقرير بيان تقديرات أرقام""")
_NOT_NAMES = _n("""حصيلة محدثة أولية عاما عام سنة نحو قرابة أكثر أقل جديد جديدة نائب مصادر""")
_SAME_SOURCE = _n("المصدر نفس")


@dataclass
class QuoteHit:
    start: int  # the statement, character offsets in the loaded text
    end: int
    speaker: str  # as written (for a continuation, the speaker continued)
    speaker_start: int | None
    speaker_end: int | None
    name: str  # the speaker's canonical name, normalised: titles out, full name where known
    display: str  # that name as the article spells it (harakat removed)
    verb: str
    anonymous: bool
    continuation: bool = False
    person: bool = False
    roles: frozenset = frozenset()
    whole: bool = False  # an "according to" whose statement holds other attributions
    parent: QuoteHit | None = None  # the attribution a continuation continues


@dataclass
class PersonHit:
    start: int
    end: int
    name: str  # as written


@dataclass
class _Found:
    quotes: list[QuoteHit] = field(default_factory=list)
    persons: list[PersonHit] = field(default_factory=list)


@lru_cache(maxsize=32768)
def _bare(w: str) -> str:
    """A word without its conjunction (و/ف)."""
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def _is_al(w: str) -> bool:
    w = _bare(w) if not w.startswith("ال") else w
    return (w.startswith("ال") or w.startswith("لل")) and len(w) > 3


def _is_word(t: Tok) -> bool:
    return t.text[0].isalpha()


class _Article:
    """One article's tokens with the clause boundaries quotes need."""

    def __init__(self, text: str, toks: list[Tok], entity_starts: frozenset = frozenset()):
        self.text, self.toks = text, toks
        self.entity_starts = entity_starts  # offsets where a gazetteer or pattern entity begins
        self.holders: list = []  # people named after a role (see _role_holders), once linked
        # a sentence end after an initial (د. خالد) does not end the sentence
        sid, s, prev = [], 0, None
        for k, t in enumerate(toks):
            if prev is not None and prev != t.sentence:
                before = toks[k - 1]
                if not (before.text == "." and k >= 2 and len(toks[k - 2].text) == 1
                        and toks[k - 2].text.isalpha() and toks[k - 2].sentence == before.sentence
                        and self.text.find("\n", before.end, t.start) < 0):
                    s += 1
            sid.append(s)
            prev = t.sentence
        self.sid = sid
        self.para = []
        p = 0
        nl = text.find("\n")
        for t in toks:  # a token's paragraph: the newlines before it
            while 0 <= nl < t.start:
                p += 1
                nl = text.find("\n", nl + 1)
            self.para.append(p)

    def same(self, a: int, b: int) -> bool:
        return 0 <= a < len(self.toks) and 0 <= b < len(self.toks) and self.sid[a] == self.sid[b]

    def sentence_end(self, k: int) -> int:
        """Token index just past the sentence of k (its full stop included)."""
        n = len(self.toks)
        while k + 1 < n and self.sid[k + 1] == self.sid[k]:
            k += 1
        return k + 1

    def sentence_start(self, k: int) -> int:
        while k > 0 and self.sid[k - 1] == self.sid[k]:
            k -= 1
        return k

    def span_of(self, a: int, b: int) -> tuple[int, int]:
        return self.toks[a].start, self.toks[b - 1].end

    def statement_end(self, a: int) -> int:
        """Where a statement starting at token a ends: its closing quotation mark when it
        opens with one (across full stops, within the paragraph), else its sentence's end."""
        toks = self.toks
        if a < len(toks) and toks[a].text in _QUOTE_OPEN:
            opener = toks[a].text
            for k in range(a + 1, len(toks)):
                if self.para[k] != self.para[a]:
                    break
                if _QUOTE_CLOSE.get(toks[k].text) == opener or (opener == '"' and toks[k].text == '"'):
                    end = k + 1
                    if end < len(toks) and self.sid[end] == self.sid[k] and toks[end].text in ".؛":
                        end += 1
                    return max(end, self.sentence_end(a) if self.sid[k] == self.sid[a] else end)
        return self.sentence_end(a)


_NAME_JOIN = _n("عبد ابو أبو بن ابن ام أم بو آل")  # name words the next word belongs to
_NAME_AL = _n("الدين الله الرحمن الرحيم الإسلام الحق الهدى الزين")  # ال inside a name


def _name_word(w: str) -> bool:
    return (w[0].isalpha() and len(w) >= 2 and w not in _STOP and w not in _ROLES
            and w not in _TITLES and w not in _NOT_NAMES and _bare(w) not in _ANON
            and not w.endswith(("يون", "يين"))  # أميركيون: a nationality, not a name
            and not (w[0] in "لب" and w[1:] in _LEXICON))  # لشؤون: a role's complement


def _name_forward(toks: list[Tok], idx: list[int], p: int) -> list[int]:
    """The name starting at idx[p] (after a title): given name, then up to three more
    words, the family name possibly with ال (اللواء عماد الربيعي المتحدث …)."""
    out: list[int] = []
    while p < len(idx) and len(out) < 4:
        w = toks[idx[p]].text
        if not _name_word(w):
            break
        if _is_al(w) and w not in _NAME_AL:
            if not out:
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
    if start > 0 and _bare(toks[idx[start - 1]].text) in _BODY_HEADS:
        return []  # إقليم كردستان العراق: what a body in construct names is no person
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


_CUT_WORDS = _n("""بشأن حول إزاء تعليقا ردا عبر طلب طلبا طالبا مفضلا رافضا
الذي التي الذين وهو وهي وهم ممن مقرها ومقره ومقرها
بعد قبل عقب""")
_OUTLET_AFTER_L = _n("""وكاله رويترز فرانس قناه صحيفه موقع تلفزيون اذاعه الصحفيين الصحافيين الصحافه
وسائل""")


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
            if (w == "ل" or w in _TIME or w in _CUT_WORDS or w == "عدم"
                    or (w in ("في", "خلال", "ضمن", "اثناء", "عقب", "ب") and (
                        _bare(nxt) in _ADJUNCT_NOUNS or nxt[2:] in _ADJUNCT_NOUNS or nxt in _TIME))
                    or (w[0] == "ل" and not w.startswith("لل") and len(w) > 3 and w[1:] in _OUTLET_AFTER_L)
                    or (w[0] == "ل" and not cur and not w.startswith("لل") and out)):
                if cur:
                    out.append(cur)
                return out
            cur.append(k)
        k += 1
    if cur:
        out.append(cur)
    return out


def _titled(toks: list[Tok], piece: list[int]) -> bool:
    return any(toks[k].text in _TITLES for k in piece)


def _accusative(w: str) -> str:
    """مسؤولاً -> مسؤول: an unnamed source keyed the same in any case."""
    return w[:-1] if w.endswith("ا") and w[:-1] in _ANON else w


def _parse_speaker(art: _Article, a: int, b: int) -> _Speaker | None:
    toks = art.toks
    pieces = _pieces(art, a, b)
    if not pieces:
        return None
    first = pieces[0]
    head = _bare(toks[first[0]].text)
    if head not in _ANON and head[0] == "ل" and head[1:] in _ANON:  # وفقاً لمصادر
        head = head[1:]
    anonymous = head in _ANON and not _is_al(toks[first[0]].text)
    if not anonymous:
        roles = frozenset(_head(toks[k].text) for p in pieces for k in p
                          if _head(toks[k].text) in _ROLE_HEADS)
        for n, piece in [(n, p) for n, p in enumerate(pieces) if _titled(toks, p)] + list(enumerate(pieces)):
            run: list[int] = []
            titles = [p for p, k in enumerate(piece) if toks[k].text in _TITLES]
            if titles:
                p = titles[0]
                while p < len(piece) and toks[piece[p]].text in _TITLES:
                    p += 1
                while p < len(piece) and _is_al(toks[piece[p]].text) and toks[piece[p]].text.endswith("ي"):
                    p += 1  # الرئيس الأمريكي دونالد ترامب
                run = _name_forward(toks, piece, p)
            if not run:
                run = _name_back(toks, piece)
                whole = run and run[0] == piece[0]
                if whole and n == 0 and (head in _ROLE_HEADS or head in _ROLES) or len(run) < 2:
                    run = []
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
    return _Speaker(art.text[a0:b0], a0, b0, " ".join(words), anonymous, False)


@lru_cache(maxsize=32768)  # asked of every word by several rules: a dossier's vocabulary
def _head(w: str) -> str:
    """A word without و and ال: the noun a role is compared by (وزير stays وزير)."""
    for form in (w, _bare(w)):
        x = form[2:] if form.startswith("ال") and len(form) > 4 else form
        if form in _LEXICON or x in _LEXICON:
            return x
    w = _bare(w) if not w.startswith("ال") else w
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


_ROLE_HEADS = {_head(w) for w in _ROLES | _TITLES} - _n("""لجنة مجلس هيئة وزارة دائرة شؤون شئون
قيادة مكتب بعثة مؤسسة منظمة وكالة مفوضية جهاز قسم إدارة مركز حكومة إقليم كتلة حزب حركة جبهة فريق
قوات شرطة محافظة ولاية مديرية جامعة مرصد منتدى عام باسم""")


def _find_comp(art: _Article, i: int, limit: int = 30) -> tuple[int, int] | None:
    """(complementiser token, statement start token) after a verb at i, in its sentence."""
    toks = art.toks
    for k in range(i + 1, min(len(toks), i + 1 + limit)):
        if not art.same(i, k):
            return None
        w = toks[k].text
        if w in _COMP:
            return k, k + 1
        if w == "الي" and k + 1 < len(toks) and toks[k + 1].text in _COMP:
            return k, k + 2
        if w == "الي" and _bare(toks[i].text) in _TO_VERBS:
            return k, k
        if w in _QUOTE_OPEN and (toks[k - 1].text in (",", ":") or k == i + 1 or _long_quote(art, k)):
            return k, k
        if w == ":" and k + 1 < len(toks) and art.same(k, k + 1):
            return k, k + 1
        if w == "عن" and _bare(toks[i].text) in _ABOUT_VERBS:
            return k, k + 1
        if w == "من" and _bare(toks[i].text) in _FROM_VERBS:
            return k, k + 1
        if (w in _VERBS or w in _PARTICIPLES) and k > i + 1:
            return None
    return None


def _long_quote(art: _Article, k: int) -> bool:
    """A quotation mark opening a statement, not a name in quotes («الأونروا»)."""
    toks, opener = art.toks, art.toks[k].text
    for x in range(k + 1, min(len(toks), k + 6)):
        if _QUOTE_CLOSE.get(toks[x].text) == opener:
            return False
    return True


def _shown(art: _Article, i: int) -> str:
    """A word as written, its last harakat included (مشيراً)."""
    a, b = art.toks[i].start, art.toks[i].end
    while b < len(art.text) and is_diacritic(art.text[b]):
        b += 1
    return art.text[a:b]


def find_quotes(text: str, toks: list[Tok], entity_starts: frozenset = frozenset()) -> _Found:
    art = _Article(text, toks, entity_starts)
    found = _Found()
    quotes = found.quotes
    raw: list[tuple[int, int, QuoteHit]] = []  # (token where the attribution starts, statement token, hit)
    last: list[QuoteHit] = []
    i = 0
    n = len(toks)
    while i < n:
        w = toks[i].text
        bare = _bare(w)
        hit = None
        if (bare in _VERBS or w in _VERBS) and not (i and toks[i - 1].text in ("عدم", "لم", "لن", "لا")):
            hit = _verb_at(art, i, w if w in _VERBS else bare, last)
        elif w in _PARTICIPLES and i > 0 and toks[i - 1].text in (",", "»", '"', "”") and last:
            hit = _participle_at(art, i, last[-1])
        elif bare in _ACCORDING or w in _ACCORDING:
            hit = _according_at(art, i)
        elif w == ":":
            hit = _speaker_line_at(art, i)
        if hit:
            att, st, q = hit
            raw.append((att, st, q))
            if not q.continuation:
                last.append(q)
            i = max(i + 1, st)
            if st < n and toks[st].text in _QUOTE_OPEN:  # verbs inside a quotation are its own
                while i < n and toks[i].end <= q.end:
                    i += 1
        else:
            i += 1
    # a statement ends where the next attribution of its sentence begins
    raw.sort(key=lambda r: r[2].start)
    for k, (_att, _st, q) in enumerate(raw):
        for _att2, _st2, q2 in raw[k + 1:]:
            nxt_start = toks[_att2].start
            if not q.whole and not q2.whole and q.start < nxt_start < q.end:
                q.end = _trim_end(text, nxt_start, q.start)
                break
        if q.end > q.start:
            quotes.append(q)
    _link_names(quotes, art)
    # a line "X: …" is a speaker's only when X turned out to be a person, a source, a
    # role or a body (not a country or a heading: جيبوتي: …، قطاع السكن: …)
    known = {q.name for q in quotes if q.person and q.verb != ":"} | {h[1] for h in art.holders}
    quotes[:] = [q for q in quotes if q.verb != ":" or q.anonymous or q.name in known
                 or (not q.person and _head(q.name.split()[0]) in _ROLE_HEADS | _BODIES)]
    for q in quotes:
        if q.parent is not None:
            p = q.parent
            q.name, q.display, q.anonymous, q.person = p.name, p.display, p.anonymous, p.person
    for q in quotes:
        if q.person and q.speaker_start is not None:
            found.persons.append(PersonHit(q.speaker_start, q.speaker_end, q.speaker))
    return found


def _trim_end(text: str, end: int, start: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,"):
        end -= 1
    return end


def _make(art: _Article, st: int, end_tok: int, sp: _Speaker, verb: str,
          continuation: bool = False) -> QuoteHit | None:
    if st >= len(art.toks) or end_tok <= st:
        return None
    a, b = art.span_of(st, end_tok)
    return QuoteHit(a, b, sp.text, None if continuation else sp.start, None if continuation else sp.end,
                    sp.name, sp.display, verb, sp.anonymous, continuation, sp.person, sp.roles,
                    parent=getattr(sp, "parent", None) if continuation else None)


def _continued(q: QuoteHit) -> _Speaker:
    sp = _Speaker(q.speaker, q.speaker_start, q.speaker_end, q.name, q.anonymous, q.person, q.display, q.roles)
    sp.parent = q.parent or q
    return sp


def _verb_at(art: _Article, i: int, verb: str, last: list[QuoteHit]):
    toks = art.toks
    comp = _find_comp(art, i)
    if comp is None:
        comp = _masdar_statement(art, i) if _bare(toks[i].text) in _MASDAR_VERBS else None
    if comp is None:
        return None
    c, st = comp
    if st >= len(toks) or not art.same(c, st):
        return None
    shown = _shown(art, i)
    a = i + 1
    if _bare(toks[i].text).startswith(("نقل", "ينقل", "تنقل")):  # نقلت رويترز عن مصادر: the source speaks
        a = next((k + 1 for k in range(i + 1, c) if toks[k].text == "عن"), a)
    pieces = _pieces(art, a, c)
    sp = _parse_speaker(art, a, c) if pieces else None
    if sp is not None and sp.text and toks[i + 1].text in _COMP:
        sp = None
    if sp is None:
        # no subject after the verb: the subject stands before it (مصادر مطلعة توقعت أن),
        # or the verb continues the last speaker (وأضاف أن، وقال لفرانس برس "…")
        before = _subject_before(art, i)
        if before is not None and verb not in _CONTINUE:
            sp = before
        elif last and (w0 := toks[i].text)[0] in "وف" and (verb in _CONTINUE or w0[1:] in _VERBS):
            return i, st, _make(art, st, art.statement_end(st), _continued(last[-1]), shown, True)
        else:
            return None
    sp = _resolve_backref(sp, last)
    if sp is None:
        return None
    q = _make(art, st, art.statement_end(st), sp, shown)
    return (i, st, q) if q else None


def _masdar_statement(art: _Article, i: int) -> tuple[int, int] | None:
    """``أعلنت وزارة الهجرة إكمال صرف …``, ``أعلن الناطق …، اللواء فلان، اليوم الأحد، انتهاء
    …``: no complementiser, the statement is a noun after the speaker (a named body, or
    comma-separated role and name closed by an adjunct)."""
    toks = art.toks
    k = i + 1
    if k >= len(toks) or not art.same(i, k):
        return None
    if toks[k].start in art.entity_starts:
        e = k + 1
        while e < len(toks) and art.same(i, e) and (_is_al(toks[e].text) and toks[e].text.endswith(("يه", "ي"))
                                                    or toks[e].start > toks[k].start and e - k < 6
                                                    and toks[e].start in art.entity_starts):
            e += 1
        # the entity ends where the gazetteer match ends: take the words up to the next
        # non-ال word (وزارة الهجرة والمهجرين الاتحادية إكمال)
        while e < len(toks) and art.same(i, e) and e - k < 7 and (_is_al(toks[e].text) or toks[e].text in "«»\""):
            e += 1
        if e < len(toks) and art.same(i, e) and _is_word(toks[e]) and not _is_al(toks[e].text) \
                and toks[e].text not in _STOP and toks[e].text not in _TIME:
            return e, e
        return None
    # role/name pieces then a time adjunct piece, then the statement
    for e in range(k, min(len(toks), k + 25)):
        if not art.same(i, e):
            return None
        if toks[e].text == "," and e + 1 < len(toks) and toks[e + 1].text in _TIME:
            f = e + 1
            while f < len(toks) and art.same(i, f) and toks[f].text != ",":
                f += 1
            if f + 1 < len(toks) and art.same(i, f + 1) and _is_word(toks[f + 1]):
                return f, f + 1
            return None
    return None


def _subject_before(art: _Article, i: int) -> _Speaker | None:
    toks = art.toks
    k = i
    while k > 0 and art.same(k - 1, i) and i - k < 10:
        w = toks[k - 1].text
        if w in (",", ":", "؛") or w in _COMP or w in ("غير", "فيما", "بينما", "لكن", "كما", "حين",
                                                      "اذ", "بعدما", "و", "ثم", "حيث") or w in _VERBS \
                or _bare(w) in _CLAUSE_WORDS:  # وكانت الحصيلة قد أشارت: كانت, قد
            break
        k -= 1
    if k == i:
        return None
    head = _head(toks[k].text)
    if not (head in _ANON or head in _BODY_HEADS or head in _ROLE_HEADS or head in _SOURCE_HEADS
            or toks[k].start in art.entity_starts):
        return None  # only a source, a body, a role or a named entity says something
    if not _is_word(toks[k]) and toks[k].text not in _QUOTE_OPEN:
        return None
    if k > 0 and art.same(k - 1, i) and toks[k - 1].text not in (",", "غير", "فيما", "بينما", "لكن",
                                                               "و", "ثم", "حيث") and toks[k - 1].text not in _COMP:
        return None
    return _parse_speaker(art, k, i)


def _resolve_backref(sp: _Speaker, last: list[QuoteHit]) -> _Speaker | None:
    """المصدر نفسه، نفس المصدر: the source quoted before."""
    words = sp.name.split()
    if len(words) == 2 and (words[1] in _BACKREF or words[0] == "نفس") and last:
        for q in reversed(last):
            if q.anonymous or not q.person:
                return _Speaker(sp.text, sp.start, sp.end, q.name, q.anonymous, q.person, q.display, q.roles)
    return sp


def _participle_at(art: _Article, i: int, q: QuoteHit):
    toks = art.toks
    st = i + 1
    if st < len(toks) and toks[st].text == "الي":
        st += 1
    if st < len(toks) and toks[st].text in _COMP:
        st += 1
    if st >= len(toks) or not art.same(i, st):
        return None
    shown = _shown(art, i)
    hit = _make(art, st, art.statement_end(st), _continued(q), shown, True)
    return (i, st, hit) if hit else None


def _according_at(art: _Article, i: int):
    toks = art.toks
    k = i + 1
    if k < len(toks) and toks[k].text == "ل":
        k += 1
    if k < len(toks) and toks[k].text == "عن":
        k += 1
    if k < len(toks) and toks[k].text == "ما":  # بحسب ما أعلنت الوزارة
        k += 1
        if k < len(toks) and _bare(toks[k].text) in _VERBS:
            k += 1
    if k >= len(toks) or not art.same(i, k):
        return None
    w = toks[k].text
    head = w[1:] if w.startswith("ل") and not w.startswith("لل") and len(w) > 3 else w
    if head not in _SOURCES and head[2:] not in _SOURCES and not (w == "«" or w == '"'):
        return None
    e = k
    while e < len(toks) and art.same(i, e) and toks[e].text not in (",", ".", "؛", ":", "؟", "!") \
            and e - k < 14:
        e += 1
    sp = _parse_speaker(art, k, e)
    if sp is None:
        return None
    if w != head:  # the ل of وفقاً لمصادر is no part of the name
        sp.text = sp.text[1:] if sp.text.startswith("ل") else sp.text
        sp.start += 1
        sp.name = sp.name[1:] if sp.name.startswith("ل") else sp.name
    s0 = art.sentence_start(i)
    shown = _shown(art, i)
    if i - s0 <= 1:  # "بحسب مصادر، ستلجأ الحكومة …": the statement follows
        st = e + 1 if e < len(toks) and toks[e].text == "," else e
        end = art.sentence_end(i)
    elif e < len(toks) and toks[e].text == "," and art.same(i, e + 1):
        # "يستضيف الأردن، بحسب الأرقام الحكومية، نحو …": the whole sentence
        st, end = s0, art.sentence_end(i)
    else:  # "…، بحسب مصادر محلية.": the clause before it
        st, end = s0, i
        while end > st and toks[end - 1].text in (",", "-", "–"):
            end -= 1
        while st < end and not _is_word(toks[st]) and not toks[st].text.isdigit():
            st += 1
    hit = _make(art, st, end, sp, shown)
    if hit and st < i:
        hit.whole = True
        while st < len(toks) and not _is_word(toks[st]) and not toks[st].text.isdigit():
            st += 1
    return (i, st, hit) if hit else None


def _speaker_line_at(art: _Article, c: int):
    """``العبودي: …`` at the start of a line (after a time stamp or bullet)."""
    toks = art.toks
    if c == 0 or c + 1 >= len(toks) or art.para[c + 1] != art.para[c]:
        return None
    k = c
    while k > 0 and art.para[k - 1] == art.para[c] and (_is_word(toks[k - 1]) or toks[k - 1].text in
                                                        ("«", "»", '"', "(", ")")) and c - k < 8:
        k -= 1
    if k == c:
        return None
    j = k
    while j > 0 and art.para[j - 1] == art.para[c]:  # only numbers and marks before it on its line
        if _is_word(toks[j - 1]):
            return None
        j -= 1
    first = toks[k].text
    if first in _NOT_SPEAKERS or _bare(first) in _NOT_SPEAKERS or any(
            toks[x].text in _INTERVIEWERS for x in range(k, c)):
        return None
    end = c + 1
    while end < len(toks) and art.para[end] == art.para[c]:
        end += 1
    if toks[end - 1].text in ("؟", "?"):
        return None  # an interviewer's question
    sp = _parse_speaker(art, k, c)
    if sp is None or end - (c + 1) < 4:
        return None  # a greeting (أهلاً بك), a date, a number
    head = _head(toks[k].text)
    if not (sp.person or sp.anonymous or head in _ROLE_HEADS or _bare(toks[k].text) in _ROLES
            or toks[k].text in _ROLES or head in _BODIES or len(sp.name.split()) == 1):
        return None  # a heading or a list item (جيبوتي: …، قطاع السكن: …)
    if any(toks[x].text.isdigit() for x in range(k, c)):
        return None
    hit = _make(art, c + 1, end, sp, ":")
    if hit and _bare(toks[c + 1].text) in _GREETINGS:
        return None
    return (k, c + 1, hit) if hit else None


def _link_names(quotes: list[QuoteHit], art: _Article) -> None:
    """One speaker, one name within an article: a surname (or title + surname) is the
    full name it ends; a role (الناطق العسكري، مساعد الوزير، وزير المالية) is the person
    named with that role nearest before it (else after it)."""
    holders = art.holders = _role_holders(art)
    full = {q.name: q.display for q in quotes if q.person and len(q.name.split()) >= 2}
    for _at, name, display, _roles in holders:
        full.setdefault(name, display)
    persons = [(q.start, q.name, q.display, q.roles) for q in quotes if q.person and not q.continuation]
    persons = sorted(persons + holders, key=lambda p: p[0])
    for q in quotes:
        if q.anonymous or q.continuation:
            continue
        words = q.name.split()
        done = False
        for f, display in full.items():
            fw = f.split()
            if len(fw) > len(words) and fw[-len(words):] == words:
                q.name, q.display, q.person, done = f, display, True, True
                break
        if done or q.person or not words:
            continue
        if words[0].startswith("ال") and len(words) <= 2:
            # المصدر، المصادر، المسؤولان، التقديرات: the source of that kind quoted before
            earlier = [p for p in quotes if p.start < q.start and not p.continuation and p is not q
                       and p.name.split()[0] == words[0][2:]]
            if earlier:
                p = earlier[-1]
                q.name, q.display, q.anonymous = p.name, p.display, p.anonymous
                continue
        head = _head(words[0])
        if head not in _ROLE_HEADS:
            continue
        at = q.speaker_start if q.speaker_start is not None else q.start
        before = [p for p in persons if p[0] < at and head in p[3]]
        after = [p for p in persons if p[0] > at and head in p[3]]
        p = before[-1] if before else after[0] if after else None
        if p is not None:
            q.name, q.display = p[1], p[2]


def _role_holders(art: _Article) -> list[tuple[int, str, str, frozenset]]:
    """People named after a role anywhere in the article (ضيفنا وزير المالية الدكتور نبيل
    عيتاني، رئيس اللجنة الوطنية لشؤون الأسرى، عبدالله يحيى الشامي): (offset, name,
    display, role nouns)."""
    toks = art.toks
    out = []
    for k, t in enumerate(toks):
        w = t.text
        if _head(w) not in _ROLE_HEADS or (w.startswith("ال") and w not in _TITLES):
            continue
        e = k + 1
        while e < len(toks) and art.same(k, e) and e - k < 8 and (
                _is_al(toks[e].text) or toks[e].text in _ROLES or toks[e].text in _TITLES):
            e += 1
        if e < len(toks) and toks[e].text == "," and e > k + 1:
            e += 1
        titled = any(toks[x].text in _TITLES for x in range(k, e))
        while e < len(toks) and toks[e].text in _TITLES:
            e += 1
        if e == k + 1 and not titled:
            continue
        run = _name_forward(toks, list(range(e, min(len(toks), e + 5))), 0)
        run = [x for x in run if art.same(k, x)]
        if len(run) >= 2 or (run and titled):
            a, b = toks[run[0]].start, toks[run[-1]].end
            roles = frozenset(_head(toks[x].text) for x in range(k, e) if _head(toks[x].text) in _ROLE_HEADS)
            out.append((a, " ".join(toks[x].text for x in run), _plain(art.text[a:b]), roles))
    return out


def _plain(text: str) -> str:
    """A name as shown: harakat, tatweel and quotation marks gone, spaces single."""
    out = "".join(ch for ch in text if not is_diacritic(ch) and ch not in "«»\"“”")
    return " ".join(out.split())


def speaker_key(name: str) -> str:
    """speaker:<name> in the spelling search folds to (مسئول/مسؤول, أميركي/أمريكي), as
    pattern-named bodies are keyed: one key for one speaker however outlets spell them."""
    return "speaker:" + fold_spelling(name)
