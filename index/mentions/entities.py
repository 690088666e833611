"""Entities from a gazetteer: places, bases, organisations (and the user's own aliases).

Names are matched in normalised form with clitics allowed (وبغداد, بالأنبار, لـ"البنتاجون",
للأنبار), longest name first, and every spelling of one thing maps to one canonical
name, so داعش and تنظيم الدولة الإسلامية, البنتاغون and البنتاجون link.
"""

from __future__ import annotations

from functools import lru_cache

from ..arabic.normalize import normalize
from ..user_files import read_aliases
from .countries import COUNTRIES
from .tokens import Tok, strip_clitic

# canonical name -> other spellings and names for it (the canonical name matches itself)
BUILTIN: dict[str, list[str]] = {
    # military bases
    "عين الأسد": ["قاعدة عين الأسد", "Ain al-Asad"],
    "حرير": ["قاعدة حرير", "قاعدة الحرير"],
    "فيكتوريا": ["قاعدة فيكتوريا"],
    "بلد": ["قاعدة بلد"],
    "التاجي": ["قاعدة التاجي", "معسكر التاجي"],
    "التنف": ["قاعدة التنف"],
    "الشدادي": ["قاعدة الشدادي"],
    # organisations
    "التحالف الدولي": ["التحالف الدولي ضد داعش", "التحالف العالمي لهزيمة داعش", "التحالف الدولي لمحاربة داعش",
                       "قوات التحالف الدولي", "قوات التحالف", "coalition"],
    "داعش": ["تنظيم الدولة الإسلامية", "تنظيم الدولة", "الدولة الإسلامية", "تنظيم داعش", "ISIS", "ISIL"],
    "البنتاغون": ["البنتاجون", "وزارة الدفاع الأمريكية", "وزارة الدفاع الأميركية", "Pentagon"],
    "وزارة الخارجية الأمريكية": ["وزارة الخارجية الأميركية", "الخارجية الأمريكية", "الخارجية الأميركية"],
    "البيت الأبيض": [],
    "الحشد الشعبي": ["هيئة الحشد الشعبي"],
    "كتائب حزب الله": [],
    "حزب الله": [],
    "المقاومة الإسلامية في العراق": ["المقاومة الإسلامية بالعراق"],
    "الأمم المتحدة": ["منظمة الأمم المتحدة", "United Nations"],
    "يونامي": ["بعثة الأمم المتحدة لمساعدة العراق"],
    "حلف الناتو": ["الناتو", "حلف شمال الأطلسي", "NATO"],
    "قوات سوريا الديمقراطية": ["قسد"],
    "الحكومة العراقية": [],
    "الجيش العراقي": ["القوات المسلحة العراقية"],
    "وزارة الدفاع العراقية": [],
    "وزارة الداخلية العراقية": [],
    "جهاز مكافحة الإرهاب": [],
    "البنك الدولي": ["World Bank"],
    "صندوق النقد الدولي": ["IMF"],
    "الاتحاد الأوروبي": ["EU"],
    "جامعة الدول العربية": ["الجامعة العربية"],
    "مجلس الأمن": ["مجلس الأمن الدولي"],
    "البرلمان العراقي": ["مجلس النواب العراقي"],
    "رويترز": ["وكالة رويترز", "Reuters"],
    "وكالة الأنباء العراقية": ["واع"],
    "إقليم كردستان": ["إقليم كردستان العراق", "كردستان العراق", "كردستان"],
    # places (Iraq, then the region's capitals and fronts)
    "بغداد": ["Baghdad"], "الأنبار": ["Anbar"], "أربيل": ["Erbil", "اربيل"], "الموصل": ["Mosul"],
    "نينوى": [], "كركوك": ["Kirkuk"], "البصرة": ["Basra"], "النجف": [], "كربلاء": [],
    "الفلوجة": ["Fallujah"], "الرمادي": [], "تكريت": [], "صلاح الدين": [], "ديالى": [],
    "السليمانية": [], "دهوك": [], "بابل": [], "واسط": [], "ميسان": [], "ذي قار": [],
    "المثنى": [], "سنجار": [], "القائم": [], "دمشق": ["Damascus"], "بيروت": ["Beirut"],
    "طهران": ["Tehran"], "واشنطن": ["Washington"], "القاهرة": ["Cairo"], "الرياض": [],
    "أنقرة": [], "غزة": ["Gaza"], "دير الزور": [], "الرقة": [], "حلب": ["Aleppo"], "إدلب": [],
    "سوريا": ["سورية"], "الولايات المتحدة": ["الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية",
                                           "أمريكا", "أميركا", "U.S."],
    # the short names news uses for countries CLDR names in full
    "السعودية": ["المملكة العربية السعودية", "المملكة السعودية"],
    "الإمارات": ["الإمارات العربية المتحدة", "دولة الإمارات", "UAE"],
    "بريطانيا": ["المملكة المتحدة", "بريطانيا العظمى", "UK"],
    "فلسطين": ["الأراضي الفلسطينية", "دولة فلسطين"],
    "عُمان": ["سلطنة عمان"],
    # more bases of the region's wars (a base's bare name only where it is no common word)
    "قاعدة العديد": ["قاعدة العديد الجوية"],
    "الظفرة": ["قاعدة الظفرة", "قاعدة الظفرة الجوية"],
    "إنجرليك": ["انجرليك", "قاعدة إنجرليك", "قاعدة انجرليك", "Incirlik"],
    "قاعدة الأمير سلطان": ["قاعدة الأمير سلطان الجوية"],
    "قاعدة علي السالم": ["قاعدة علي السالم الجوية"],
    "عريفجان": ["معسكر عريفجان", "قاعدة عريفجان"],
    "حميميم": ["قاعدة حميميم", "قاعدة حميميم الجوية"],
    "البرج 22": ["Tower 22"],
    "حقل العمر": ["قاعدة حقل العمر"],
    "كونيكو": ["حقل كونيكو", "قاعدة كونيكو"],
    "رميلان": ["قاعدة رميلان"],
    "قاعدة العند": ["قاعدة العند الجوية"],
    # more organisations, movements and agencies
    "حماس": ["حركة حماس", "Hamas"],
    "الحوثيون": ["الحوثيين", "جماعة الحوثي", "أنصار الله", "جماعة أنصار الله", "Houthis"],
    "الحرس الثوري": ["الحرس الثوري الإيراني", "IRGC"],
    "هيئة تحرير الشام": [],
    "منظمة الصحة العالمية": ["WHO"],
    "الصليب الأحمر": ["اللجنة الدولية للصليب الأحمر", "ICRC"],
    "الهلال الأحمر": [],
    "الأونروا": ["UNRWA"],
    "الاتحاد الأفريقي": ["الاتحاد الإفريقي"],
    "مجلس التعاون الخليجي": ["مجلس التعاون لدول الخليج العربية", "مجلس التعاون"],
    "منظمة التعاون الإسلامي": [],
    "الوكالة الدولية للطاقة الذرية": ["وكالة الطاقة الذرية", "IAEA"],
    "منظمة العفو الدولية": ["العفو الدولية", "Amnesty International"],
    "هيومن رايتس ووتش": ["Human Rights Watch"],
    "أوبك": ["OPEC"],
    "الكرملين": ["Kremlin"],
    "الكونغرس": ["الكونغرس الأمريكي", "الكونغرس الأميركي", "Congress"],
    "فرانس برس": ["وكالة فرانس برس", "أ ف ب", "AFP"],
    "أسوشيتد برس": ["وكالة أسوشيتد برس", "Associated Press"],
    "سانا": ["وكالة سانا", "الوكالة العربية السورية للأنباء"],
    "واس": ["وكالة الأنباء السعودية"],
    "وام": ["وكالة أنباء الإمارات"],
    # the region's cities and places (not those that are also common words: صور, جدة,
    # مسقط, درعا, عمّان = عُمان without harakat)
    "الدوحة": ["Doha"], "أبوظبي": ["أبو ظبي", "Abu Dhabi"], "دبي": ["Dubai"], "المنامة": [],
    "صنعاء": ["Sanaa"], "عدن": ["Aden"], "الحديدة": [], "مأرب": [], "تعز": [],
    "مكة": ["مكة المكرمة"], "الدمام": [], "الخرطوم": [], "طرابلس": ["Tripoli"],
    "بنغازي": [], "مصراتة": [], "صفاقس": [], "سوسة": [], "الرباط": ["Rabat"],
    "الدار البيضاء": ["Casablanca"], "مراكش": [], "طنجة": [], "وهران": [], "قسنطينة": [],
    "نواكشوط": [], "الإسكندرية": ["Alexandria"], "سيناء": ["شبه جزيرة سيناء"], "العريش": [],
    "قناة السويس": ["Suez Canal"], "القدس": ["Jerusalem"], "رام الله": [], "نابلس": [],
    "الخليل": [], "خان يونس": [], "رفح": ["Rafah"], "قطاع غزة": [], "الضفة الغربية": ["West Bank"],
    "الجولان": ["هضبة الجولان"], "حمص": [], "حماة": [], "اللاذقية": [], "طرطوس": [],
    "القامشلي": [], "الحسكة": [], "البوكمال": [], "منبج": [], "عفرين": [], "صيدا": [],
    "بعلبك": [], "إسطنبول": ["اسطنبول", "Istanbul"], "موسكو": ["Moscow"], "باريس": ["Paris"],
    "لندن": ["London"], "برلين": ["Berlin"], "بكين": ["Beijing"], "جنيف": ["Geneva"],
    "فيينا": ["Vienna"], "بروكسل": ["Brussels"], "نيويورك": ["New York"], "كييف": ["Kyiv"],
    "مضيق هرمز": ["Strait of Hormuz"], "باب المندب": ["مضيق باب المندب"],
    "البحر الأحمر": ["Red Sea"],
}
# Country names that are ordinary words too: only with their full name.
_SKIP_COUNTRIES = {"عُمان"}  # also the city of Amman without harakat
_MAX_WORDS = 6



