"""Units a figure takes from the figures before it in its sentence, when it names none.

Outlets state the unit once and let the next amounts lean on it: `بلغت المصروفات 24.9
مليار دينار والإيرادات 19.3 ملياراً`, `تجاوز 9 آلاف عسكري على أن يصل إلى 10 آلاف`,
`عجزاً قدره 5.6 مليارات دينار مقارنة بنحو 6.3 مليارات`. A large bare amount (a scale
word, or 1,000 and more) in the same sentence as an earlier figure with a unit takes
that unit, if that figure was large too (100 and more); small bare numbers do not
(ordinals, "3 of them"), nor does a figure take a role (killed, wounded ...) across the
sentence, nor a percentage or a duration (not stated bare in thousands). An amount of money named by what it is
(`3.1 مليارات إيرادات غير نفطية`) takes the currency of the amount before it.

`فرد` ("individual") counts members of a force (`بقوة قوامها 1091 فردا`, `انتشر 2500
فرد`), but people where its sentence speaks of civilians and none of a force (`يستفيد
منها 350 ألف فرد`, `20 ألف فرد من الأسر الفقيرة`).
"""

from __future__ import annotations

from .roles import ROLES
from .tokens import Tok, strip_clitic

CURRENCIES = frozenset({"USD", "EUR", "ILS", "CNY", "RUB", "dinar", "riyal", "dirham", "pound", "lira", "IQD",
                        "KWD", "JOD", "LYD", "TND", "DZD", "BHD", "SAR", "QAR", "OMR", "YER", "IRR", "AED", "MAD",
                        "EGP", "SDG", "GBP", "LBP", "SYP", "TRY"})
_NOT_CARRIED = ROLES | {"percent", "hours", "days", "weeks", "months", "years"}
# what an amount of money is (singular, normalised): the currency is the unit, not these
FUNDS = frozenset("ايراد ايراده نفقه مصروف مصروفه مساعده قرض منحه استثمار تمويل دعم تبرع موازنه "
                  "ميزانيه عائد عائده ضريبه رسم دين عجز فائض تكلفه كلفه قيمه مبلغ خساره اضرار".split())


def carried_unit(before: list, value: float | None, unit: str | None, scaled: bool) -> str | None:
    """The unit a figure (``value``, ``unit`` as read, ``scaled`` when it has a scale word)
    takes from ``before``, the figures earlier in its sentence (nearest last), or None."""
    if value is None or not before:
        return None
    prev = next((h for h in reversed(before) if h.unit and h.value is not None), None)
    if prev is None:
        return None
    if unit is not None:
        return prev.unit if unit in FUNDS and scaled and prev.unit in CURRENCIES else None
    if prev.unit in _NOT_CARRIED or not (scaled or value >= 1000):
        return None
    if prev.value < 100 or not prev.value / 1000 <= value <= prev.value * 1000:
        return None  # "2.5 مليار دولار ... 3000", "3 كتائب قوامها 2500": another quantity
    return prev.unit


# words that make a فرد a member of a force (normalised, singular and plural, no article)
_FORCE = frozenset("قوه قوات بعثه جيش جيوش عسكري عسكريين شرطه امن ضابط ضباط كتيبه لواء "
                   "قوام قوامها عديد عديدها فرقه وحده وحدات مهمه انتشار حرس قاعده قواعد".split())


# words of civilian life that make a فرد a person, where no force is named
_CIVIL = frozenset("يستفيد تستفيد يستفيدون استفاد استفادت مستفيد مستفيدين المستفيدين سكان اسره اسر عائله "
                   "عائلات فقير فقيره الفقيره مساعدات اغاثه لاجئ لاجئين نازح نازحين مدني مدنيين مواطن "
                   "مواطنين صحيه تعليم طالب طلاب غذائيه معيشه".split())


def member_or_person(toks: list[Tok], start: int, end: int) -> str:
    """'people' when the sentence of the figure at [start, end) speaks of civilians and
    names no force, else 'troops'."""
    s = toks[start].sentence
    k = start
    while k > 0 and toks[k - 1].sentence == s:
        k -= 1
    civil = False
    while k < len(toks) and toks[k].sentence == s:
        if not start <= k < end:
            forms = strip_clitic(toks[k].text)
            if any(f in _FORCE for f in forms):
                return "troops"
            civil = civil or any(f in _CIVIL for f in forms)
        k += 1
    return "people" if civil else "troops"

