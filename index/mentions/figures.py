"""Figures: counts, amounts and percentages with their unit and how the text hedges them.

A figure is a number (digits or words, with a scale) plus the counted noun after it
(or, as in `تعداد عناصرها نحو 2500`, just before it), normalised to a small unit
vocabulary so `2500 جندي` and `2500 فرد` link. Numbers inside dates are not figures.
Reading the number itself is amounts.py's, its hedge qualifiers.py's, the counted noun's
unit units.py's (currencies.py for currencies, roles.py for what happened to the people
counted, context_units.py for what the sentence says); numbers that name things are
labels.py's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..arabic.plurals import plurals_of, singular_of
from .amounts import FRACTIONS, LONE_SCALES, OPENING, number_at, scale_word
from .context_units import FUNDS, carried_unit, member_or_person
from .currencies import NAMED_BY_COUNTRY, NATIONAL, abbreviated
from .labels import TIMES, names_a_thing
from .numbers import FIRST_WORDS, SCALES, TENS, VAGUE, may_start_written, written_number
from .numbers import NUMBER_WORDS as NUMBER_WORDS_ALL
from .numbers import UNITS as NUMBER_UNITS
from .qualifiers import APPROX, qualifier_after, qualifier_before
from .roles import AFTER, PEOPLE_UNITS, ROLES, SUBSET, role_word, single, single_in_tally, with_role
from .tokens import Tok, strip_clitic
from .units import construct_dual_of, dual_of, lemmas, singular_noun, unit_of
from .word_counts import (
    ALSO_NUMBERS,
    DEFINITE_FRACTIONS,
    FRACTION_PERCENT,
    WORDS,
    definite_fraction_at,
    fraction_at,
    period_at,
)

__all__ = ["FigureHit", "find_figures", "unit_of"]

PERCENT_WORDS = {("في", "المئه"), ("في", "المائه"), ("في", "الميه"), ("من", "المئه"), ("من", "المائه"),
                 ("بالمئه",), ("بالمائه",), ("بالميه",)}


@dataclass
class FigureHit:
    start: int  # token indices [start, end)
    end: int
    value: float | None
    high: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    why: str = ""
    role: bool = False  # the unit says what happened to those counted (killed, wounded ...)


@lru_cache(maxsize=65536)
def _may_start(t: str) -> bool:
    """False only where _figure_at cannot find a figure starting at this word: a digit,
    a vague count, a dual or a number word. Most words are none, and are passed over
    without _figure_at's lookups (they were a third of extraction's time)."""
    return (t[:1].isdigit() or (t[:1] == "و" and t[1:2].isdigit()) or t in FRACTIONS or t in LONE_SCALES
            or (t[:1] in "وبل" and t[1:] in LONE_SCALES) or t in WORDS or t in _ONE_TWO or t in _TWO_DECADES
            or any(form in VAGUE for form in strip_clitic(t))
            or (t.endswith(("ين", "ان")) and dual_of(t) is not None)
            or (t.endswith(("ي", "ا")) and _construct_dual(t) is not None) or single(t) is not None
            or may_start_written(t) or (t.startswith("ال") and may_start_written(t[2:])))


def find_figures(toks: list[Tok], taken: set[int]) -> list[FigureHit]:
    hits: list[FigureHit] = []
    i = 0
    while i < len(toks):
        if i in taken or not _may_start(toks[i].text):
            if i + 1 < len(toks) and i not in taken and (toks[i + 1].text in _DEFINITE_NUMBERS
                                                        or toks[i + 1].text in _DUAL_RELATIVES):
                hit = _definite_count(toks, i, taken) if toks[i + 1].text in _DEFINITE_NUMBERS \
                    else _definite_dual(toks, i)
                if hit:
                    hits.append(hit)
                    i = hit.end
                    continue
            i += 1
            continue
        hit = _figure_at(toks, i, taken)
        if hit is None or (hit.start < i and (hit.start in taken or (hits and hits[-1].end > hit.start))):
            i += 1
            continue
        if hit.value is None:  # a vague count (عشرات الهجمات): read, so آلاف is no 1000, but no figure
            i = hit.end
            continue
        if hits and (hit.unit is None or (hits[-1].role and not hit.role and hit.unit in PEOPLE_UNITS)) \
                and hits[-1].unit and toks[hit.start].sentence == toks[hits[-1].start].sentence \
                and hit.start - hits[-1].end <= 6 and (_coordinated(toks, hits[-1].end, hit.start) or (
                    hit.unit is None and toks[hit.start - 1].text in SUBSET)):  # "منهم 9": of those counted
            # "2500 جندي في العراق ونحو 900 في سوريا": the noun is shared; "مقتل 3 جنود
            # و5 مدنيين": so is what happened to them
            shared = hits[-1].unit if hit.unit is None or hits[-1].unit in ROLES else hit.unit
            hit.why += f"; unit {shared} (shared with the figure before)"
            hit.unit, hit.role = shared, hits[-1].role
        elif hits and hit.unit in PEOPLE_UNITS and not hit.role and hits[-1].unit in ROLES \
                and _subset_of(toks, hits, hit):
            # "30 قتيلاً بينهم ما لا يقل عن 9 أطفال": those counted among the dead were killed
            hit.why += f"; unit {hits[-1].unit} (a subset of the figure before)"
            hit.unit, hit.role = hits[-1].unit, True
        elif hits and hit.unit == "people" and not hit.role and hits[-1].unit in _CATEGORIES \
                and _listed_after(toks, hits[-1].end, hit.start):
            # "3400 معتقل إداري و350 طفلاً": a list of detainees goes on with children
            hit.why += f"; unit {hits[-1].unit} (listed with the figure before)"
            hit.unit = hits[-1].unit
        elif hits and (hit.unit is None or hit.unit in FUNDS) and hit.value is not None:
            s = toks[hit.start].sentence
            k = len(hits)
            while k and toks[hits[k - 1].start].sentence == s:
                k -= 1
            carried = carried_unit(hits[k:], hit.value, hit.unit, "×" in hit.why or hit.value >= 1e6)
            if carried:
                hit.why += f"; unit {carried} (from the figure before it in the sentence)"
                hit.unit = carried
        hits.append(hit)
        i = hit.end
    return hits


# "الأشهر الستة", "النقاط الخمس", "المحافظات الخمس عشرة": a definite noun, then its number
_DEFINITE_NUMBERS = {"ال" + w: n for w, n in {**NUMBER_UNITS, **TENS}.items() if n >= 3}
# twelve's head, counted only with its عشر: "الأشهر الاثني عشر" (not "يوم الاثنين")
_DEFINITE_NUMBERS.update({"الاثني": 2, "الاثنا": 2, "الاثنتي": 2, "الاثنتا": 2})


# the dual relative pronouns: "الجسرين اللذين انهارا", "الدوريتان اللتان تحملان"
_DUAL_RELATIVES = frozenset({"اللذين", "اللتين", "اللذان", "اللتان"})


def _definite_dual(toks: list[Tok], i: int) -> FigureHit | None:
    """'الجسرين اللذين', 'الدوريتان اللتان': a definite dual (ين/ان after ال, under any
    clitic) that the dual relative pronoun after it confirms counts two of its noun."""
    t = toks[i].text
    if toks[i + 1].sentence != toks[i].sentence:
        return None
    k = t.find("ال")
    if not 0 <= k <= 2 or not set(t[:k]) <= set("وبفلك") or not t.endswith(("ين", "ان")) or len(t) - k < 6:
        return None
    bare = t[k + 2:-2]
    dual = dual_of(t[k + 2:])
    if dual is None:  # outside the lexicon: the pronoun says it is a dual
        lemma = bare[:-1] + "ه" if bare.endswith("ت") else bare
        dual = (lemma, unit_of(lemma) or lemma)
    return FigureHit(i, i + 1, 2.0, unit=dual[1], why=f"a definite dual ({toks[i + 1].text} after it): two")


def _definite_count(toks: list[Tok], i: int, taken: set[int]) -> FigureHit | None:
    """'السنوات الخمس', 'للنقاط الخمس': the noun at i (with the article) counted by the
    number word after it; not 'السنوات الخمس الماضية', which is a date."""
    from .relative import RELATIVE

    noun, k = toks[i].text, i + 1
    s = toks[i].sentence
    if toks[k].sentence != s or k in taken or not (noun.startswith(("ال", "لل")) or noun[1:3] == "ال"):
        return None
    value = float(_DEFINITE_NUMBERS[toks[k].text])
    end = k + 1
    if end < len(toks) and toks[end].sentence == s and toks[end].text in ("عشر", "عشره") and value < 10:
        value, end = value + 10, end + 1
    elif value == 2:
        return None
    after = " ".join(t.text for t in toks[end + 1:end + 3] if t.sentence == s)
    if end < len(toks) and toks[end].sentence == s and (toks[end].text in RELATIVE or (
            toks[end].text in ("الاولي", "الاخيره", "المتبقيه") and after.startswith(_OF_A_CALENDAR))):
        return None  # a period of a calendar: "الأشهر التسعة الأولى من السنة"; but "خلال
        # السنوات الخمس الأولى" of a plan counts five years
    bare = noun[2:] if noun.startswith(("ال", "لل")) else noun[3:]
    if singular_noun(bare) == bare and not dual_of(bare):
        return None  # a singular noun: "القرن العشرين", "الذكرى الخمسين" are ordinals
    unit = unit_of(noun)
    if unit is None:
        if not _counted_noun(bare) or len(bare) < 3:
            return None
        unit = singular_noun(bare)
    return FigureHit(i, end, value, unit=unit, why="a definite noun and its number")


_OF_A_CALENDAR = ("من العام", "من السنه", "من عام", "من سنه", "من الشهر", "من الاسبوع", "من القرن", "من العقد")


def _subset_of(toks: list[Tok], hits: list[FigureHit], hit: FigureHit) -> bool:
    """The count ``hit`` is introduced as part of the last of ``hits`` by بينهم/منهم, before
    its hedge if it has one ("بينهم ما لا يقل عن 9", "منهم 11 طفلاً على الأقل"); not after
    two tallies of different roles ("9 شهداء و27 جريحاً، بينهم 4 أطفال": among which?)."""
    prev, s = hits[-1], toks[hit.start].sentence
    if toks[prev.start].sentence != s:
        return False
    k = min(hit.start, qualifier_before(toks, hit.start)[1]) - 1
    if not (prev.end <= k < hit.start and toks[k].sentence == s and toks[k].text in SUBSET
            and k - prev.end <= 3):
        return False
    two = len(hits) > 1 and toks[hits[-2].start].sentence == s and hits[-2].unit in ROLES \
        and hits[-2].unit != prev.unit and _coordinated(toks, hits[-2].end, prev.start)
    return not two


def _listed_after(toks: list[Tok], a: int, b: int) -> bool:
    """The count at b goes on a list whose last count ends at a: joined by و, with at most
    an adjective between ('3400 معتقل إداري و350 طفلاً')."""
    if not 0 < b - a <= 2 or toks[a].sentence != toks[b].sentence:
        return False
    joint = toks[b - 1].text if b - a == 2 or toks[b - 1].text == "و" else ""
    return (toks[b].text[:1] == "و" or toks[b - 1].text == "و") and (b - a == 1 or joint.isalpha())


def _coordinated(toks: list[Tok], a: int, b: int) -> bool:
    """Joined by و: 'X جندي في العراق ونحو Y في سوريا', 'مقتل 3 جنود و5 مدنيين'; not by a
    verb after و that starts another clause ('اعتقل 30 مسلحاً وأكد أن 200 مدني')."""
    for k in range(a, b + 1):
        w = toks[k].text
        if k == b and w[:1] == "و" and len(w) > 4:
            return True  # the figure itself joined: "7 أطفال وامرأتين"
        if w[:1] != "و" or len(w) > 4 or k < b and toks[k].is_number:
            continue
        if w == "و" or k == b or any(APPROX.get(f) or f in ("في", "من", "بين")
                                     for f in strip_clitic(w, allow_al=False)):
            return True
    return False


def _figure_at(toks: list[Tok], i: int, taken: set[int]) -> FigureHit | None:
    s = toks[i].sentence
    t = toks[i].text
    if single(t):
        role = single_in_tally(toks, i, lambda k: k not in taken and _may_start(toks[k].text))
        return FigureHit(i, i + 1, 1.0, unit=role, role=True, why=f"one: a tally lists it ({role})") if role else None
    # vague counts: "عشرات الهجمات", "مئات عناصر"
    for form in strip_clitic(t):
        if form in VAGUE and form not in ("عده", "بضع", "بضعه") and not (i and toks[i - 1].is_number):
            unit = unit_of(toks[i + 1].text) if i + 1 < len(toks) and toks[i + 1].sentence == s else None
            if unit:
                return FigureHit(i, i + 2, None, unit=unit, qualifier=VAGUE[form],
                                 why=f"a vague count ({VAGUE[form]}): no exact value")
    if t in WORDS:
        hit = _word_count(toks, i)
        if hit:
            return hit
    if t in _ONE_TWO and t not in ("واحد", "واحده", "واحدا") and not _noun_then_number(toks, i) \
            and not (i + 1 < len(toks) and toks[i + 1].sentence == s and toks[i + 1].text[:1] in ("م", "و")):
        role = _casualty_count(toks, i, i + 1)
        if role:  # "قتل جندي وأصيب اثنان", "بمقتل اثنين على الأقل"
            qualifier = qualifier_after(toks, i + 1)
            return FigureHit(i, i + 1, _ONE_TWO[t], unit=role, qualifier=qualifier, role=True,
                             why=f"{t}: two, {role}" + (f", {qualifier}" if qualifier else ""))
    if t in _ONE_TWO:
        hit = _noun_then_number(toks, i)
        nxt = toks[i + 1].text if i + 1 < len(toks) and toks[i + 1].sentence == s else ""
        if hit or not (nxt == "من" or (nxt[:1] == "و" and nxt[1:] in NUMBER_WORDS_ALL)):
            return hit  # one or two stand after their noun; else only "اثنان من", "واحد وعشرون"
        if nxt == "من" and _ONE_TWO[t] == 1:
            return None  # "واحد من": one of, not a count
    if t in _TWO_DECADES and _decades(toks, i, i + 1):  # "منذ عقدين", "لعقدين من الزمن": 20 years
        qualifier, start = qualifier_before(toks, i)
        qualifier = qualifier or qualifier_after(toks, i + 1)
        return FigureHit(start if qualifier else i, i + 1, 20.0, unit="years", qualifier=qualifier,
                         why="two decades" + (f", {qualifier}" if qualifier else ""))
    # duals of counted nouns: "عامين" = 2 years, "مئتين" = 200 (handled as numbers)
    dual = dual_of(t) if t.endswith(("ين", "ان")) else None
    if dual and t.endswith("يان") and i and toks[i - 1].sentence == s and toks[i - 1].text.endswith(("ان", "ين")):
        dual = None  # "مسؤولان أمريكيان", "جنديان أمريكيان": the adjective of a dual noun
    if dual and not (i and toks[i - 1].sentence == s and (toks[i - 1].is_number or written_number(toks, i - 1))):
        value, end = 2.0, i + 1
        if end < len(toks) and toks[end].sentence == s and toks[end].text == "ونصف":
            value, end = 2.5, end + 1  # "عامين ونصف", "عامان ونصف العام"
            if end < len(toks) and toks[end].sentence == s and toks[end].text.startswith("ال") \
                    and unit_of(toks[end].text) == dual[1]:
                end += 1
        qualifier, start = qualifier_before(toks, i)
        qualifier = qualifier or qualifier_after(toks, end)
        unit, role = with_role(toks, start, end, dual[1], None)
        return FigureHit(start if qualifier else i, end, value, unit=unit, qualifier=qualifier,
                         why="a dual: two" + (" and a half" if value == 2.5 else "")
                         + (f", {qualifier}" if qualifier else "") + (f", {role}" if role else ""),
                         role=bool(role))
    dual = _construct_dual(t) if t.endswith(("ي", "ا")) else None
    if dual and _in_construct(toks, i):
        unit, role = with_role(toks, i, i + 1, dual[1], None)
        return FigureHit(i, i + 1, 2.0, unit=unit, why="a dual in construct (its ن dropped before the "
                         "names it joins): two" + (f", {role}" if role else ""), role=bool(role))
    if toks[i].is_number and _names_not_counts(toks, i):
        return None
    number = number_at(toks, i)
    if number is None:
        return None
    value, used, how = number
    end = i + used
    nif = end < len(toks) and toks[end].text == "ونيف" and toks[end].sentence == s \
        and end + 1 < len(toks) and unit_of(toks[end + 1].text) is not None
    if nif:  # "أربعون ونيف جندياً": some forty and more, then the noun
        end += 1
    digits = toks[i].text.lstrip("و")[:1].isdigit()
    high = None
    # ranges: "بين 1500 و3000", "من 1.2 إلى 1.5 مليار", "1.2–1.5"
    k = end
    if k + 1 < len(toks) and toks[k].text in ("%", "٪") and toks[k + 1].sentence == s \
            and toks[k + 1].text in ("و", "الي", "حتي", "-", "–") and _range_open(toks, i):
        k += 1  # "بين 20% و30%": the sign on both ends
    if k < len(toks) and toks[k].sentence == s:
        sep = toks[k].text
        nxt = None
        if sep in ("-", "–", "—") or (sep == "و" and _range_open(toks, i)) or (
                sep in ("الي", "حتي") and (_range_open(toks, i, "من") or _closed_by_unit(toks, k + 1))) or (
                sep == "ل" and _range_open(toks, i, "من")) or (  # "من 200 لـ300": ل glued to the number
                sep == "او" and _closed_by_unit(toks, k + 1) and end - i == 1):
            nxt = k + 1  # "من 10 إلى 12", and "24 إلى 48 ساعة", "35 إلى 40%" with no من
        elif sep.startswith("و") and (sep[1:].isdigit() or sep[1:] in FIRST_WORDS or sep[1:] in LONE_SCALES) \
                and _range_open(toks, i):
            nxt = k  # "بين 1500 و3000", "بين سبعة وثمانية مليارات", "بين مليون و1.3 مليون"
        if nxt is not None and nxt < len(toks) and nxt not in taken:
            other = number_at(toks, nxt) if nxt != k else number_at(
                [Tok(sep[1:], toks[k].start, toks[k].end, s)] + toks[k + 1:k + 6], 0)
            if other:
                hv, hused, _ = other
                end = nxt + hused
                scale = _scale(toks[nxt + hused - 1].text) if hused > 1 else None
                if scale and value < scale:
                    value *= scale  # "من 1.2 إلى 1.5 مليار": the scale covers both ends
                high = hv
    start = i
    if high is not None and i and toks[i - 1].text in ("بين", "وبين", "من"):
        start = i - 1
        if start and toks[start - 1].text in ("ما", "فيما") and toks[start].text == "بين" \
                and toks[start - 1].sentence == s:
            start -= 1  # "نزوح ما بين 270 و330 ألفاً": the event word is before ما
    # percentages
    unit = None
    if start and toks[start - 1].text in ("%", "٪") and toks[start - 1].sentence == s and (
            toks[start - 1].end == toks[start].start or start < 2 or not toks[start - 2].is_number):
        unit, start = "percent", start - 1  # "%40", "% 30": the sign typed first
    elif end < len(toks) and toks[end].text in ("%", "٪"):
        unit, end = "percent", end + 1
    elif end + 1 < len(toks) and (toks[end].text, toks[end + 1].text) in PERCENT_WORDS:
        unit, end = "percent", end + 2
    elif end < len(toks) and (toks[end].text,) in PERCENT_WORDS:
        unit, end = "percent", end + 1
    if unit is None:
        unit, start, end = _currency_sign(toks, start, end)
    u = end
    while u < len(toks) and toks[u].text in ('"', "“", "”", "«", "»", ")") and u < end + 2:
        u += 1  # 'بين 1500 و3000" عنصر': a closing quote between number and noun
    if unit is None and u < len(toks) and toks[u].sentence == s:
        unit = _unit_after(toks[u].text)
        if unit:
            end = u + 1
        elif toks[u].text == "من" and u + 1 < len(toks) and toks[u + 1].sentence == s:
            unit = _unit_after_of(toks[u + 1].text)
            if unit:
                end = u + 2
    if unit == "aircraft" and end < len(toks) and toks[end].sentence == s and (
            unit_of(toks[end].text) == "drones" or (toks[end].text in ("بدون", "دون", "بلا") and end + 1 < len(toks)
                                                    and toks[end + 1].text == "طيار")):
        unit, end = "drones", end + (1 if unit_of(toks[end].text) == "drones" else 2)  # طائرة مسيّرة, بدون طيار
    elif unit == "aircraft" and end + 2 < len(toks) and [t.text for t in toks[end:end + 3]] == ["من", "دون", "طيار"]:
        unit, end = "drones", end + 3  # طائرات من دون طيار
    if unit is None and u < len(toks) and toks[u].sentence == s:
        unit, end = abbreviated(toks, u, end)
    if unit in NAMED_BY_COUNTRY and end < len(toks) and (unit, toks[end].text) in NATIONAL:
        unit, end = NATIONAL[(unit, toks[end].text)], end + 1
    # "35 مليوناً", "20 ألفاً": a scale in the accusative closes the number; the word after it
    # is no counted noun (the unit is stated before, or carried from the sentence)
    closed = end - i >= 2 and toks[end - 1].text in ("الفا", "مليونا", "مليارا")
    if unit is None and not closed and u < len(toks) and toks[u].sentence == s and _counted_noun(toks[u].text) \
            and not _verb_like(toks[u].text):
        unit, end = singular_noun(toks[u].text), u + 1  # a noun outside the vocabulary counts as itself
    if unit is None and not (start and toks[start - 1].text in SUBSET):  # "منهم 9": the count's own
        unit = _unit_before(toks, start)
    if unit is None and not closed and u < len(toks) and toks[u].sentence == s and _counted_noun(toks[u].text):
        unit, end = singular_noun(toks[u].text), u + 1
    if unit is None and _an_age(toks, start, end):
        unit = "years"  # "في الـ45 من عمره", "عمره 45": an age
    if unit is None and _after_a_rate(toks, start):
        unit = "percent"  # "ارتفعت بنسبة 40", "نسبة المشاركة 52": a rate with no sign
    if unit in ("years", "months", "days", "weeks", "hours") and high is None and end < len(toks) \
            and toks[end].text == "ونصف" and toks[end].sentence == s and end > i + 1:
        value, end = value + 0.5, end + 1  # "ثلاث سنوات ونصف": three and a half years
    if unit in _PARTS and value < _PARTS[unit][1] and high is None:
        value, unit = _rounded_share(value * _PARTS[unit][0]), "percent"  # "ثلاثة أرباع المنازل": 75%
    if not digits and unit is None and value < 11:
        role = _casualty_count(toks, start, end)
        if role is None:
            return None  # "أحد", "ثلاث" alone are words, not figures
        unit = role  # "قتل ثلاثة وأصيب خمسة": the people an event word counts
    bracket = start and toks[start - 1].text in OPENING  # "نحو (19) ألف أسرة", 'نحو «45» طن'
    qualifier, phrase = qualifier_before(toks, start - 1 if bracket else start)
    qualifier = qualifier or qualifier_after(toks, end) or ("more than" if nif else None)
    if unit is None and qualifier is None and high is None and end == i + 1 and _label_before(toks, i):
        return None  # "إف 16", "كوفيد 19", "مجموعة الـ20", "الدائرة الانتخابية 5": a name's number
    noun = toks[end - 1].text if end > u else None
    if unit == "troops" and noun is not None and "فرد" in lemmas(noun):
        unit = member_or_person(toks, start, end)  # فرد: of a force, or people
    if unit == "people" and noun is not None and any(m in _GENERIC_PEOPLE for m in lemmas(noun)):
        governed = _governed_unit(toks, start)  # "تجاوز عدد النازحين … 12 مليون شخص": displaced
        unit = governed if governed in _CATEGORIES else unit
    if unit is not None and not unit.isascii() and noun is not None and _persons_listed(toks, end, unit):
        unit = "people"  # "١٤ ألف مهندس وعامل", "(160) من الأطباء والممرضين والفنيين"
    elif unit == "troops" and noun is not None and end < len(toks) and toks[end].sentence == s \
            and toks[end].text[:1] == "و" and unit_of(toks[end].text[1:]) == "people":
        unit, end = "people", end + 1  # "45 ألف مقاتل ومدني": fighters and civilians are people
    if unit in ("drones", "bases") and noun is not None:
        unit = _homograph(toks, start, end, unit, noun)
    if unit == "عقد" and _decades(toks, start, end):  # "ثلاثة عقود" of war: 30 years
        value, high, unit, how = value * 10, None if high is None else high * 10, "years", how + " decades"
    unit, role = with_role(toks, min(start, phrase), end, unit, noun)
    if not role and unit in _PERSON_NISBAS:  # "أصيب 12 شرطياً": persons, so إصابة is a wound
        as_people, role = with_role(toks, min(start, phrase), end, "people", noun)
        unit = as_people if role else unit
    why = how + (f", {qualifier}" if qualifier else "") + (
        f", {role}" if role else f", unit {unit}" if unit else ", no unit")
    return FigureHit(start, end, value, high=high, unit=unit, qualifier=qualifier, why=why, role=bool(role))


_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP"}


def _currency_sign(toks: list[Tok], start: int, end: int) -> tuple[str | None, int, int]:
    """A currency sign typed before or after the amount ('$500 مليون', '500$', '20 مليون €',
    '50 مليون US$'): (its code, the new start, the new end); the sign is part of the figure."""
    s = toks[start].sentence
    k = end
    if k + 1 < len(toks) and toks[k].text.upper() == "US" and toks[k + 1].text == "$" \
            and toks[k + 1].start == toks[k].end:
        k += 1  # "US$"
    if k < len(toks) and toks[k].sentence == s and toks[k].text in _SIGNS:
        return _SIGNS[toks[k].text], start, k + 1
    if start and toks[start - 1].sentence == s and toks[start - 1].text in _SIGNS:
        a = start - 1
        if a and toks[a - 1].text.upper() == "US" and toks[a - 1].end == toks[a].start:
            a -= 1
        return _SIGNS[toks[start - 1].text], a, end
    return None, start, end


_TWO_DECADES = frozenset(c + w for w in ("عقدين", "عقدان") for c in ("", "و", "ل", "ب", "ول", "وب"))
# عقد is a decade or a contract: a decade after a word of time, or before "من الزمن"
_TIME_BEFORE = frozenset("منذ ومنذ خلال وخلال لمده طوال طيله مدي مدار قبل بعد استمر استمرت دام دامت امتد امتدت "
                         "عاش عاشت قضي قضت نحو حوالي قرابه زهاء اكثر اقل من".split())


_PERSON_NOUNS = frozenset("طبيب ممرض فني مهندس عامل ملك رئيس امير موظف معلم طالب مدرس اكاديمي خبير باحث "
                          "صحفي مراسل محام قاض ضابط شرطي مسعف متطوع ناشط زعيم وزير نائب سفير مسؤول".split())


def _persons_listed(toks: list[Tok], end: int, unit: str) -> bool:
    """A count of persons of several kinds ('مهندس وعامل', 'الأطباء والممرضين'): people."""
    if unit not in _PERSON_NOUNS and unit not in _PERSON_NISBAS:
        return False
    k = end
    return k < len(toks) and toks[k].sentence == toks[end - 1].sentence and toks[k].text[:1] == "و" \
        and len(toks[k].text) > 3 and any(singular_noun(f) in _PERSON_NOUNS | _PERSON_NISBAS
                                          for f in (toks[k].text[1:], toks[k].text[3:]))


_MARCHES_AFTER = frozenset("احتجاجيه سلميه شعبيه حاشده جماهيريه راجله ليليه طلابيه نسائيه".split())
_MARCHES_BEFORE = frozenset("خرجت خرج نظمت نظم انطلقت جابت شهدت نظموا خرجوا".split())


def _homograph(toks: list[Tok], start: int, end: int, unit: str, noun: str) -> str:
    """Vocabulary nouns with a second sense the sentence gives away: مسيرات are marches
    after خرجت/نظمت or before احتجاجية/سلمية (drones otherwise), قواعد الاشتباك are rules."""
    s = toks[start].sentence
    nxt = toks[end].text if end < len(toks) and toks[end].sentence == s else ""
    before = {t.text for t in toks[max(0, start - 3):start] if t.sentence == s}
    if unit == "drones" and "مسيره" in lemmas(noun) and (nxt in _MARCHES_AFTER or before & _MARCHES_BEFORE):
        return "مسيره"
    if unit == "bases" and nxt in ("للاشتباك", "الاشتباك", "اشتباك"):
        return "قاعده"
    return unit


def _decades(toks: list[Tok], start: int, end: int) -> bool:
    """The count of عقد at [start, end) counts decades, not contracts ('وقّعت ثلاثة عقود')."""
    s = toks[start].sentence
    nxt = " ".join(t.text for t in toks[end:end + 2] if t.sentence == s)
    if nxt.startswith(("من الزمن", "مضت", "الماضي", "الماضيه", "ماضيه", "متتاليه", "كامله", "من الحرب",
                       "من الصراع", "من القتال", "من الحصار", "من الاحتلال", "من العقوبات")):
        return True
    k = start - 1
    while k >= 0 and toks[k].sentence == s and start - k <= 3:
        if any(f in _TIME_BEFORE for f in strip_clitic(toks[k].text, allow_al=False)):
            return True
        k -= 1
    return False


def _casualty_count(toks: list[Tok], start: int, end: int) -> str | None:
    """The role of a small number written in words with no noun, where an event word says
    it counts people: 'قتل ثلاثة', 'وأصيب خمسة بجروح', 'اعتقلت الشرطة ثلاثة من المشتبه بهم'."""
    unit, role = with_role(toks, start, end, "people", None)
    return unit if role else None


# one and two follow the noun they count: "جندي واحد", "ساعة واحدة", "منتسبين اثنين"
_ONE_TWO = {"واحد": 1.0, "واحده": 1.0, "واحدا": 1.0, "اثنان": 2.0, "اثنين": 2.0, "اثنتان": 2.0, "اثنتين": 2.0}
# "في وقت واحد", "من جانب واحد", "بصوت واحد", "كرجل واحد": one as "the same", not a count
_ONE_IDIOMS = frozenset("وقت ان جانب طرف صوت بصوت رجل كرجل صف نسق اتجاه مكان انواحد".split())


def _noun_then_number(toks: list[Tok], i: int) -> FigureHit | None:
    """'مقتل منتسب واحد', 'لساعة واحدة', 'قرية واحدة': the count of one or two after its
    noun; not 'واحد من' (one of) with no noun before, nor 'في وقت واحد' (at once)."""
    if not i or toks[i - 1].sentence != toks[i].sentence or toks[i - 1].is_number:
        return None
    noun = toks[i - 1].text
    nxt = toks[i + 1].text if i + 1 < len(toks) and toks[i + 1].sentence == toks[i].sentence else ""
    if nxt[:1] == "و" and nxt[1:] in NUMBER_WORDS_ALL:
        return None  # "واحد وعشرون": a compound number, read as one
    if role_word(noun):
        return None  # "قتل اثنان": the verb of what happened, not the noun counted
    if any(form in _ONE_IDIOMS for form in strip_clitic(noun, allow_al=False)):
        return None
    if _ONE_TWO[toks[i].text] == 1 and nxt == "من" and (noun.endswith(("ات", "ين", "ون")) or singular_of(noun)):
        return None  # "منذ سنوات واحدة من أسوأ": a plural, then "one of"
    start = i - 1
    if i >= 2 and _nisba(noun, toks[i - 2].text) and toks[i - 2].sentence == toks[i].sentence \
            and not toks[i - 2].is_number \
            and (unit_of(toks[i - 2].text) or _counted_noun(toks[i - 2].text)) \
            and not _verb_like(toks[i - 2].text) and toks[i - 2].text not in NUMBER_WORDS_ALL:
        start, noun = i - 2, toks[i - 2].text  # "مركزاً صحياً واحداً": the noun before its adjective
    unit = unit_of(noun)
    if unit is None:
        if not _counted_noun(noun) or _verb_like(noun) or noun in NUMBER_WORDS_ALL:
            return None
        unit = singular_noun(noun)
    value = _ONE_TWO[toks[i].text]
    unit, role = with_role(toks, start, i + 1, unit, noun)
    qualifier = qualifier_after(toks, i + 1)
    return FigureHit(start, i + 1, value, unit=unit, qualifier=qualifier, role=bool(role),
                     why=f"{toks[i].text} after the noun it counts" + (f", {qualifier}" if qualifier else "")
                     + (f", {role}" if role else f", unit {unit}"))


def _nisba(word: str, noun: str) -> bool:
    """``word`` is an adjective of relation agreeing with ``noun`` before it: the ي of a
    nisba, then the noun's ending (مركزاً صحياً, قرية زراعية, مستشفى ميداني)."""
    if len(word) >= 4 and word.endswith("يا"):
        return noun.endswith("ا")
    if len(word) >= 4 and word.endswith("يه"):
        return noun.endswith("ه") and unit_of(word) is None
    return len(word) >= 5 and word.endswith("ي") and not word.endswith("اي") and not noun.endswith(("ا", "ه"))