@lru_cache(maxsize=1)
def gazetteer() -> dict[tuple[str, ...], str]:
    """Normalised word tuples -> canonical name. Cached: the alias file is read once per run."""
    table: dict[tuple[str, ...], str] = {}

    def add(name: str, canonical: str) -> None:
        words = tuple(normalize(name).lower().split())
        if words and len(words) <= _MAX_WORDS:
            table.setdefault(words, canonical)

    for canonical, aliases in {**BUILTIN, **read_aliases().entities}.items():
        add(canonical, canonical)
        for alias in aliases:
            add(alias, canonical)
    for name in COUNTRIES.values():
        if name not in _SKIP_COUNTRIES:
            add(name, name)
    return table


@lru_cache(maxsize=1)
def _first_words() -> dict[str, tuple[int, ...]]:
    """First word of a name -> the lengths (in words) of the names it begins, longest
    first: only those are tried where the word occurs (قاعدة, مجلس and وزارة are common)."""
    lengths: dict[str, set[int]] = {}
    for words in gazetteer():
        lengths.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}


@lru_cache(maxsize=32768)
def _heads(word: str) -> tuple[str, ...]:
    forms = list(strip_clitic(word, allow_al=False))
    for f in list(forms):
        if f.startswith("لل") and len(f) > 3:
            forms.append("ال" + f[2:])  # للأنبار = ل + الأنبار
    return tuple(forms)


