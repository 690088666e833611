"""How the text hedges a figure: approximations (نحو، قرابة، حوالي، زهاء، ما يقارب),
comparisons (أكثر من، ما يزيد على، أقل من) and bounds (لا يزيد على، بحد أقصى، ما لا يقل
عن، على الأقل), before the number or after its noun.

A comparison verb without a negation says "more/less than"; negated (لا يزيد على, لن
يتجاوز, ما لا يقل عن) it bounds the number: "at most", "at least". Words are matched
normalised (tokens.py), so ى is ي and hamzas are bare alefs.
"""

from __future__ import annotations

from .tokens import Tok, strip_clitic

APPROX = {"نحو": "approx", "نحوا": "approx", "حوالي": "approx", "شي": "approx", "قرابه": "approx", "زهاء": "approx",
          "يناهز": "approx", "تناهز": "approx", "ناهز": "approx", "تقريبا": "approx",
          "يقارب": "approx", "تقارب": "approx", "قارب": "approx", "يقرب": "approx",
          "تقرب": "approx", "يقترب": "approx", "تقترب": "approx", "اقترب": "approx",
          "اقتربت": "approx", "بحدود": "approx", "فوق": "more than",
          "اكثر": "more than", "ازيد": "more than", "يزيد": "more than", "تزيد": "more than", "تجاوز": "more than",
          "يتجاوز": "more than", "يفوق": "more than", "اقل": "less than", "دون": "less than",
          "اقصاه": "at most", "ادناه": "at least",  # "عدد أقصاه 2500"
          "ما": None}
AT_LEAST = ("ما", "لا", "يقل")  # (شي above: "شي عشر سنين", spoken "some ten years")
# approximating verbs may have their subject between them and the number: "يقارب عددهم 2500"
_APPROX_VERBS = frozenset({"يناهز", "تناهز", "ناهز", "يبلغ", "يقارب", "تقارب", "قارب"})


# Comparison verbs: without a negation they say "more/less than"; negated (لا يزيد على,
# لن يتجاوز, ما لا يقل عن) they bound the number: "at most", "at least".
UPPER_VERBS = {"يزيد", "تزيد", "يتجاوز", "تتجاوز", "يتعدي", "تتعدي", "يفوق", "تفوق", "يتخطي",
               "تتخطي", "يربو", "تربو", "ينيف", "تنيف", "ينوف", "تنوف"}
LOWER_VERBS = {"يقل", "تقل"}
_NEGATIONS = {n2 for n in ("لا", "لن", "لم", "الا") for n2 in (n, "و" + n, "ف" + n)}  # ألا = أن لا; ولا, فلم
# the past of a comparison verb says "more/less than" only about a count: "تجاوز عدد القتلى 50"
PAST_VERBS = {"تجاوز": True, "تجاوزت": True, "فاق": True, "فاقت": True, "زاد": True, "زادت": True,
               "تخطي": True, "تخطت": True, "قل": False, "قلت": False}
# "يصل إلى 75%", "قد تصل إلى 50 عاما": up to, at most (past وصل is the value reached)
_UP_TO = {"يصل", "تصل", "يبلغ حتي"}
_A_LITTLE = frozenset("قليلا بقليل بكثير كثيرا".split())
_COMPARATIVES = {"اكثر": "more than", "ازيد": "more than", "اقل": "less than"}
_COUNT_STEMS = ("عدد", "مجموع", "حجم", "قيم", "تعداد", "عديد", "اعمار", "عمر", "نسب", "كلف")
_COUNT_NOUNS = {"عدد", "عددهم", "عددها", "عديدها", "عديدهم", "تعداد", "تعدادهم", "تعدادها", "قيمتها", "حجمها"}
# two-word bounds, before the number or after its noun
_BOUNDS = {("ما", "فوق"): "more than",
           ("بحد", "اقصي"): "at most", ("كحد", "اقصي"): "at most", ("علي", "الاكثر"): "at most",
           ("بحد", "اعلي"): "at most", ("كحد", "اعلي"): "at most",
           ("بحد", "ادني"): "at least", ("كحد", "ادني"): "at least", ("علي", "الاقل"): "at least",
           ("في", "حدود"): "approx"}
