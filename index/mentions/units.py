"""What a number counts: the counted noun after it, reduced to its singular and named in
the corpus labels' unit vocabulary (tests/data/corpus/LABEL_BRIEF.md), else by itself.

Rules are written against lemmas (normalised singulars), not against listed forms: a
noun is tried bare and under its clitics (و ف ب ل ك, ال, لل), without the accusative alef
(جنديًا), as a dual or sound plural (جنديين, معتقلون, عائلات, عائلتين) and through the
broken-plural table (أسرى -> أسير, شهداء -> شهيد). A teh marbuta is part of the word
(بلدة is a town, not بلد): only the pronoun suffixes ها/هم/هن/نا are dropped, and ه
only after a plural (عناصره).
"""

from __future__ import annotations

from functools import lru_cache

from ..arabic.normalize import is_diacritic, normalize
from ..arabic.plurals import plurals_of, singular_of
from .countries import COUNTRIES
from .numbers import NUMBER_WORDS
from .tokens import strip_clitic

# unit -> lemmas (normalised singulars); a lemma is also matched in its plural and dual
_LEMMAS = {
    "troops": "جندي عسكري عنصر مقاتل ضابط منتسب جنود فرد",
    "advisers": "مستشار",
    "countries": "دوله بلد",
    "attacks": "هجوم اعتداء هجمه",
    "strikes": "غاره ضربه",
    "rockets": "صاروخ قذيفه",
    "drones": "مسيره درون",
    "aircraft": "طائره مقاتله مروحيه",
    "bases": "قاعده",
    "people": "شخص مدني مواطن نسمه انسان ناخب مهاجر متطوع عائد طفل امراه رجل "
              # nationality adjectives counted as people: "500 سوري", "نحو 25 مليون سوداني"
              "سوري سوداني عراقي لبناني فلسطيني يمني مصري ليبي اردني تونسي جزائري مغربي سعودي "
              "كويتي قطري اماراتي بحريني عماني ايراني تركي كردي افغاني صومالي اريتري اثيوبي تشادي "
              "اميركي امريكي بريطاني فرنسي روسي الماني ايطالي اسرائيلي باكستاني هندي بنغالي "
              # and by community: "قتل 12 إيزيدياً", "نحو 300 ألف مسيحي"
              "ايزيدي مسيحي درزي علوي يهودي تركماني اشوري كلداني امازيغي قبطي شبكي صابئي",
    "killed": "قتيل شهيد ضحيه جثه",  # ضحايا of an attack are its dead, and جثث the bodies found
    "wounded": "جريح مصاب اصابه",
    "refugees": "لاجئ",
    "displaced": "نازح مهجر",
    "detainees": "اسير معتقل سجين محتجز موقوف رهينه",
    "families": "عائله اسره",
    "hours": "ساعه",
    "days": "يوم",
    "weeks": "اسبوع",
    "months": "شهر",
    "years": "عام سنه",
    "tons": "طن",
    "km": "كيلومتر كلم كم",
    "USD": "دولار",
    "EUR": "يورو",
    "ILS": "شيكل شيقل",
    "CNY": "يوان",
    "RUB": "روبل",
    "JPY": "ين",
    "MRU": "اوقيه",  # the Mauritanian ouguiya (أوقية جديدة)
    # named by the country after them (currencies.NATIONAL); alone, by their own name
    "franc": "فرنك",
    "rupee": "روبيه",
    # currencies several countries name alike: the country adjective after them decides
    # (currencies.NATIONAL), else the bare name
    "dinar": "دينار",
    "riyal": "ريال",
    "dirham": "درهم",
    "pound": "جنيه",
    "lira": "ليره",
}
LEMMA_UNITS = {lemma: unit for unit, words in _LEMMAS.items() for lemma in words.split()}


def _nisba(country: str) -> str | None:
    """The nationality adjective of a one-word country name, normalised: سوريا -> سوري,
    كندا -> كندي, السودان -> سوداني, الصين -> صيني (irregular ones are listed above)."""
    name = normalize(country)
    if " " in name or len(name) < 3:
        return None
    name = name[2:] if country.startswith("ال") else name  # the article, not ألبانيا's أل
    if name.endswith("يا"):
        return name[:-1]
    if name.endswith("ا"):
        return name[:-1] + "ي"
    return name + "ي"


