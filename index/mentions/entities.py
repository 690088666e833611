"""Entities: a gazetteer's places, bases, organisations and outlets (and the user's own
aliases), and the bodies, places and outlets news names by a head noun (entity_bodies.py)
and their short forms later in the article (entity_links.py).

Names are matched in normalised form with clitics allowed (وبغداد, بالأنبار, لـ"البنتاجون",
للأنبار), longest name first, and every spelling of one thing maps to one canonical
name, so داعش and تنظيم الدولة الإسلامية, البنتاغون and البنتاجون link.
"""

from __future__ import annotations

from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from ..arabic.normalize import normalize
from ..user_files import read_aliases
from .armed_groups import ARMED_GROUPS
from .countries import COUNTRIES
from .entity_bodies import QUOTE_OPEN, body_at, document_at, media_at, place_at
from .entity_links import REALM_WORDS, SHORT_WORDS, realm_forms, short_forms
from .entity_persons import person_flags
from .entity_words import BODY_HEADS, DOC_HEADS, MEDIA_HEADS, PLACE_CUES, PLACE_HEADS, PLACE_JOIN
from .places import COUNTRY_NAMES, CUED, MEDIA, PLACES
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
    "قوات الدعم السريع": ["الدعم السريع"],
    "البيشمركة": ["قوات البيشمركة", "البيشمركه", "بيشمركة"],
    "اليونيفيل": ["قوات اليونيفيل", "UNIFIL"],
    "حركة الشباب": ["حركة الشباب المجاهدين", "الشباب المجاهدين"],
    "الجيش الوطني الليبي": [],
    "فاغنر": ["مجموعة فاغنر", "Wagner"],
    "الفيلق الأفريقي": ["الفيلق الإفريقي"],
    "الدفاع المدني": ["الدفاع المدني اللبناني", "الدفاع المدني السوري"],
    "الخوذ البيضاء": [],
    "أوتشا": ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "مكتب تنسيق الشؤون الإنسانية", "OCHA"],
    "اليونيسف": ["منظمة اليونيسف", "UNICEF"],
    "مفوضية اللاجئين": ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "المفوضية السامية لشؤون اللاجئين",
                        "UNHCR"],
    "برنامج الأغذية العالمي": ["WFP"],
    "المنظمة الدولية للهجرة": ["IOM"],
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
# gazetteer names that are common words too (مالي "financial"): an entity only where a word
# before introduces a place or beside another place (as places.CUED), though the gazetteer
# (which datelines and the quotes' bodies read) keeps them
_NEEDS_CUE = {"مالي", "القائم"}  # القائم "standing" (القائم على، التوازن القائم)
# names only matched with a word beside them: a base named by a common word ("country"): only
# as قاعدة بلد; Oman only as سلطنة عمان, since bare عمان is Amman as often (عمّان without harakat)
_NOT_ALONE = {"بلد", "عُمان"}
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
        if canonical not in _NOT_ALONE:
            add(canonical, canonical)
        for alias in aliases:
            add(alias, canonical)
    for name in COUNTRIES.values():
        if name not in _SKIP_COUNTRIES:
            add(name, name)
    for group in (COUNTRY_NAMES, PLACES, MEDIA, ARMED_GROUPS):
        for canonical, aliases in group.items():
            add(canonical, canonical)
            for alias in aliases:
                add(alias, canonical)
    return table


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Canonical names of places (not bodies): what a declaration or agreement may be named by."""
    capitals = [n for n in BUILTIN if n in _BUILTIN_PLACES]
    return frozenset(list(PLACES) + list(CUED) + list(COUNTRY_NAMES) + list(COUNTRIES.values()) + capitals)


_BUILTIN_PLACES = frozenset("""بغداد أربيل الموصل البصرة النجف كربلاء دمشق بيروت طهران واشنطن القاهرة الرياض
أنقرة غزة حلب سوريا الولايات المتحدة السعودية الإمارات بريطانيا فلسطين الدوحة أبوظبي دبي المنامة صنعاء عدن
مكة الخرطوم طرابلس بنغازي الرباط الدار البيضاء الإسكندرية القدس رام الله إسطنبول موسكو باريس لندن برلين بكين
جنيف فيينا بروكسل نيويورك كييف""".split()) | {"الولايات المتحدة", "الدار البيضاء", "رام الله"}


@lru_cache(maxsize=1)
def _cued() -> dict[str, str]:
    """Place names that are common words too (normalised, one word) -> canonical name."""
    return {normalize(n): n for n in CUED}


_PREFIX_MEMO: list = [None, frozenset()]  # (the gazetteer it was made from, its prefixes)


def _prefixes() -> frozenset[tuple[str, ...]]:
    """Every beginning of a gazetteer name (two words or more): a match grows word by word
    only while its words still begin some name. Made again whenever the gazetteer is (the
    user's aliases changed)."""
    table = gazetteer()
    if _PREFIX_MEMO[0] is not table:
        _PREFIX_MEMO[:] = [table, frozenset(words[:k] for words in table for k in range(2, len(words) + 1))]
    return _PREFIX_MEMO[1]


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


class EntityHit(NamedTuple):
    """Tokens [start, end) name an entity. ``canonical`` is its gazetteer name, or None
    when its own words (tokens [name_start, name_end)) name it: a body, place or outlet
    found by a head noun, or a short form pointing back at one named in full."""

    start: int
    end: int
    canonical: str | None
    skip: int  # characters of clitic before the mention's first letter
    name_start: int
    name_end: int
    name_skip: int  # characters of clitic before the name's first letter
    why: str


# word -> its forms that begin a gazetteer name (usually none), filled as words come:
# extraction asks at every word. Kept with the first-words set it was made for (held, so
# a re-read gazetteer's new set can never be mistaken for it) and bounded.
_HEADS_MEMO: list = [None, {}]
_PATTERN_FIRST = BODY_HEADS | PLACE_HEADS | MEDIA_HEADS | DOC_HEADS


_MAY: dict[str, int] = {}  # word -> _may_head(word): asked at every word, a plain dict is cheapest


def _may_head(word: str) -> int:
    """What the word may begin: a body, place, outlet or document named by its head noun
    (or an outlet quoted after ل/بحسب): bits, see _may_head_uncached."""
    found = _MAY.get(word)
    if found is None:
        if len(_MAY) >= 200_000:  # bounded: a dossier's vocabulary
            _MAY.clear()
        found = _MAY[word] = _may_head_uncached(word)
    return found


def _may_head_uncached(word: str) -> int:
    """Bits: a body's head 16, a place's 32 (or its dual: مخيمي), an outlet's 64, a
    document's 128, a word an outlet is quoted after 256 (ل، بحسب; known as: ب، باسم)."""
    forms = strip_clitic(word, allow_al=False)

    def heads(group) -> bool:
        return any(f in group or f[2:] in group for f in forms)

    return ((16 if heads(BODY_HEADS) else 0)
            | (32 if heads(PLACE_HEADS) or word.endswith("ي") and any(f[:-1] in PLACE_HEADS for f in forms) else 0)
            | (64 if heads(MEDIA_HEADS) else 0) | (128 if heads(DOC_HEADS) else 0)
            | (256 if word in ("ل", "ول", "بحسب", "حسب", "وفق", "وفقا", "ب", "باسم") else 0))


_text_of = attrgetter("text")
# the last article's tokens, their words and where a person may be named (person_mentions
# reads them after this, for the same tokens: one pass over the words, not two)
LAST: list = [None, None, None]
# word -> what may begin at it (a gazetteer name 1, a head noun 2, a place that is a
# common word 4; 0 for most words), for the first-words set it was made for, bounded
_KINDS_MEMO: list = [None, {}]


def _new_kinds(first) -> dict[str, int]:
    _KINDS_MEMO[:] = [first, {}]
    return _KINDS_MEMO[1]


def find_entities(toks: list[Tok], taken: set[int]) -> list[EntityHit]:
    table, first, cued, prefixes = gazetteer(), _first_words(), _cued(), _prefixes()
    if _HEADS_MEMO[0] is not first or len(_HEADS_MEMO[1]) > 100_000:
        _HEADS_MEMO[:] = [first, {}]
    if len(_KINDS_MEMO[1]) > 200_000:
        _new_kinds(first)
    known = _HEADS_MEMO[1]

    memo: dict[int, EntityHit | None] = {}

    def gaz_at(i: int) -> EntityHit | None:
        """The longest gazetteer name starting at token i (under a clitic), or None."""
        if i in memo:
            return memo[i]
        text = toks[i].text
        heads = known.get(text)
        if heads is None:
            heads = known[text] = tuple(h for h in _heads(text.lower()) if h in first)
        best = None
        if heads and i not in taken:
            word = text.lower()
            s0, n_toks = toks[i].sentence, len(toks)
            for head in heads:  # word by word while the words begin some name: the longest one
                words: tuple[str, ...] = (head,)
                k = i + 1
                found = words in table and k
                if first[head][0] > 1:  # (most names are one word: no longer one to try)
                    while k < n_toks and k - i < _MAX_WORDS and toks[k].sentence == s0:
                        words = words + (toks[k].text.lower(),)
                        if words not in prefixes:
                            break
                        k += 1
                        if words in table:
                            found = k
                if found == i + 1 and words[:1] and table.get(words[:1]) in _NEEDS_CUE:
                    found = False  # (read as places.CUED are: see _listed_places and the cue below)
                if found == i + 1 and text[:1] == "و" and text[1:] in PLACE_JOIN and i + 1 < n_toks \
                        and toks[i + 1].sentence == s0 and toks[i + 1].text[:1].isalpha():
                    found = False  # وأم روابة "and Umm Ruwaba", not وام the agency
                if found and (best is None or found > best.end) and not any(x in taken for x in range(i, found)):
                    skip = len(word) - len(head)
                    best = EntityHit(i, found, table[words[:found - i]], skip, i, found, skip, "named in the gazetteer")
        memo[i] = best
        return best

    def starts_name(k: int) -> int:
        """The end of the gazetteer name starting at k, else 0."""
        g = gaz_at(k) if k < len(toks) else None
        return g.end if g is not None else 0

    def place_end(k: int) -> int | None:
        """The end of a place's name at k: a gazetteer place, or one that is a common word too."""
        g = gaz_at(k)
        if g is not None:
            return g.end if g.canonical in _places() else None
        w = toks[k].text
        return k + 1 if w in cued or w[:1] in "وبل" and w[1:] in cued else None

    def _names_the_rest(k: int, end: int) -> bool:
        """بعثة التحالف الدولي، حكومة العراق: the gazetteer's name after a head, linked as it."""
        g = gaz_at(k) if k < len(toks) else None
        return g is not None and g.end == end

    out: list[EntityHit] = []
    kinds = _KINDS_MEMO[1] if _KINDS_MEMO[0] is first else _new_kinds(first)
    texts = list(map(_text_of, toks))
    got = list(map(kinds.get, texts))
    if None in got:  # words not seen before: what may begin at each
        for k, kind in enumerate(got):
            if kind is None:
                text = texts[k]
                heads = known.get(text)
                if heads is None:
                    heads = known[text] = tuple(h for h in _heads(text.lower()) if h in first)
                listed = text[:1] == "و" and text[1:] in cued
                got[k] = kinds[text] = ((1 if heads else 0) | _may_head(text)
                                        | (4 if text in cued else 0) | (8 if listed else 0)
                                        | person_flags(text) << 9 | (4096 if text in REALM_WORDS else 0)
                                        | (8192 if text in SHORT_WORDS else 0))
    # most words begin nothing: only the others are visited (a list built at C speed)
    some = [(k, kind) for k, kind in enumerate(got) if kind]
    where = [k for k, kind in some if kind & 511]
    LAST[:] = [toks, texts, [(k, kind >> 9 & 7) for k, kind in some if kind >> 9 & 7]]
    realms = [k for k, kind in some if kind & 4096]
    shorts = [k for k, kind in some if kind & 8192]
    seen_cued = False
    i = 0
    for i0 in where:
        if i0 < i:
            continue  # inside the entity found before
        i = i0
        text = texts[i]
        kind = kinds[text]
        seen_cued = seen_cued or kind & 12
        best = gaz_at(i) if kind & 1 else None
        if kind & 496 and best is None and i not in taken:  # (where a gazetteer name starts, it wins)
            hit = None
            if kind & 16:
                hit = body_at(toks, i, taken, starts_name)
            if hit is None and kind & 32:
                hit = place_at(toks, i, taken, starts_name)
            if hit is None and kind & 320 and (kind & 64 or i + 1 < len(toks) and toks[i + 1].text in QUOTE_OPEN):
                hit = media_at(toks, i, taken)
            if hit is None and kind & 128:
                hit = document_at(toks, i, taken, place_end)
            # the gazetteer's name wins where it starts too, and where it is all a head names
            # (بعثة التحالف الدولي is the coalition), except a ministry's or government's
            # (وزارة البيشمركة، حكومة إقليم كوردستان: not the place they are of)
            if hit is not None and (best is None or hit.end - hit.start > best.end - best.start) and not (
                    best is not None and best.start == hit.start) and not (
                    _names_the_rest(hit.start + 1, hit.end) and not text.endswith(("وزاره", "حكومه"))):
                best = EntityHit(hit.start, hit.end, None, hit.skip, hit.name_start, hit.end,
                                 hit.skip if hit.name_start == hit.start else 0, _WHY[hit.kind])
        if best is None and kind & 4 and i not in taken and i and toks[i - 1].sentence == toks[i].sentence \
                and toks[i - 1].text in PLACE_CUES:
            best = EntityHit(i, i + 1, cued[text], 0, i, i + 1, 0, "a place named after a word that introduces one")
        if best:
            out.append(best)
            i = best.end
        else:
            i += 1
    if seen_cued:
        out += _listed_places(toks, taken, out, cued)
    return sorted(out + short_forms(toks, taken, out, texts, shorts)
                  + (realm_forms(toks, taken, out, texts, realms) if realms else []))


@lru_cache(maxsize=1)
def _cued_any() -> frozenset[str]:
    """The cued names and the same under و (listed: ومالي)."""
    names = _cued()
    return frozenset(list(names) + ["و" + w for w in names])


def _listed_places(toks: list[Tok], taken: set[int], hits: list[EntityHit], cued: dict[str, str]) -> list[EntityHit]:
    """A place that is a common word too, listed beside another place: إربد والمفرق والزرقاء،
    النيجر ومالي، سرت والجفرة، طريق الأبيض - الدلنج، الخرطوم - جدة."""
    ends = {h.end for h in hits}
    starts = {h.start for h in hits}
    inside = {k for h in hits for k in range(h.start, h.end)}
    out: list[EntityHit] = []
    n = len(toks)
    cued_any = _cued_any()
    for k, t in enumerate(toks):
        if t.text not in cued_any or k in taken or k in inside:
            continue
        w, skip = t.text, 0
        if w not in cued:
            if not (w[:1] == "و" and w[1:] in cued):
                continue
            w, skip = w[1:], 1
        s = t.sentence

        def same(j: int, s: int = s) -> bool:
            return 0 <= j < n and toks[j].sentence == s

        after_place = k in ends and same(k - 1) or (same(k - 2) and toks[k - 1].text in ("-", "،") and k - 1 in ends)
        before_place = not skip and same(k + 1) and (
            k + 1 in starts and toks[k + 1].text[:1] == "و"
            or toks[k + 1].text == "-" and same(k + 2) and k + 2 in starts)
        if after_place or before_place:
            out.append(EntityHit(k, k + 1, cued[w], skip, k, k + 1, skip, "a place listed beside another place"))
            ends.add(k + 1)
    return out


_WHY = {"body": "a body named by its head noun and its own words",
        "place": "a place named by its head noun",
        "media": "an outlet named by its head noun or quoted as a source",
        "document": "a resolution, plan or declaration named by its number, place or own name"}