def _word_count(toks: list[Tok], i: int) -> FigureHit | None:
    """A fraction or a lone period noun (see word_counts.py), with its hedge."""
    if toks[i].text in DEFINITE_FRACTIONS:
        found = definite_fraction_at(toks, i)
    elif toks[i].text in FRACTION_PERCENT or toks[i].text in ALSO_NUMBERS:
        if i + 1 < len(toks) and scale_word(toks[i + 1].text):
            return None  # "ربع مليون": a number, read as one
        found = fraction_at(toks, i)
    else:
        found = period_at(toks, i)
    if found is None:
        return None
    value, end, unit, how = found
    qualifier, _ = qualifier_before(toks, i)
    qualifier = qualifier or qualifier_after(toks, end)
    return FigureHit(i, end, value, unit=unit, qualifier=qualifier,
                     why=how + (f", {qualifier}" if qualifier else "") + f", unit {unit}")


def _unit_after(word: str) -> str | None:
    """The vocabulary unit of the word right after a number; a و before it starts a new
    phrase ('مقتل 3 وإصابة 7'), unless the و is the noun's own letter (وحدات)."""
    if word[:1] == "و" and len(word) > 3 and not _counted_noun(word):
        return None
    return unit_of(word)


def _names_not_counts(toks: list[Tok], i: int) -> bool:
    """A number that is part of a name, a time or a label, not a count: كوفيد-19, إف-16,
    G20, 10:30, المادة 140, a phone number."""
    t, here = toks[i].text, toks[i]
    prev = toks[i - 1] if i else None
    glued = prev is not None and prev.end == here.start and prev.sentence == here.sentence
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if (glued and prev.text == "+" and i >= 2 and toks[i - 2].is_number) or (
            nxt is not None and nxt.text == "+" and nxt.start == here.end and i + 2 < len(toks)
            and toks[i + 2].is_number and toks[i + 2].start == nxt.end):
        return True  # "5+5", "P5+1": a forum's name, not a sum
    if glued and prev.text == "/" and i >= 2 and toks[i - 2].end == prev.start and toks[i - 2].text.isalpha():
        return True  # "المستشفى الميداني غزة/82": a unit's name and number
    if glued and (prev.text in ("-", ":") or (prev.text.isascii() and prev.text.isalpha())):
        # إف-16, كوفيد-19, G20, the 30 of 10:30 (not و2,500: a conjunction glued to a count)
        if prev.text != "-" or (i >= 2 and toks[i - 2].end == prev.start and toks[i - 2].text[-1:].isalpha()):
            return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if glued and len(prev.text) >= 2 and prev.text.isalpha() and not prev.text.isascii() \
            and not set(prev.text) <= set("وفبلكال"):  # not clitics: "وب20", "فبـ40"
        return True  # "إم1", "تي72": letters and a number written as one name
    if nxt is not None and nxt.start == here.end and nxt.text.isascii() and nxt.text[:1].isalpha() \
            and nxt.text.lower() not in _LATIN_UNITS:
        return True  # 4K, 5G, 3D: a name with its letter (not 300km)
    if nxt is not None and nxt.text == ":" and nxt.start == here.end and i + 2 < len(toks) \
            and toks[i + 2].is_number and toks[i + 2].start == nxt.end:
        return True  # 10:30
    if names_a_thing(toks, i) or _ordinal_with_article(toks, i):
        return True
    if nxt is not None and nxt.sentence == here.sentence and nxt.text in TIMES:
        return True  # "3 فجرا": a time of day
    if nxt is not None and nxt.text == "ت" and i + 2 < len(toks) and toks[i + 2].text == "غ":
        return True  # "0600 ت غ": GMT
    if prev is not None and prev.text == "و" and i >= 3 and toks[i - 2].is_number \
            and toks[i - 3].text in ("الساعه", "ساعه") and toks[i - 3].sentence == here.sentence:
        return True  # "الساعة 10 و30 دقيقة": the minutes of a time
    digits = t.replace(",", "").replace(".", "")
    return t[0] == "0" and len(digits) >= 6  # a phone or an ID, not a quantity


