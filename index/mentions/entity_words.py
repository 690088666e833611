"""The words entity rules are made of (normalised): the head nouns of bodies, places and
outlets, the adjectives that make a body's name, and the words a name never contains."""

from __future__ import annotations

from functools import lru_cache

from ..arabic.normalize import normalize
from .countries import COUNTRIES


def _n(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


# Bodies named by a head noun and their own words: "هيئة شؤون الأسرى", "مفوضية العون الإنساني".
# A strong head names a body with any genitive after it (مجلس الوزراء، لجنة الأمن والدفاع);
# a weak one is a common noun too (حركة المرور، صندوق الاقتراع، مركز المدينة) and names a body
# only with a name adjective or a purpose (صندوق النقد العربي، مركز الملك سلمان للإغاثة).
STRONG_HEADS = _n("""وزارة مجلس هيئة لجنة مفوضية منظمة بعثة وكالة حزب جامعة مديرية محكمة نقابة جمعية
رابطة منتدى مرصد معهد نادي تنسيقية دائرة قيادة حكومة ائتلاف""")
WEAK_HEADS = _n("""رئاسة مكتب حركة صندوق بنك جبهة برنامج مركز إدارة قسم اتحاد تحالف شركة مؤسسة جهاز سلطة مجموعة
شبكة قوات جيش شرطة قمة لجان هيئات مجالس فيلق""")
BODY_HEADS = STRONG_HEADS | WEAK_HEADS
# Places named by a head noun and a name: "بلدة شمسطار"، "معبر عين قزام"، "مخيم كبرتو 2"
PLACE_HEADS = _n("""محافظة ولاية مدينة بلدة قرية مخيم معبر منفذ ميناء مطار منطقة إقليم قضاء ناحية
سجن مستشفى جبل جبال وادي نهر حقل حاجز سهل جزيرة حي بحيرة سد قاعدة""")
# Documents, plans and meetings named by a head noun and a number, place or name: "القرار 1701"،
# "رؤية 2030"، "إعلان جدة"، "خطة الاستجابة الأردنية للأزمة السورية"
DOC_HEADS = _n("قرار رؤية خطة قانون اتفاقية اتفاق إعلان مرسوم ميثاق مبادرة مؤتمر استراتيجية")
# Outlets named by a head noun: "صحيفة «النهار»"، "قناة السواد الفضائية"، "وكالة الأنباء اليمنية"
MEDIA_HEADS = _n("صحيفة جريدة قناة تلفزيون إذاعة راديو مجلة بوابة موقع")

# Adjectives that make a body's name, besides the nationalities (nationality())
NAME_ADJECTIVES = _n("""دولي دولية عالمي عالمية أممي أممية وطني وطنية عليا أعلى مستقلة متحدة مركزي
مركزية شعبي شعبية اتحادي اتحادية فيدرالي فيدرالية إسلامي إسلامية عربي عربية أوروبي أوروبية أفريقي
أفريقية إفريقي إفريقية خليجي خليجية سامية انتقالي انتقالية رئاسي رئاسية نيابي نيابية مشترك
مشتركة ثوري ثورية أمريكي أمريكية أميركي أميركية كردي كردية كوردي كوردية آسيوي آسيوية سريع مسلحة
ديمقراطي ديمقراطية احتلال تشريعي تشريعية دستورية عسكري عسكرية حكومي حكومية""")
# Words after a head that are never a name: time, quantity, place-kind adjectives, pronouns
NOT_NAMES = _n("""اليوم الأمس أمس غدا الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت
الجديد الجديدة جديد جديدة الحالي الحالية السابق السابقة سابق سابقة المقبل المقبلة القادم القادمة
المعني المعنية المختص المختصة المذكور المذكورة نفسه نفسها ذاته ذاتها الأول الأولى الثاني الثانية
الحدودية الحدود العازلة الأمنية الصناعية السكنية التجارية الزراعية المحيطة المجاورة المحاذية القريبة
البعيدة الجبلية الساحلية الحرة المنكوبة المتضررة المحررة المحتلة الواقعة الحيوية الاستراتيجية
النائية الريفية الإدارية الحضرية القديمة المذكورة الشمالية الجنوبية الشرقية الغربية الوسطى المنطقة
المدينة المحافظة البلدة القرية المخيم النازحين اللاجئين المسلحين لاجئين نازحين مهاجرين الاقتراع المرور التجارة
النزوح القتال الأهداف الخاصة الأخرى أخرى واحد واحدة كل كبرى صغرى كبيرة صغيرة واسعة عدة بعض
عازلة حدودية عسكرية أمنية قريبة مجاورة تابعة الجنوب الشمال الشرق الغرب الوسط التابعة التابع التابعين
المعروفة المعروف المسماة المسمى الموالية الموالي المدعومة المدعوم ألغام نفط غاز تدريب إيواء اقتراع""")
# Stop words a name never runs over (prepositions, particles, pronouns, verbs of saying)
STOP = _n("""ان إن أن في من إلى الى على عن مع بعد قبل هذا هذه ذلك تلك التي الذي الذين اللذين كما لا
لم لن قد وقد ما هو هي هم كان كانت يكون تكون أو او ثم بين حتى منذ عبر خلال لدى عند إذ اذ فيما بينما
لكن غير أي كل بعض جميع نحو حول ضد دون و ف إنه أنه بأن وأن وإن وفي ومن وعلى يوم قال قالت أكد أكدت
أعلن أعلنت أوضح أشار صرح أفاد ذكر ذكرت كشف حذر دعا تقع يقع تضم يضم تعد يعد شهدت تشهد يشهد تبعد""")
# Words before a place that is also a common word (جدة، الأبيض): they introduce a place
PLACE_CUES = _n("""في من إلى الى نحو قرب بين حتى عبر غرب شرق شمال جنوب غربي شرقي شمالي جنوبي وسط
مدينة ولاية محافظة بلدة مدينتي بمدينة وفي ومن وإلى محيط ضواحي أطراف""")
# Words a place name's first word joins to the next: "أم درمان"، "عين قزام"، "بنت جبيل"
PLACE_JOIN = _n("""أم أبو بنت عين بيت تل رأس دير كفر بئر جبل وادي ود بني سيدي خان باب جسر شط مرج
عيتا شمال جنوب شرق غرب وسط""")
# Colour and size adjectives a place's name ends with: "النيل الأبيض"، "القرية الكبرى"
PLACE_TAILS = _n("الأبيض الأزرق الأحمر الأخضر الأسود الكبرى الصغرى الكبير الصغير العليا السفلى الشعب")


@lru_cache(maxsize=1)
def nationalities() -> frozenset[str]:
    """Nationality adjectives (masculine and feminine, without ال), derived from the
    country names: العراق -> عراقي/عراقيه, سوريا -> سوري, السعودية -> سعودي."""
    out: set[str] = set()
    for name in list(COUNTRIES.values()) + ["أمريكا", "أميركا", "السعودية", "الإمارات", "بريطانيا",
                                            "كردستان", "فلسطين", "سورية"]:
        n = normalize(name)
        if " " in n:
            continue
        n = n[2:] if n.startswith("ال") else n
        if n.endswith("يه"):
            stem = n[:-1]
        elif n.endswith(("يا", "ا")) and len(n) > 3:
            stem = n[:-2] + "ي" if n.endswith("يا") else n[:-1] + "ي"
        else:
            stem = n + "ي"
        if len(stem) >= 4:
            out.update((stem, stem + "ه"))
    out -= _n("مالي ماليه غاني غانيه بيروي")
    out.update(_n("كردي كرديه تركي تركيه اماراتي اماراتيه اسرائيلي اسرائيليه"))
    return frozenset(out)


def bare(word: str) -> str:
    """A word without و/ف and ال (الأردنية -> اردنيه, والدولية -> دوليه)."""
    w = word[1:] if len(word) > 3 and word[0] in "وف" else word
    if w.startswith("ال") and len(w) > 4:
        return w[2:]
    if w.startswith("لل") and len(w) > 4:
        return w[2:]
    return w


def name_adjective(word: str) -> bool:
    """An ال-adjective that makes a body's name: a nationality, الدولية، العليا، المستقلة …"""
    if not word.startswith(("ال", "وال")):
        return False
    b = bare(word)
    return b in NAME_ADJECTIVES or b in nationalities()
