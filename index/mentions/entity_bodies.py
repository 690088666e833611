"""Bodies, places and outlets named by a head noun and their own words, not a list.

A gazetteer cannot reach a body nobody listed; news names almost every one by a head noun
and a name: a construct (``هيئة شؤون الأسرى والمحررين``، ``مجلس القيادة الرئاسي``), a definite
head and the adjectives that make it a name (``المفوضية العليا المستقلة للانتخابات``،
``القوات المسلحة السودانية``), a purpose after ل (``مركز الملك سلمان للإغاثة``), a name in
quotation marks (``شبكة «شمس» لمراقبة الانتخابات``). Places the same way (``بلدة شمسطار``،
``معبر عين قزام``، ``مخيم كبرتو 2``), outlets after theirs (``صحيفة النهار``) or quoted as a
source (``قال لـ«النهار»``). The name stops at the first word that cannot be part of one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..arabic.normalize import normalize
from ..arabic.plurals import _tables
from .entity_words import (
    BODY_HEADS,
    DOC_HEADS,
    MEDIA_HEADS,
    NOT_NAMES,
    PLACE_HEADS,
    PLACE_JOIN,
    PLACE_TAILS,
    STOP,
    STRONG_HEADS,
    bare,
    name_adjective,
    nationalities,
)
from .quote_words import _TITLES as TITLES
from .tokens import Tok

QUOTE_OPEN = {"«": "»", '"': '"', "“": "”"}
# name adjectives that gate a weak or definite head (عسكرية، حكومية do not: القوات العسكرية)
_WEAK_GATE_OUT = frozenset({"مسلحه", "عسكري", "عسكريه", "حكومي", "حكوميه", "مشترك", "مشتركه", "تشريعي",
                            "تشريعيه", "دستوريه", "اسلامي", "اسلاميه", "عربي", "عربيه"})
# what a body is for, after ل: the nouns names use (لمناقشة آليات الصرف is no name)
PURPOSES = frozenset(normalize(w) for w in """شؤون شئون تنسيق مراقبة مكافحة إغاثة حقوق دعم تشغيل رعاية تنمية
حماية إعادة إعمار مساعدة تحرير تحقيق تطوير هزيمة محاربة""".split())
_FORCES = frozenset({"قوات", "جيش", "شرطه", "فيلق", "الويه", "كتائب", "سرايا"})
_MAX_NAME = 8


class Hit(NamedTuple):
    start: int  # tokens [start, end) of the mention
    end: int
    skip: int  # characters of clitic before the mention's first letter
    name_start: int  # tokens that are the name keyed (a media head is not part of it)
    kind: str  # "body", "place" or "media"


@lru_cache(maxsize=32768)
def head_of(word: str, heads: frozenset[str]) -> tuple[str, bool, int] | None:
    """(head, definite, clitic characters) when ``word`` is a head noun under ال and one
    clitic (وهيئة، بالمفوضية، للمفوضية = ل + المفوضية), else None."""
    for skip in (0, 1, 2):
        if skip and (len(word) <= skip + 2 or word[skip - 1] not in "وفبلك"):
            break
        w = word[skip:]
        if w in heads:
            return w, False, skip
        if w.startswith("ال") and w[2:] in heads:
            return w[2:], True, skip
        if w.startswith("لل") and w[2:] in heads and skip < 2:
            return w[2:], True, skip  # للمفوضية: shown as المفوضية (see extract._own_name)
    return None


@lru_cache(maxsize=1)
def _common_nouns() -> frozenset[str]:
    plurals, singulars = _tables()
    return frozenset(plurals) | frozenset(singulars)


def _al(w: str) -> bool:
    return w.startswith("ال") and len(w) > 3


def _adjective_like(w: str) -> bool:
    """A nisba or participle (العليا، المستقلة، الأردني): what follows a name, not a new noun."""
    b = bare(w)
    return b.endswith(("ي", "يه", "يا")) or (b.startswith("م") and b.endswith("ه")) or name_adjective(w)


def _gate(w: str) -> bool:
    return name_adjective(w) and bare(w) not in _WEAK_GATE_OUT


def _quoted(toks: list[Tok], j: int, s: int) -> int | None:
    """End (exclusive) of a short name in quotation marks starting at j, or None: the
    marks hug it (no space inside them) and it holds words, digits and + only."""
    if j + 2 >= len(toks) or toks[j].text not in QUOTE_OPEN or toks[j + 1].start != toks[j].end:
        return None
    close = QUOTE_OPEN[toks[j].text]
    for k in range(j + 1, min(j + 6, len(toks))):
        t = toks[k]
        if t.sentence != s:
            return None
        if t.text == close:
            return k + 1 if k > j + 1 and t.start == toks[k - 1].end else None
        if not (t.text[0].isalnum() or t.text == "+") or t.text in STOP:
            return None
    return None


def _chain(toks: list[Tok], j: int, s: int, taken: set[int], construct: bool,
           starts_name, forces: bool = False) -> tuple[int, bool, bool]:
    """Where a body's name words starting at j end: (end, gated, purpose). A force's name
    ends at its country (القوات الأميركية، القوات المسلحة السودانية)."""
    end, gated, purpose, adjectives = j, False, False, False
    n = len(toks)
    while end < n and end - j < _MAX_NAME and toks[end].sentence == s and end not in taken:
        w = toks[end].text
        nxt = toks[end + 1].text if end + 1 < n and toks[end + 1].sentence == s else ""
        q = _quoted(toks, end, s)
        if q is not None and end == j:
            end = q
            continue
        if end == j and w in TITLES and nxt[:1].isalpha() and not _al(nxt) and nxt not in STOP:
            end += 2  # مركز الملك سلمان، جامعة الملك سعود
            continue
        if w in STOP or w in TITLES or not w[0].isalpha():
            break
        if _al(w) and w not in NOT_NAMES:
            if adjectives and not _adjective_like(w):
                break
            gated = gated or _gate(w)
            # (a word ending in ي may be a plural written with ى: الأسرى والمحررين)
            adjectives = adjectives or (name_adjective(w) or bare(w).endswith("يه")) and (end > j or not construct)
            end += 1
            if forces and gated:
                break
            continue
        if w[:3] in ("وال",) and end > j and len(w) > 5 and bare(w) not in NOT_NAMES \
                and not head_of(w[1:], BODY_HEADS) and not starts_name(end):
            if adjectives and not _adjective_like(w[1:]):
                break
            end += 1
            continue
        if w.startswith("لل") and len(w) > 4 and end > j:
            purpose, adjectives = True, False
            end += 1
            continue
        if w[0] == "ل" and len(w) >= 5 and end > j and _al(nxt) and w not in STOP and w[1:] in PURPOSES:
            purpose, adjectives = True, False  # لشؤون اللاجئين، لتنسيق الشؤون، لمراقبة الانتخابات
            end += 1
            continue
        if construct and end == j and not _adjective_like(w) and w not in NOT_NAMES and (
                _al(nxt) and nxt not in NOT_NAMES or nxt and starts_name(end + 1)):
            end += 1  # شؤون الأسرى، تنسيق الشؤون، رئيس الوزراء، (وكالة) أنباء حضرموت
            if not _al(nxt):
                end = starts_name(end)  # the gazetteer's name ends the body's
                break
            continue
        break
    return end, gated, purpose


def body_at(toks: list[Tok], i: int, taken: set[int], starts_name) -> Hit | None:
    """A body named from its head noun at i; ``starts_name(k)``: a gazetteer name begins at k."""
    found = head_of(toks[i].text, BODY_HEADS)
    if found is None:
        return None
    head, definite, skip = found
    s = toks[i].sentence
    if head in _FORCES and not any(
            i + d < len(toks) and (_gate(toks[i + d].text) or toks[i + d].text in QUOTE_OPEN) for d in (1, 2)):
        return None  # (what the checks below ask, before a chain is read)
    if definite and not (i + 1 < len(toks) and _adjective_like(toks[i + 1].text)):
        return None
    end, gated, purpose = _chain(toks, i + 1, s, taken, not definite, starts_name, head in _FORCES)
    if end == i + 1:
        return None
    quoted = toks[i + 1].text in QUOTE_OPEN
    q = _quoted(toks, end, s) if not quoted else None
    if q is not None:  # البعثة الانتقالية «أتميس»: its short name after it
        end = q
    if head in _FORCES:  # a country's or the UN's forces, or a named force: قوات الدعم السريع
        if not (gated or quoted):
            return None
    elif definite:  # المفوضية العليا …، البنك الإسلامي للتنمية، اللجنة العسكرية المشتركة «5+5»
        if not (any(_gate(toks[k].text) for k in range(i + 1, min(end, i + 3))) or q is not None
                or purpose and name_adjective(toks[i + 1].text)):  # البنك الإسلامي للتنمية
            return None
    elif head not in STRONG_HEADS and not (purpose or quoted or q is not None or any(
            name_adjective(toks[k].text) for k in range(i + 1, end))):
        return None
    return Hit(i, end, skip, i, "body")


# heads after which a common noun is still no name (منطقة نفوذ، حقل ألغام، قاعدة انطلاق);
# after the others a name is what follows (معبر نصيب، ميناء الخمس، بلدة شمسطار)
_GENERIC_PLACE_HEADS = frozenset(normalize(w) for w in
                                 "منطقة مدينة حي جبل جبال وادي نهر حقل سد جزيرة سهل بحيرة قاعدة".split())


def _place_word(w: str, strict: bool = True) -> bool:
    """The word after a place's head may be its name: no stop word, title, adjective, common
    noun (of the plurals table), pronoun-suffixed verb or word under و/ل/ب."""
    if w in STOP or w in NOT_NAMES or w in TITLES or not w[0].isalpha() or len(w) < 3 or w[0] == "و":
        return False
    if w.endswith(("ها", "هم", "نا")) or head_of(w, BODY_HEADS | PLACE_HEADS):
        return False  # أقرها، عملياتنا: a verb or a pronoun; ولاية البعثة: a mandate
    if w[0] == "م" and len(w) <= 5 and not w.startswith("ال"):
        return False  # a participle: مخيم مؤقت، معبر مغلق
    b = w[2:] if _al(w) else w
    if w in PLACE_JOIN:
        return True
    if b.endswith("ات") and len(b) > 4 or _al(w) and b.endswith(("ين", "ون")) or strict and b in _common_nouns():
        return False  # بيانات، النازحين، الحدود: a plural or common noun, no place's name
    if not _al(w) and (b.endswith(("ي", "يه")) or b[0] in "لب" and len(b) > 4):
        return False  # an adjective (عسكرية، حدودي) or a word under ل/ب (للنازحين)
    return True


def place_at(toks: list[Tok], i: int, taken: set[int], starts_name) -> Hit | None:
    """A place named from its head noun at i (بلدة شمسطار، مخيمي "شاريا"); a gazetteer
    name after the head is left to the gazetteer."""
    w = toks[i].text
    found = head_of(w, PLACE_HEADS) or (head_of(w[:-1], PLACE_HEADS) if w.endswith("ي") else None)
    if found is None or found[1]:
        return None
    skip = found[2]
    s = toks[i].sentence
    j = i + 1
    q = _quoted(toks, j, s)
    if q is not None:  # سجن "عوفر"، مخيمي "شاريا" و"كبرتو 2"
        return Hit(j + 1, q - 1, 0, j + 1, "place")
    if w.endswith("ي") and head_of(w, PLACE_HEADS) is None:
        return None
    if j >= len(toks) or toks[j].sentence != s or j in taken or starts_name(j):
        return None
    w = toks[j].text
    if not _place_word(w, found[0] in _GENERIC_PLACE_HEADS or _al(w)):
        return None
    end = j + 1

    def ok(k: int) -> bool:
        return k < len(toks) and toks[k].sentence == s and k not in taken

    if w in PLACE_JOIN:
        if not (ok(end) and toks[end].text[0].isalpha() and toks[end].text not in STOP):
            return None
        end += 1
    if ok(end) and (toks[end].is_number and len(toks[end].text) <= 2 or toks[end].text in PLACE_TAILS):
        end += 1
    return Hit(i, end, skip, i, "place")


_KNOWN_AS = frozenset({"المعروف", "المعروفه", "المسمي", "المسماه", "يعرف", "تعرف", "المعروفين"})
_OUTLET_TAILS = frozenset({"فضائيه", "اخباريه", "عربيه", "دوليه", "رسميه", "جديد", "عربي"})
_MEDIA_STRICT = frozenset({"قناه", "موقع", "بوابه"})  # also channel, site, gate


def media_at(toks: list[Tok], i: int, taken: set[int]) -> Hit | None:
    """An outlet from its head noun at i (صحيفة النهار), or quoted after ل/بحسب (لـ«النهار»),
    or a body known by a quoted name (المعروفة بـ"الميكانيزم")."""
    found = head_of(toks[i].text, MEDIA_HEADS)
    if found is not None and not found[1]:
        head, _, skip = found
        s = toks[i].sentence
        q = _quoted(toks, i + 1, s)
        if q is not None:
            return Hit(i, q, skip, i + 1, "media")
        end = i + 1
        while end < len(toks) and end - i <= 3 and toks[end].sentence == s and end not in taken \
                and _al(toks[end].text) and toks[end].text not in NOT_NAMES \
                and (end == i + 1 or bare(toks[end].text) in _OUTLET_TAILS or bare(toks[end].text) in nationalities()):
            end += 1
        if end == i + 1:
            return None
        words = [toks[k].text for k in range(i + 1, end)]
        if head in _MEDIA_STRICT and "الفضائيه" not in words and head != "بوابه":
            return None
        if _adjective_like(words[0]) and bare(words[0]) not in nationalities():
            return None  # صحيفة محلية / الرسمية: no name
        return Hit(i, end, skip, i + 1, "media")
    # told to an outlet: لـ«النهار»، بحسب «القبس»; known as: المعروفة بـ"الميكانيزم"
    w = toks[i].text
    if w in ("ب", "باسم") and i and toks[i - 1].text in _KNOWN_AS and i + 1 < len(toks):
        q = _quoted(toks, i + 1, toks[i].sentence)
        if q is not None:
            return Hit(i + 2, q - 1, 0, i + 2, "body")
    if w in ("ل", "ول", "بحسب", "حسب", "وفق", "وفقا", "لصحيفه", "لقناه") and i + 1 < len(toks):
        q = _quoted(toks, i + 1, toks[i].sentence)
        if q is not None and q - i <= 5 and all(toks[k].text[0].isalpha() for k in range(i + 2, q - 1)):
            return Hit(i + 2, q - 1, 0, i + 2, "media")
    return None


def document_at(toks: list[Tok], i: int, taken: set[int], place_name) -> Hit | None:
    """A resolution, vision, plan, law or declaration by its number, place or own name:
    القرار 1701، رؤية 2030، إعلان جدة، خطة الاستجابة الأردنية للأزمة السورية. ``place_name(k)``
    is the end of a place's name starting at k, or None."""
    found = head_of(toks[i].text, DOC_HEADS)
    if found is None:
        return None
    _head, definite, skip = found
    s = toks[i].sentence
    j = i + 1
    if j >= len(toks) or toks[j].sentence != s or j in taken:
        return None
    w = toks[j].text
    if w.isdigit() and len(w) == 4 and _head in ("رؤيه", "خطه", "استراتيجيه"):
        return Hit(i, j + 1, skip, i, "document")  # a vision or plan named by its year
    q = _quoted(toks, j, s)
    if q is not None:
        return Hit(i, q, skip, i, "document")
    if definite:
        return None
    end = place_name(j)
    if end is not None:
        return Hit(i, end, skip, i, "document")
    if not _al(w):
        return None  # إعلان إنهاء العمليات …: a verbal noun, an act, not a named document
    end, gated, purpose = _chain(toks, j, s, taken, True, lambda k: False)
    first_l = next((k for k in range(j, end) if toks[k].text.startswith("ل")), end)
    if end > j and purpose and any(_gate(toks[k].text) for k in range(j, first_l)):
        return Hit(i, end, skip, i, "document")  # خطة الاستجابة الأردنية للأزمة السورية
    return None
