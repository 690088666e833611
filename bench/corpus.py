"""A deterministic synthetic Arabic dossier for the benchmarks.

Articles of about 2 KB recombine news-style sentences with varied places, bodies,
people, figures (both digit scripts, written and with units), dates (Gregorian in the
Egyptian and Levantine month systems, both digit scripts, relative dates), and the
spelling noise real outlets show (hamza-less alefs, tatweel, harakat, ة/ه, ي/ى).
The same seed always gives the same files, so runs compare.
"""

from __future__ import annotations

import random
from pathlib import Path

PLACES = ["بغداد", "الأنبار", "أربيل", "عين الأسد", "حرير", "الموصل", "كركوك", "البصرة", "دمشق",
          "دير الزور", "الرقة", "عمّان", "بيروت", "القاهرة", "الرياض", "طهران", "واشنطن"]
BODIES = ["التحالف الدولي", "البنتاغون", "البنتاجون", "وزارة الدفاع الأميركية", "وزارة الدفاع الأمريكية",
          "الحكومة العراقية", "الحشد الشعبي", "تنظيم الدولة الإسلامية", "داعش", "حلف الناتو",
          "الأمم المتحدة", "البرلمان العراقي", "قوات سوريا الديمقراطية"]
PEOPLE = ["محمد شياع السوداني", "فؤاد حسين", "لويد أوستن", "عبد الأمير الشمري", "جو بايدن",
          "مسعود بارزاني", "يحيى رسول", "أنتوني بلينكن"]
MONTHS_EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر"]
MONTHS_LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
              "تشرين الأول", "تشرين الثاني", "كانون الأول"]
UNITS = ["جندي", "عسكري", "مستشار", "عنصر", "مقاتل", "غارة", "هجوم", "صاروخ", "طائرة مسيرة"]
QUALIFIERS = ["نحو", "حوالي", "قرابة", "أكثر من", "ما لا يقل عن", "زهاء", "", ""]
WRITTEN = ["ثلاثة آلاف", "ألفين", "خمسمئة", "اثني عشر", "عشرات", "مئات", "أربعين"]
VERBS = ["أعلن", "أكد", "نفى", "كشف", "أفاد", "صرّح", "أوضح", "قال"]
TOPICS = ["انسحاب القوات", "إنهاء مهمة التحالف", "الوجود العسكري", "المرحلة الانتقالية",
          "العمليات الجوية", "تسليم القواعد", "الاتفاق الأمني", "الحوار الاستراتيجي"]
VERSION = 2
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _noisy(word: str, rng: random.Random) -> str:
    """The spellings outlets differ on: hamza-less alef, ه for ة, tatweel, a stray haraka."""
    roll = rng.random()
    if roll < 0.08:
        word = word.replace("أ", "ا").replace("إ", "ا")
    elif roll < 0.12:
        word = word.replace("ة", "ه")
    elif roll < 0.15 and len(word) > 3:
        word = word[:2] + "ـ" + word[2:]
    elif roll < 0.18 and len(word) > 2:
        word = word[:1] + "َ" + word[1:]
    return word


def _number(rng: random.Random) -> str:
    n = rng.choice([rng.randint(2, 60), rng.randint(100, 5000), rng.randint(1, 9) * 500])
    text = f"{n:,}" if n >= 1000 and rng.random() < 0.5 else str(n)
    return text.translate(INDIC) if rng.random() < 0.3 else text


def _date(rng: random.Random) -> str:
    year = str(rng.randint(2014, 2027))
    m = rng.randrange(12)
    month = rng.choice([MONTHS_EG[m], MONTHS_LEV[m], f"{MONTHS_EG[m]}/{MONTHS_LEV[m]}"])
    form = rng.random()
    if form < 0.35:
        text = f"{rng.randint(1, 28)} {month} {year}"
    elif form < 0.7:
        text = f"{rng.choice(['نهاية', 'منتصف', 'بداية', 'مطلع', '', ''])} {month} {year}".strip()
    elif form < 0.85:
        text = f"عام {year}"
    else:
        text = f"{month} {rng.choice(['المقبل', 'الماضي'])}"
    return text.translate(INDIC) if rng.random() < 0.2 else text


def sentence(rng: random.Random) -> str:
    parts = [
        f"{rng.choice(VERBS)} {rng.choice(BODIES)} أن {rng.choice(TOPICS)} في {rng.choice(PLACES)} "
        f"سيكتمل بحلول {_date(rng)}.",
        f"وبحسب {rng.choice(PEOPLE)} فإن {rng.choice(QUALIFIERS)} {_number(rng)} {rng.choice(UNITS)} "
        f"ما زالوا في قاعدة {rng.choice(PLACES)}.",
        f"وشهدت {rng.choice(PLACES)} {rng.choice(WRITTEN)} {rng.choice(UNITS)} منذ {_date(rng)}.",
        f"وقال مسؤول في {rng.choice(BODIES)} (طلب عدم الكشف عن اسمه) إن المحادثات مع "
        f"{rng.choice(BODIES)} ستستأنف في {_date(rng)}.",
        f"وتبلغ كلفة البرنامج {rng.choice(['1.5', '2', '١٫٢', '750'])} "
        f"{rng.choice(['مليار', 'مليون'])} دولار وفق تقرير صدر في {_date(rng)}.",
        f"The U.S.-led coalition said about {_number(rng).translate(str.maketrans('٠١٢٣٤٥٦٧٨٩', '0123456789'))} "
        f"troops remain in {rng.choice(['Baghdad', 'Erbil', 'Anbar'])}.",
    ]
    text = rng.choices(parts, weights=[5, 4, 2, 3, 2, 1])[0]
    return " ".join(_noisy(w, rng) for w in text.split())


def article(i: int, seed: int = 7, size: int = 2000) -> str:
    rng = random.Random(seed * 1_000_003 + i)
    title = f"{rng.choice(BODIES)}: {rng.choice(TOPICS)} في {rng.choice(PLACES)} ({i})"
    lines = [title, _date(rng), ""]
    body: list[str] = []
    written = 0
    while written < size:
        body.append(sentence(rng))
        written += len(body[-1]) + 1
        if rng.random() < 0.25:  # a paragraph break
            lines.append(" ".join(body))
            body = []
    lines.append(" ".join(body))
    return "\n".join(lines) + "\n"


def write_dossier(root: Path, n: int, seed: int = 7) -> Path:
    """Write ``n`` articles into ``root`` (created), unless it already holds exactly them."""
    root.mkdir(parents=True, exist_ok=True)
    marker = root / f".corpus-v{VERSION}-{n}-{seed}"  # a generator change rewrites the files
    if marker.exists():
        return root
    for old in root.glob("*.txt"):
        old.unlink()
    for i in range(n):
        (root / f"{i:05d}.txt").write_text(article(i, seed), encoding="utf-8")
    marker.write_text("")
    return root