# people counted by nationality ("300 صيني", "نحو 40 ألف فلبيني"): the adjective of every
# country of the gazetteer; not where the rule makes another word (مالي is "financial")
# or no adjective at all (النمسا's is نمساوي)
_NOT_NISBAS = frozenset("مالي ماليي نمسي".split())
for _name in COUNTRIES.values():
    _adj = _nisba(_name)
    if _adj and _adj not in LEMMA_UNITS and _adj not in _NOT_NISBAS:
        LEMMA_UNITS[_adj] = "people"

# broken plurals of the genre's nouns that the arramooz table lacks, or reads otherwise
# (قوافل there is قافل's), and irregular ones the rules below cannot derive
BROKEN = {
    "افراد": "فرد", "قوافل": "قافله", "اسر": "اسره", "منازل": "منزل", "قري": "قريه",
    "خيام": "خيمه", "اسري": "اسير", "قتلي": "قتيل", "جرحي": "جريح", "ضحايا": "ضحيه",
    "شهداء": "شهيد", "رهائن": "رهينه", "سنين": "سنه", "سنوات": "سنه", "اعوام": "عام",
    "ايام": "يوم", "اشهر": "شهر", "شهور": "شهر", "اسابيع": "اسبوع", "دنانير": "دينار",
    "دراهم": "درهم", "اطنان": "طن", "نساء": "امراه", "رجال": "رجل", "اطفال": "طفل",
    "ناس": "شخص", "اشخاص": "شخص", "جنود": "جندي", "قواعد": "قاعده", "دول": "دوله",
    "بلدان": "بلد", "صواريخ": "صاروخ", "قذائف": "قذيفه", "ضباط": "ضابط", "عناصر": "عنصر",
    "مراحل": "مرحله", "عوامل": "عامل", "نقاط": "نقطه", "تلال": "تله", "مصادر": "مصدر",
    "مشاريع": "مشروع", "مواقع": "موقع", "بيوت": "بيت", "مباني": "مبني", "مدن": "مدينه",
    "لاجئين": "لاجئ", "دقائق": "دقيقه", "اضعاف": "ضعف", "ارباع": "ربع", "اخماس": "خمس", "اعشار": "عشر",
    # counted nouns of the genre the lexicon reads otherwise (مدارس stayed مدارس, أطباء طبي)
    "محاور": "محور", "مدارس": "مدرسه", "احياء": "حي", "اطباء": "طبيب", "طلاب": "طالب", "جسور": "جسر",
    "مكاتب": "مكتب", "سلال": "سله", "وثائق": "وثيقه", "مساكن": "مسكن", "عقود": "عقد",
    "زنازين": "زنزانه", "متاجر": "متجر", "مزارع": "مزرعه", "جثث": "جثه", "ارامل": "ارمله",
    "مرتزقه": "مرتزق", "وفود": "وفد", "مطالب": "مطلب", "معارك": "معركه", "ثوان": "ثانيه", "ثواني": "ثانيه",
    "انفاق": "نفق", "غرف": "غرفه", "ملاعب": "ملعب", "قصائد": "قصيده", "ودائع": "وديعه", "اراضي": "ارض",
    "اراض": "ارض", "ابقار": "بقره",
}
_PRONOUNS = ("ها", "هم", "هن", "نا")
# masculine nouns whose plural is feminine (مخيمات, مطارات): their ين/ان is only a dual
_FEM_PLURAL_MASC = frozenset("مخيم مطار مستشفي معبر مقر موقع مستودع مبني مشروع اجتماع".split())
MASC_WITH_AT = _FEM_PLURAL_MASC | {"دولار", "ريال", "كيلومتر", "حساب", "مليار", "مستند", "سجل", "ملف", "لقاح",
                                    "سند", "عقار", "هكتار", "دونم", "جواز", "لتر", "متر", "كيلوغرام", "غرام",
                                    "مولد", "مخطط", "طلب", "مطلب", "اتفاق", "قرار", "مقترح", "تصريح", "مؤتمر",
                                    "انفجار", "نشاط", "منتج", "مكون", "محرك", "امتحان"}


def _endings(form: str) -> list[str]:
    """Singular candidates of one clitic-free form, most likely first."""
    out = [form]
    if form in BROKEN:
        out.append(BROKEN[form])
    if form.endswith("ا") and len(form) >= 3:  # accusative: جنديا, طنا, قتيلا
        out.append(form[:-1])
    if len(form) >= 5 and form.endswith(("تين", "تان")):  # feminine dual: عائلتين
        out.append(form[:-3] + "ه")
    if len(form) >= 5 and form.endswith("ات"):  # feminine plural: عائلات, مسيرات, شاحنات
        # (a masculine noun only where it takes ات: دولارات, مخيمات; بلدات are towns)
        out.append(form[:-2] if form[:-2] in MASC_WITH_AT else form[:-2] + "ه")
    if len(form) >= 5 and form.endswith(("ين", "ون", "ان")):  # dual, sound plural
        out.append(form[:-2])
    if len(form) >= 5 and form.endswith("ي") and form[:-1] in LEMMA_UNITS:
        out.append(form[:-1])  # a sound plural in construct: مقاتلي الفصائل, معتقلي الرأي
    return out