_BOUNDS_AFTER = {**_BOUNDS, ("او", "اكثر"): "at least", ("او", "اقل"): "at most",
                 # "على أقل تقدير", "على/في أقصى تقدير", "أو نحو ذلك", "على وجه التقريب"
                 ("علي", "اقل"): "at least", ("علي", "اقصي"): "at most", ("في", "اقصي"): "at most",
                 ("او", "نحو"): "approx", ("علي", "وجه"): "approx", ("او", "يزيد"): "at least"}


def qualifier_before(toks: list[Tok], i: int) -> tuple[str | None, int]:
    """How the text hedges the number at i: (qualifier, first token of the phrase)."""
    s = toks[i].sentence

    def w(k: int) -> str:
        return toks[k].text if k >= 0 and toks[k].sentence == s else ""

    j = i - 1
    if (w(j - 1), w(j)) in _BOUNDS:
        return _BOUNDS[(w(j - 1), w(j))], j - 1
    if w(j) == "حتي":  # "قد يصل إلى حتى 5000": up to
        return "at most", j
    if w(j) == "الي" and w(j - 1) in _UP_TO and w(j - 2) not in ("ان", "لن"):
        return "at most", j - 1  # not "على أن يصل إلى 10 آلاف": a target, not a bound
    if w(j) in ("من", "عن", "علي") and w(j - 1) in _A_LITTLE and w(j - 2) in _COMPARATIVES:
        return _COMPARATIVES[w(j - 2)], j - 2  # "أكثر قليلاً من 200", "أقل بقليل من 1000"
    if w(j) == "و" and w(j - 1) in ("نيف", "ونيف"):
        return "more than", j - 1  # "نيف و200": some two hundred and more
    k = j - 1 if w(j) in ("من", "عن", "علي") else j
    if w(k) in _COUNT_NOUNS and (w(k - 1) in UPPER_VERBS or w(k - 1) in LOWER_VERBS):
        k -= 1  # "يزيد عددهم على 700"
    counted = _counted_comparison(toks, i)
    if counted:
        return counted
    verb = w(k)
    if verb in UPPER_VERBS or verb in LOWER_VERBS:
        negated = w(k - 1) in _NEGATIONS
        start = k - 1 if negated else k
        if negated and w(start - 1) == "ما":
            start -= 1
        upper = verb in UPPER_VERBS
        if negated:
            return ("at most" if upper else "at least"), start
        return ("more than" if upper else "less than"), start
    found = _verb_then_subject(toks, k)
    if found:
        return found
    j = j - 1 if w(j) in ("من", "عن", "علي") else j  # "أكثر من", "يربو على"
    for back in range(0, 3):  # "يناهز عديدها 2500": one noun may sit between
        k = j - back
        if k < 0 or toks[k].sentence != s or toks[k].is_number:
            break
        for form in strip_clitic(toks[k].text, allow_al=False):
            if form in APPROX and APPROX[form]:
                start = k
                if k >= 2 and toks[k - 2].text == "ما" and toks[k - 1].text in ("يقدر", "تقدر"):
                    start = k - 2  # "ما يقدر بنحو"
                if back == 0 and APPROX[form] == "approx" and w(k - 1) in ("من", "عن", "علي") \
                        and (w(k - 2) in _COMPARATIVES or w(k - 2) in UPPER_VERBS or w(k - 2) in LOWER_VERBS):
                    # "أكثر من نحو 2500": the comparison says more than the hedge
                    word = w(k - 2)
                    return (_COMPARATIVES.get(word) or ("more than" if word in UPPER_VERBS else "less than")), k - 2
                if back == 0 or (back <= 2 and form in _APPROX_VERBS):
                    return APPROX[form], start
        if back == 0 and toks[k].text not in ("عديدها", "عددها", "تعدادها", "عدد", "تعداد"):
            continue
    return None, i