# word -> its forms that begin a gazetteer name (usually none), filled as words come:
# extraction asks at every word. Kept with the first-words set it was made for (held, so
# a re-read gazetteer's new set can never be mistaken for it) and bounded.
_HEADS_MEMO: list = [None, {}]


def find_entities(toks: list[Tok], taken: set[int]) -> list[tuple[int, int, str, int]]:
    """(start token, end token, canonical name, characters of clitic to skip at the start)."""
    table, first = gazetteer(), _first_words()
    if _HEADS_MEMO[0] is not first or len(_HEADS_MEMO[1]) > 100_000:
        _HEADS_MEMO[:] = [first, {}]
    known = _HEADS_MEMO[1]
    out = []
    i = 0
    while i < len(toks):
        best = None
        text = toks[i].text
        heads = known.get(text)
        if heads is None:
            heads = known[text] = tuple(h for h in _heads(text.lower()) if h in first)
        if heads and i not in taken:
            word = toks[i].text.lower()
            for head in heads:
                for n in first[head]:
                    if i + n > len(toks) or toks[i + n - 1].sentence != toks[i].sentence:
                        continue
                    words = (head,) + tuple(t.text.lower() for t in toks[i + 1:i + n])
                    if words in table and not (set(range(i, i + n)) & taken):
                        if best is None or n > best[1] - best[0]:
                            best = (i, i + n, table[words], len(word) - len(head))
                        break
        if best is None and i not in taken and text in _PATTERN_HEADS:
            best = _pattern_at(toks, i, taken)
        if best:
            out.append(best)
            i = best[1]
        else:
            i += 1
    return out


# Bodies named by a pattern, not a list: any ministry by its portfolio and country
# ("وزارة الخارجية القطرية", "بوزارة الصحة") and any country's forces ("القوات
# الأمريكية", "الجيش التركي"). Their canonical name is their own spelling, harakat
# removed (see extract.py), so they link across articles without a gazetteer entry each.
OWN_NAME = ""  # the canonical name find_entities gives a body it named by pattern
_HEADS = {"وزاره": "ministry", "جيش": "forces", "الجيش": "forces", "قوات": "forces", "القوات": "forces"}
_PATTERN_HEADS = {**{w: (kind, 0) for w, kind in _HEADS.items()},
                  **{c + w: (kind, 1) for w, kind in _HEADS.items() for c in "وبلف"
                     if not (c == "ل" and w.startswith("ال"))}}
_PATTERN_HEADS.update({"لل" + w[2:]: (k, 0) for w, (k, _) in list(_PATTERN_HEADS.items())
                       if w.startswith("ال")})  # للقوات = ل + القوات: named whole, as للأنبار


def _pattern_at(toks: list[Tok], i: int, taken: set[int]) -> tuple[int, int, str, int] | None:
    s = toks[i].sentence
    kind, clitic = _PATTERN_HEADS[toks[i].text]

    def name_word(k: int) -> bool:
        if k >= len(toks) or k in taken or toks[k].sentence != s:
            return False
        w = toks[k].text
        return w.startswith("ال") and len(w) > 4

    def country(k: int) -> bool:  # القطرية, الأمريكية, التركي
        return name_word(k) and toks[k].text.endswith(("يه", "ي")) and len(toks[k].text) > 5

    if kind == "forces":  # a country's: "القوات الأمريكية", not "القوات الخاصة"
        if not country(i + 1):
            return None
        return i, i + 2, OWN_NAME, clitic
    if not name_word(i + 1):
        return None
    end = i + 2
    if country(end) and toks[end].text.endswith("يه"):  # its country: القطرية, الأمريكية
        end += 1
    return i, end, OWN_NAME, clitic
