"""Numbers that are neither figures nor dates, found before either is read: list markers
at a line start (``1.``, ``2-``, ``(3)``), telephone numbers (a country code after + or
00, then groups of digits separated by spaces), and numbers that name a thing rather than
count it: a plan or vision by its year (رؤية 2030, خطة السعودية 2035), a resolution,
law, article or model number, also behind an adjective or a bracket (القرار الأممي
2254, المادة (140)), and a time of day (3 فجرا)."""

from __future__ import annotations

from .tokens import Tok, strip_clitic

# words after which a number names a thing (normalised, with and without the article)
NAMING = {w2 for w in ("ماده", "قرار", "رقم", "فرقه", "لواء", "بند", "فقره", "صفحه", "مرتبه",
                        "دوره", "نسخه", "فصل", "طريق", "كتيبه", "جزء", "قانون", "مرسوم",
                        "ساعه", "جيل", "موديل", "طراز", "غرفه", "مبني", "منفذ", "بوابه",
                        "رؤيه", "خطه", "استراتيجيه", "اجنده", "مئويه")
          for w2 in (w, "ال" + w)}
# a plan's or vision's name may hold one word between it and the year: رؤية السعودية 2030
_PLANS = {w2 for w in ("رؤيه", "خطه", "استراتيجيه", "اجنده") for w2 in (w, "ال" + w)}
TIMES = {"صباحا", "مساء", "مساءا", "ظهرا", "ليلا", "فجرا", "عصرا", "صباح", "بتوقيت", "بالتوقيت"}
_MARKS_AFTER = {".", "-", ")", "–"}
_PHONE_CUES = {"هاتف", "الهاتف", "رقم", "الرقم", "واتساب", "للاتصال", "للتواصل", "جوال", "الجوال"}


def names_a_thing(toks: list[Tok], i: int) -> bool:
    """The number at i follows a naming word, maybe behind a bracket or an adjective."""
    k = i - 1
    if k >= 0 and toks[k].text == "(":
        k -= 1
    for back in range(2):
        j = k - back
        if j < 0 or toks[j].sentence != toks[i].sentence or toks[j].is_number:
            return False
        forms = strip_clitic(toks[j].text)
        if any(f in NAMING for f in forms) and (back == 0 or any(f in _PLANS for f in forms)
                                               or toks[k].text.endswith(("ي", "يه"))):
            return True
    return False


def not_counted(toks: list[Tok]) -> set[int]:
    """Token indices of list markers and telephone numbers: no rule reads them."""
    out: set[int] = set()
    n = len(toks)
    for i, t in enumerate(toks):
        if not "0" <= t.text[0] <= "9" or i in out:  # digits are ASCII once normalised
            continue
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < n else None
        # a list marker: first on its line (the sentence broke at a newline), a mark glued after
        opens = prev is None or prev.sentence != t.sentence or (
            prev.text == "(" and (i < 2 or toks[i - 2].sentence != t.sentence))
        if opens and nxt is not None and nxt.text in _MARKS_AFTER and nxt.start == t.end \
                and i + 2 < n and not toks[i + 2].is_number:
            out.add(i)
            continue
        phone = (prev is not None and prev.text == "+" and prev.end == t.start) or (
            t.text.startswith("00") and len(t.text) >= 4) or (
            prev is not None and prev.text in _PHONE_CUES and nxt is not None and nxt.is_number)
        if phone:
            k = i
            while k < n and toks[k].is_number and toks[k].sentence == t.sentence and k - i < 6:
                out.add(k)
                k += 1
    return out