# Latin letters as Arabic spells them ("إف 16", "إس 400", "بي 52", "إم 4"): a model's or a
# road's name, and nouns whose bare number names one of them (a district, a group, a file)
_LETTER_NAMES = frozenset("اف اس بي تي كيه كي ام جي ايه سي دي اتش اكس زد يو".split())
_LABEL_NOUNS = frozenset("كوفيد كورونا مجموعه دائره الدائره منطقه المنطقه ملف الملف قطاع القطاع حي الحي "
                         "قوات لقوات القوات وقوات "  # "قوات 70": a unit's name, not its strength
                         "مربع المربع محور المحور نقطه النقطه بوابه البوابه معسكر المعسكر مخيم المخيم".split())
_MODEL_CLASSES = frozenset("منظومه منظومات دبابه دبابات طراز نوع مدرعه مدرعات سفينه فرقاطه غواصه".split())
_RESOLUTIONS = frozenset("قرار القرار لقرار للقرار بقرار وقرار والقرار".split())


def _label_before(toks: list[Tok], i: int) -> bool:
    """A bare number (no unit, hedge or range) after a letter's name, a naming noun (and its
    adjective: الدائرة الانتخابية 5), or a resolution a few words back (قرار مجلس الأمن
    الدولي 2254)."""
    s = toks[i].sentence
    k = i - 1
    if k < 0 or toks[k].sentence != s:
        return False
    if toks[k].text in ("-", "(") and k and toks[k - 1].sentence == s:
        k -= 1
    prev = toks[k].text
    if prev in _LETTER_NAMES or prev in _LABEL_NOUNS:
        return True
    if prev == "/" and toks[k].end == toks[i].start and k and toks[k - 1].end == toks[k].start \
            and toks[k - 1].text.isalpha():
        return True  # "المستشفى الميداني غزة/82": a name with its number
    if prev == "و" and k and toks[k - 1].is_number and toks[k - 1].sentence == s and _label_before(toks, k - 1):
        return True  # "لقوات 70 و80": the next of two names
    if k and toks[k - 1].sentence == s and toks[k - 1].text in _LABEL_NOUNS and prev.endswith(("ي", "يه")):
        return True
    if k and toks[k - 1].sentence == s and prev.isalpha() and not prev.startswith(("ال", "لل")) and (
            toks[k - 1].text in _MODEL_CLASSES or unit_of(toks[k - 1].text) in ("aircraft", "drones", "rockets")):
        return True  # "مقاتلات سوخوي 35", "طائرة بوينغ 737", "مسيرات شاهد 136": a model's number
    return len(toks[i].text) >= 3 and any(t.text in _RESOLUTIONS for t in toks[max(0, i - 5):i] if t.sentence == s)