def _verb_then_subject(toks: list[Tok], k: int) -> tuple[str, int] | None:
    """'لا تقل الواحدة منها عن 500', 'لا يتجاوز الإنتاج الحالي ربع': a comparison verb in
    the present, its subject (one to three words) between it and the number, or the
    preposition the verb takes, at k; not where a nearer hedge says it ('تتجاوز الكلفة
    زهاء مليار')."""
    if k < 1:
        return None
    s = toks[k].sentence
    for v in range(k - 1, max(-1, k - 4), -1):
        verb = toks[v].text
        if toks[v].sentence != s or not verb.isalpha():
            return None
        if verb in UPPER_VERBS or verb in LOWER_VERBS or verb in PAST_VERBS:
            if any(APPROX.get(f) == "approx" for m in range(v + 1, k + 1)
                   for f in strip_clitic(toks[m].text, allow_al=False)):
                return None
            if verb in PAST_VERBS:  # "تجاوزت حتى الآن 2.6 مليار", "تجاوز طولها 7 آلاف كيلومتر"
                return ("more than" if PAST_VERBS[verb] else "less than"), v
            upper = verb in UPPER_VERBS
            if v and toks[v - 1].sentence == s and toks[v - 1].text in _NEGATIONS:
                return ("at most" if upper else "at least"), v - 1
            return ("more than" if upper else "less than"), v
    return None


def _counted_comparison(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """'تجاوز عدد مشاريعه ومبادراته 260', 'تزيد أعمارهم على 60': a comparison verb, then the
    count it compares (عدد, مجموع, أعمار ... with what they count), then the number."""
    s = toks[i].sentence
    for k in range(i - 2, max(-1, i - 10), -1):
        if toks[k].sentence != s or toks[k].is_number:
            return None
        if not toks[k + 1].text.startswith(_COUNT_STEMS) and not toks[k + 1].text[1:].startswith(_COUNT_STEMS[:2]):
            continue
        verb = toks[k].text
        negated = k and toks[k - 1].sentence == s and toks[k - 1].text in _NEGATIONS
        if verb in UPPER_VERBS or verb in LOWER_VERBS:
            upper = verb in UPPER_VERBS
            if negated:
                return ("at most" if upper else "at least"), k - 1
            return ("more than" if upper else "less than"), k
        if verb in PAST_VERBS:
            return ("more than" if PAST_VERBS[verb] else "less than"), k
    return None


# one word after the count: "500 جندي تقريباً", "مئة ونيف", "18 عاماً فأكثر"
_ONE_AFTER = {"تقريبا": "approx", "ونيف": "more than", "فاكثر": "at least", "واكثر": "at least",
              "فاقل": "at most", "واقل": "at most", "فصاعدا": "at least"}


def qualifier_after(toks: list[Tok], end: int) -> str | None:
    """'40 قتيلا على الأقل', '300 جندي كحد أقصى', '500 شخص تقريبا', '18 عاماً فما فوق';
    also past one adjective of the noun: '2500 جندي أمريكي تقريباً'."""
    found = _after(toks, end)
    if found is None and end < len(toks) and toks[end].sentence == toks[end - 1].sentence \
            and _adjective(toks[end].text):
        found = _after(toks, end + 1)
    return found


def _adjective(word: str) -> bool:
    """A relative adjective (nisba) after a counted noun: أمريكي، عسكرية، سوريين، إضافيا."""
    return word.isalpha() and len(word) >= 4 and word.endswith(("ي", "يه", "يا", "يين", "يون", "يات"))


def _after(toks: list[Tok], end: int) -> str | None:
    if end >= len(toks) or toks[end].sentence != toks[end - 1].sentence:
        return None
    nxt = toks[end + 1].text if end + 1 < len(toks) and toks[end + 1].sentence == toks[end].sentence else ""
    if toks[end].text in _ONE_AFTER and nxt not in ("من", "عن"):  # not "300 جندي وأكثر من 2500 مدني"
        return _ONE_AFTER[toks[end].text]
    if end + 1 < len(toks) and toks[end + 1].sentence == toks[end].sentence:
        if (toks[end].text, toks[end + 1].text) == ("فما", "فوق"):
            return "at least"
        return _BOUNDS_AFTER.get((toks[end].text, toks[end + 1].text))
    return None