@lru_cache(maxsize=32768)
def lemmas(word: str) -> tuple[str, ...]:
    """Candidate singulars of a normalised word, most likely first (the word itself first).

    >>> lemmas("والمعتقلين")[-1], lemmas("أسرى".replace("أ", "ا").replace("ى", "ي"))[1]
    ('معتقل', 'اسير')
    """
    out: list[str] = []
    for form in strip_clitic(word):
        for cand in _endings(form):
            out.append(cand)
        broken = singular_of(form)
        if broken:
            out.append(broken)
        for suffix in _PRONOUNS + ("ه",):  # "عناصرها", "جنوده": its members
            base = form[: -len(suffix)]
            if form.endswith(suffix) and len(base) >= 3 and (
                    suffix != "ه" or base in BROKEN or singular_of(base)):
                out += _endings(base)
    return tuple(dict.fromkeys(out))


# one-word country names: "سوريا", "تركيا" are no accusative of سوري, تركي (people)
_COUNTRY_WORDS = frozenset(n for n in (normalize(c) for c in COUNTRIES.values()) if " " not in n) | {
    "سوريا", "امريكا", "اميركا", "روسيا", "ليبيا", "تركيا", "بريطانيا", "المانيا", "ايطاليا", "اسبانيا",
    "اثيوبيا", "اريتريا", "نيجيريا", "كينيا", "اوكرانيا", "فرنسا", "افريقيا", "اسيا", "اوروبا", "استراليا",
    "سوريه"}  # Syria as Syrian papers spell it


@lru_cache(maxsize=32768)
def unit_of(word: str) -> str | None:
    """The vocabulary unit a normalised word counts, or None.

    >>> unit_of("اسيرا"), unit_of("عائلات"), unit_of("طنا"), unit_of("بلده"), unit_of("سوريين")
    ('detainees', 'families', 'tons', None, 'people')
    """
    if any(form in _COUNTRY_WORDS for form in strip_clitic(word)):
        return None
    cands = lemmas(word)
    for cand in cands:
        if cand in LEMMA_UNITS:
            return LEMMA_UNITS[cand]
    for cand in cands:  # the feminine of a noun counting people: أسيرة, معتقلات, جريحة
        if cand.endswith("ه") and LEMMA_UNITS.get(cand[:-1]) in _HUMAN:
            return LEMMA_UNITS[cand[:-1]]
    return None


# units that count people: a feminine form counts the same (not بلدة -> بلد, a town)
_HUMAN = frozenset({"troops", "advisers", "people", "killed", "wounded", "refugees", "displaced", "detainees"})


# nouns starting آل, read ال once normalised: not the article
_AL_SINGULAR = {"اليه": "اليه", "اليات": "اليه", "اليتين": "اليه", "اليتان": "اليه", "اله": "اله", "الات": "اله",
                "الغام": "لغم", "الويه": "لواء"}  # ألغام, ألوية: their أل is the noun's


_WATTS = frozenset(p + w for p in ("", "كيلو", "ميغا", "ميجا", "جيغا", "غيغا", "تيرا") for w in ("وات", "واط"))


def singular_noun(word: str) -> str:
    """An Arabic counted noun outside the vocabulary, as its singular without clitics,
    the article or a case ending: 'مراحل' -> 'مرحله', 'مخيما' -> 'مخيم', 'وحدات' -> 'وحده'.

    >>> singular_noun("مراحل"), singular_noun("مخيما"), singular_noun("الشاحنات"), singular_noun("مستشفيين")
    ('مرحله', 'مخيم', 'شاحنه', 'مستشفي')
    """
    forms = strip_clitic(word)
    form = min(forms, key=len) if word.startswith(("ال", "لل")) and word not in _AL_SINGULAR else word
    if form in _AL_SINGULAR:
        return _AL_SINGULAR[form]
    if form in _WATTS:
        return form  # ميغاوات is one megawatt: its ات is the word's, not a plural
    if form in BROKEN:
        return BROKEN[form]
    broken = singular_of(form)
    if broken:
        return broken
    if form.endswith("ا") and len(form) >= 4:
        return form[:-1]
    if len(form) >= 5 and form.endswith(("تين", "تان")):
        return form[:-3] + "ه"
    if len(form) >= 5 and form.endswith("ات"):
        return form[:-2] if form[:-2] in MASC_WITH_AT else form[:-2] + "ه"
    if len(form) >= 5 and form.endswith(("ين", "ون", "يان")):
        return form[:-2]
    return form