_LATIN_UNITS = frozenset("km kg m cm mm t mw gw kw bn mn".split())


def _ordinal_with_article(toks: list[Tok], i: int) -> bool:
    """'القافلة الـ24', 'للمرة الـ3', 'الذكرى الـ80': a definite noun, then the number with
    the article glued (the tokenizer drops that ال, leaving its gap of 3-5 characters) and
    no counted noun after it: an ordinal. 'قرابة الـ300 جندي' is a count."""
    if not i or toks[i - 1].sentence != toks[i].sentence:
        return False
    prev, here = toks[i - 1], toks[i]
    if not 3 <= here.start - prev.end <= 5 or not prev.text.isalpha():
        return False
    if not any(f.startswith("ال") for f in strip_clitic(prev.text, allow_al=False)) and not prev.text.startswith("لل") \
            and not prev.text.endswith(("ها", "هم", "هن")):  # "دورتها الـ35": definite by its pronoun
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sentence == here.sentence else None
    return nxt is None or not (unit_of(nxt.text) or _scale(nxt.text) or nxt.text in ("%", "٪"))


_NOT_NOUNS = {"في", "من", "الي", "علي", "عن", "مع", "او", "ثم", "حتي", "منذ", "بين", "قبل", "بعد",
              "خلال", "عند", "لدي", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "ما", "لا",
              "لم", "لن", "قد", "كما", "ان", "اذا", "كل", "فقط", "نحو", "حوالي", "تقريبا", "اخري", "اخر",
              "اخرين", "اخرون", "اخريات", "بحلول", "بسبب", "بنسبه", "بقيمه", "بمعدل", "بواقع", "بحسب",
              "بفضل", "بموجب", "بهدف", "بغيه", "لصالح", "لدعم", "لمده", "لكل", "بكل"}


