"""Event words: what a date in a sentence is the date *of* (a withdrawal, an end, a
departure, an election...), so dates can be compared across outlets by event.

Words are written normalised (normalize.py: no hamza on alef, ة as ه, ى as ي) and
matched after a proclitic (و ف ب ل ك) and the article are stripped; verbs are listed
in the inflections the press uses (future س, present and past, masculine and
feminine), since light stemming leaves verb prefixes alone.
"""

from __future__ import annotations

from functools import lru_cache

from .tokens import strip_clitic

EVENTS: dict[str, tuple[str, ...]] = {
    "انسحاب": ("انسحاب", "ينسحب", "تنسحب", "سينسحب", "ستنسحب", "انسحب", "انسحبت", "انسحابها",
               "انسحابه", "الانسحاب"),
    "انتهاء": ("انتهاء", "انهاء", "ينتهي", "تنتهي", "سينتهي", "ستنتهي", "انتهي", "انتهت", "ختام",
               "اختتام"),
    "مغادرة": ("مغادره", "يغادر", "تغادر", "سيغادر", "ستغادر", "غادر", "غادرت", "رحيل"),
    # not اطلاق: إطلاق النار (fire), وقف إطلاق النار (a ceasefire), إطلاق سراح (release)
    "بدء": ("بدء", "بدايه", "يبدا", "تبدا", "سيبدا", "ستبدا", "بدا", "بدات", "انطلاق"),
    "تسليم": ("تسليم", "تسلم", "يسلم", "سيسلم", "ستسلم", "نقل"),
    "مهمة": ("مهمه", "مهام", "بعثه", "عمليات", "مهمتها", "مهمته"),
    "اتفاق": ("اتفاق", "اتفاقيه", "اتفقت", "اتفق", "مذكره", "تفاهم"),
    "انتخابات": ("انتخابات", "انتخاب", "اقتراع", "استفتاء"),
    "هجوم": ("هجوم", "هجمات", "ضربه", "ضربات", "قصف", "غاره", "غارات", "تفجير"),
    "تأسيس": ("تاسيس", "تاسس", "تاسست", "انشاء", "تشكيل", "تشكل"),
    "محادثات": ("زياره", "زار", "زارت", "يزور", "قمه", "اجتماع", "محادثات", "مفاوضات"),
    "هدنة": ("هدنه", "تهدئه", "وقف"),  # وقف إطلاق النار, وقف العمليات
    "إجلاء": ("اجلاء", "اخلاء", "ترحيل"),
}
# Not events: reporting verbs (أعلن، قال) name when something was said, not what happened.

_FORMS = {form: lemma for lemma, forms in EVENTS.items() for form in forms}


@lru_cache(maxsize=32768)
def event_of(word: str) -> str | None:
    """The event a normalised word names, if any."""
    for form in strip_clitic(word):
        lemma = _FORMS.get(form)
        if lemma:
            return lemma
    return None