def known_noun(word: str) -> bool:
    """A normalised word the lexicon or the vocabulary knows as a countable noun, bare or
    in its accusative, dual or plural (برميلا, شاحنات, منازل): what a number before it
    counts. Past verbs (شهدت) and adjectives are not in these tables."""
    if word.startswith(("ال", "لل")) or len(word) < 3 or not word.isalpha():
        return False
    if unit_of(word) is not None:
        return True
    lemma = singular_noun(word)
    return (lemma in _FEM_NOUNS or lemma in MASC_WITH_AT or _has_broken_plural(lemma)
            or bool(singular_of(word)) or word in BROKEN)


def _has_broken_plural(lemma: str) -> bool:
    return bool(plurals_of(lemma)) or lemma in BROKEN.values()


def _has_plural(lemma: str) -> bool:
    """A feminine noun of the genre with a sound plural: the table of sound plurals is the
    vocabulary's own (غاره, مسيره, مرحله ...)."""
    return lemma in _FEM_NOUNS


_FEM_NOUNS = frozenset("مرحله غاره ضربه مسيره طائره شاحنه حافله مركبه اليه دبابه عمليه محافظه منطقه "
                       "قريه بلده مدينه وحده مدرسه خيمه وجبه رحله اتفاقيه منشاه محطه غرفه دراسه منحه "
                       "امراه طفله عائله اسره ساعه سنه دوله قاعده هجمه وزاره حكومه ولايه مديريه "
                       "دائره سفاره جامعه شركه هيئه لجنه سياره عبوه رصاصه ليله فرقه قنبله دوريه مدرعه "
                       "عربه شحنه قافله سريه خليه جوله دفعه حمله ناقله سفينه".split())
# masculine nouns of the genre whose ين/ان is only ever a dual (their plurals are broken or
# in ات): "هجومين", "منزلين", "مطارين" (the lexicon takes some for plurals)
_MASC_DUALS = frozenset("هجوم انفجار اعتداء جسر مطار مسجد لواء زورق منزل مركز قارب معسكر حاجز "
                        "مخفر سجن مصنع مستودع بئر محور بيان".split())


@lru_cache(maxsize=32768)
def dual_of(word: str) -> tuple[str, str] | None:
    """(lemma, unit or the lemma) when a normalised word is surely a dual, else None.
    A feminine dual (عائلتين, غارتان, مرحلتين) always is; a masculine ين/ان is a dual only
    where the noun's plural is not the sound ون/ين (جنديين, قتيلين, عامين, مخيمين; not
    مستشارين, مقاتلين, مدنيين, which are plurals as often).

    >>> dual_of("قتيلين"), dual_of("غارتان"), dual_of("مستشارين"), dual_of("سنين")
    (('قتيل', 'killed'), ('غاره', 'strikes'), None, None)
    """
    form = word[1:] if word[:1] in "وبل" and len(word) > 5 else word
    if form.endswith(("ين", "ان")) and form[:-2] in _MASC_DUALS:
        return form[:-2], LEMMA_UNITS.get(form[:-2], form[:-2])
    if form.startswith("ال") or form in BROKEN or form in NUMBER_WORDS or singular_of(form):
        return None  # بلدان: a plural; خمسين, مئتين: numbers
    if len(form) >= 5 and form.endswith(("تين", "تان")):
        lemma = form[:-3] + "ه"
        # a feminine noun the lexicon knows (كردستان is no dual of كردسه)
        if lemma not in LEMMA_UNITS and not _has_broken_plural(lemma) and not _has_plural(lemma):
            return None
    elif len(form) >= 4 and form.endswith(("ين", "ان")):
        lemma = form[:-2]
        # a masculine noun only where it is surely no sound plural and no name (لبنان, عمان);
        # a nisba in ان is surely a dual (أمريكيان; its plural is أمريكيون)
        nisba_dual = form.endswith("يان") and lemma.endswith("ي") and LEMMA_UNITS.get(lemma) in ("people", "troops")
        if form.endswith("ين") and len(lemma) == 4 and lemma[1] == "ا" and lemma not in ("ضابط", "قائد"):
            return None  # نازحين, عائدين, ناخبين: a participle's sound plural far more often than a dual
        if not (nisba_dual or lemma in _FEM_PLURAL_MASC or (lemma in LEMMA_UNITS and _has_broken_plural(lemma))):
            return None
    else:
        return None
    return lemma, LEMMA_UNITS.get(lemma, lemma)