# persons named by a relative adjective: counted in the accusative they end in يا like the
# adverbs the rule above keeps out (رسميا, يوميا): "12 صحفياً", "3 انتحاريين"
_PERSON_NISBAS = frozenset("صحفي شرطي جهادي انتحاري دبلوماسي مصلي ارهابي اعلامي حقوقي اجنبي تكفيري داعشي "
                           "حوثي سلفي اكاديمي فني اداري امني قضائي برلماني حزبي سياسي".split())
_WAW_NOUNS = frozenset("وحده وجبه وثيقه وزير وكاله ورقه وظيفه وسيله ولايه واقعه".split())


# units abbreviated to two letters: "300 كغ", "15 سم"
_SHORT_UNITS = frozenset("كغ كلغ سم مم مل".split())
# nouns whose first letters are آل, read ال once normalised: "30 آلية", "آلتين"
_AL_NOUNS = frozenset("اليه اليات اليتين اليتان اله الات الغام الويه".split())


def _counted_noun(word: str) -> bool:
    """A word outside the unit vocabulary that may be what a number counts: not an
    adverb (عالميا, رسميا) or a time of day (صباحا)."""
    if word[:1] == "و" and (plurals_of(word) or singular_of(word) or word in _WAW_NOUNS
                            or singular_noun(word) in _WAW_NOUNS):
        return True  # وحدة, وجبة, وثيقة, وزيرا: و is the noun's own letter
    if word in _AL_NOUNS or word in _SHORT_UNITS:
        return True
    if word.startswith(("لم", "بم", "للم")) and len(word) >= 6:
        return False  # "تريليون ونصف لمنظومات الدفاع": for what, not what is counted
    return (word.isalpha() and len(word) >= 3 and not word.startswith(("ال", "و", "ف"))
            and word not in _NOT_NOUNS and word not in SCALES and not word.isascii()
            and word not in TIMES and not (word.endswith("يا") and len(word) >= 5 and word[:-1] not in _PERSON_NISBAS)
            and word not in AFTER)  # "أصيب 4 بجروح": what happened to them, not what is counted


def _unit_after_of(word: str) -> str | None:
    """The unit of the noun after 'N من': the vocabulary's, definite or in construct ('30
    ألفاً من العناصر', 'نحو ألف من عناصر الحماية', '500 من مقاتلي الفصائل'), or a definite
    plural outside it as its singular ('ثمانية من الصحفيين', 'عشرة من الأطباء')."""
    unit = unit_of(word)
    if unit:
        return unit
    bare = word[:-2]
    if word.endswith(("نا", "هم", "ها")) and len(bare) >= 5 and bare.endswith(("ي", "ات")) and _counted_noun(bare):
        # "أكثر من 100 من موظفينا": a sound plural in construct (موظفي) or in ات, with its pronoun
        return bare[:-1] if bare.endswith("ي") else singular_noun(bare)
    if not word.startswith(("ال", "لل")):
        return None
    bare = word[2:]
    if len(bare) >= 4 and (bare.endswith(("ين", "ون")) or singular_of(bare)) and _counted_noun(bare):
        return singular_noun(bare)
    return None


def _verb_like(word: str) -> bool:
    """An imperfect verb after a number ('نحو 2500 يتمركزون'): the counted noun is before it."""
    return word[:1] in "يت" and len(word) >= 5 and word.endswith(("ون", "ان", "ين")) or word[:2] in ("يت", "تت")