@lru_cache(maxsize=32768)
def construct_dual_of(word: str) -> tuple[str, str] | None:
    """(lemma, unit or the lemma) when a normalised word may be a dual in construct, which
    drops its ن: مطاري, معبري, حكومتا/حكومتي, معتمديتي. Only the form is judged here
    (figures.py asks the sentence for the genitive and the coordination that make it
    one: مطاري بغداد وأربيل). A feminine تا/تي is one on any noun; a masculine ا/ي only on
    a noun the vocabulary or the lexicon knows that is no word by itself (جندي, مدني and
    other nisbas are words; جنديا is an accusative).

    >>> construct_dual_of("مطاري"), construct_dual_of("حكومتي"), construct_dual_of("مركزا")
    (('مطار', 'مطار'), ('حكومه', 'حكومه'), None)
    """
    found = [lemma for form in ((word, word[1:]) if word[:1] in "وبل" else (word,))
             if (lemma := _construct_lemma(form))]
    # under a clitic letter (ووزارتي, بمطاري), the reading whose noun is known; else as written
    lemma = next((m for m in found if m in LEMMA_UNITS or m in _FEM_NOUNS or _has_broken_plural(m)
                  or m in MASC_WITH_AT), found[0] if found else None)
    return (lemma, LEMMA_UNITS.get(lemma, lemma)) if lemma else None


_NISBAS = frozenset("رئيسي اساسي اضافي ثانوي".split())  # adjectives ("main") the rule would take


def _construct_lemma(form: str) -> str | None:
    if len(form) < 5 or form.startswith("ال") or form in NUMBER_WORDS or form in LEMMA_UNITS \
            or plurals_of(form) or singular_of(form) or form in BROKEN or form in _NISBAS:
        return None
    if form.endswith(("تي", "تا")):
        lemma = form[:-2] + "ه"
    elif form.endswith("ي"):
        lemma = form[:-1]
        # a masculine noun whose plural is not the sound ون/ين (that is ي in construct too:
        # مقاتلي الفصائل are fighters). Not the nominative ا: once harakat are gone it is
        # the accusative singular (مستودعاً, مركزًا) far more often than a dual (معبرا)
        if not (lemma in _FEM_PLURAL_MASC or lemma in MASC_WITH_AT or _has_broken_plural(lemma)):
            return None
    else:
        return None
    return lemma if len(lemma) >= 3 else None


def written_unit(unit: str, words: list[str]) -> str:
    """An Arabic unit (a normalised singular) as the article writes it, for display: the
    letters of the counted noun among ``words`` (the figure's words as written) that the
    singular shares, then the rest of the singular with its teh marbuta: 'مرحلتين' and
    'مراحل' show 'مرحلة', 'منشآت' 'منشأة', 'مستشفى' itself. The key stays normalised.

    >>> written_unit("مرحله", ["ثلاث", "مراحل"]), written_unit("منشاه", ["5", "منشآت"])
    ('مرحلة', 'منشأة')
    """
    if unit.isascii():
        return unit
    best = (0, "", 0)  # (letters shared, the word without harakat, where they start)
    for word in words:
        bare = "".join(c for c in word if not is_diacritic(c))
        norm = normalize(bare)
        if len(norm) != len(bare):
            continue  # presentation forms: no letter-for-letter map
        for p in range(min(4, len(norm))):  # past a clitic: و, ال, لل, وال
            m = 0
            while m < len(unit) and p + m < len(norm) and norm[p + m] == unit[m]:
                m += 1
            if m > best[0]:
                best = (m, bare, p)
    m, bare, p = best
    if m < 2:
        return unit[:-1] + "ة" if unit.endswith("ه") else unit
    shared, rest = bare[p:p + m], unit[m:]
    if rest == "ه" and shared.endswith("آ"):
        shared = shared[:-1] + "أ"  # منشآت = منشأ + ات
    elif rest == "ه" and bare[p + m:].startswith("آت"):
        shared += "أ"  # the same, where the singular was taken without the hamza's alef
    if rest.endswith("ه"):
        rest = rest[:-1] + "ة"
    return shared + rest