def _scale(word: str) -> float | None:
    for form in strip_clitic(word, allow_al=False):
        if form in SCALES:
            return SCALES[form]
    return None


def _closed_by_unit(toks: list[Tok], k: int) -> bool:
    """A number at k followed by a percent sign, a scale or a counted noun: the end of a range
    written without من ('24 إلى 48 ساعة'), not a destination ('ارتفع إلى 50')."""
    if k >= len(toks) or k + 1 >= len(toks) or toks[k + 1].sentence != toks[k].sentence:
        return False
    if not toks[k].is_number:  # "ثلاثة إلى أربعة آلاف جندي": the end written in words
        found = number_at(toks, k) if may_start_written(toks[k].text) else None
        if found is None or k + found[1] >= len(toks):
            return False
        last = toks[k + found[1] - 1].text
        nxt = toks[k + found[1]].text
        return _scale(last) is not None or nxt in ("%", "٪") or unit_of(nxt) is not None
    nxt = toks[k + 1].text
    return nxt in ("%", "٪") or _scale(nxt) is not None or unit_of(nxt) is not None


def _range_open(toks: list[Tok], i: int, opener: str = "بين") -> bool:
    for back in (1, 2):
        if i - back >= 0 and toks[i - back].text in (opener, "و" + opener, "يتراوح", "تتراوح"):
            return toks[i - back].text != "يتراوح" or opener == "بين"
    return False


def _unit_before(toks: list[Tok], i: int) -> str | None:
    """'تعداد عناصرها نحو 2500': a counted noun just before the number phrase; or the noun a
    count word governs earlier in the clause: 'بلغ عدد اللاجئين في لبنان مليونا ونصف
    المليون', 'ارتفع عدد الضحايا في البلدة إلى ثلاثة'."""
    s = toks[i].sentence
    unit = _governed_unit(toks, i)
    if unit:
        return unit
    for k in range(i - 1, max(-1, i - 4), -1):
        if toks[k].sentence != s or toks[k].is_number:
            break
        if toks[k].text in _STRENGTH and k >= i - 2:
            return "troops"  # "قوة قوامها 2500", "عديد الجيش نحو 9 آلاف": a force's strength
        unit = unit_of(toks[k].text)
        if k and toks[k - 1].sentence == s and (toks[k - 1].is_number or unit_of(toks[k - 1].text)):
            continue  # "2500 جندي أمريكي ونحو ألف": the noun or adjective of another count
        if unit in ("troops", "advisers", "people", "killed", "wounded"):
            return unit
    return None


_AGE_WORDS = frozenset("عمره عمرها عمرهم العمر عمر بعمر وعمره وعمرها".split())


def _an_age(toks: list[Tok], start: int, end: int) -> bool:
    """A bare number that is an age: after عمره/بعمر, or before 'من عمره/العمر'."""
    s = toks[start].sentence
    if start and toks[start - 1].sentence == s and toks[start - 1].text in _AGE_WORDS:
        return True
    return end + 1 < len(toks) and toks[end].text == "من" and toks[end + 1].text in _AGE_WORDS \
        and toks[end + 1].sentence == s


_STRENGTH = frozenset("قوامها قوامه قوامهم قوام عديد عديدها عديده عديدهم".split())


# plural fractions: (percent of one part, parts in a whole)
_PARTS = {"ربع": (25.0, 4), "خمس": (20.0, 5), "ثلث": (100 / 3, 3), "عشر": (10.0, 10)}


def _rounded_share(v: float) -> float:
    return round(v, 1)


_RATES = frozenset("نسبه نسبته نسبتها".split())


def _after_a_rate(toks: list[Tok], i: int) -> bool:
    """A bare number governed by نسبة: 'بنسبة 40', 'نسبة المشاركة في الانتخابات 52', 'ما نسبته 12'."""
    s = toks[i].sentence
    for k in range(i - 1, max(-1, i - 5), -1):
        if toks[k].sentence != s or not toks[k].text.isalpha():
            return False
        if any(f in _RATES for f in strip_clitic(toks[k].text)):
            return True
    return False


def _governed_unit(toks: list[Tok], i: int) -> str | None:
    """The unit of the noun a count word (عدد, حصيلة ...) governs earlier in the clause of
    the number phrase at i: 'تجاوز عدد النازحين داخلياً واللاجئين 12 مليون'."""
    s = toks[i].sentence
    for k in range(i - 2, max(-1, i - 10), -1):
        if toks[k].text == ":" and toks[k].sentence == s:
            continue  # "عدد الجنود في العراق: نحو 2500"
        if toks[k].sentence != s or not toks[k].text.isalpha():
            return None
        if any(f in _COUNT_WORDS for f in strip_clitic(toks[k].text, allow_al=False)):
            return unit_of(toks[k + 1].text)
    return None


# a counted noun that says only "persons": the count word's noun may say which
_GENERIC_PEOPLE = frozenset("شخص فرد نسمه انسان".split())
_CATEGORIES = frozenset({"displaced", "refugees", "killed", "wounded", "detainees"})


_COUNT_WORDS = frozenset("عدد تعداد عديد حصيله اجمالي مجموع".split())


def _construct_dual(word: str) -> tuple[str, str] | None:
    """A dual in construct counted in the vocabulary (قاعدتي, قتيلي): the labels count
    those; a dual of any noun in construct (مطاري, محافظتي) they mostly leave out."""
    dual = construct_dual_of(word)
    return dual if dual and dual[1].isascii() else None


def _in_construct(toks: list[Tok], i: int) -> bool:
    """The word at i governs a genitive and the two things it counts are joined by و:
    'مطاري بغداد وأربيل', 'وزارتي الدفاع والداخلية', 'مطاري صفاقس طينة وتونس قرطاج'."""
    s = toks[i].sentence
    nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sentence == s else None
    if nxt is None or not nxt.text.isalpha() or nxt.text[:1] == "و" or nxt.text in _NOT_NOUNS \
            or nxt.text.startswith(("لل", "بال", "كال")):
        return False
    for k in range(i + 2, min(i + 5, len(toks))):
        w = toks[k].text
        if toks[k].sentence != s or not w.isalpha():
            return False
        if w[:1] == "و" and len(w) > 2:
            return True
    return False

