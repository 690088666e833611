"""Compile index/arabic/plurals.tsv.gz, the singular <-> broken plural table search expands
queries with, from arramooz's noun dictionary (PyPI `arramooz-pysqlite`, the lexicon behind
qalsadi). Build time only: the runtime reads the compiled table and never imports arramooz.

    python -m venv /tmp/lex && /tmp/lex/bin/pip install arramooz-pysqlite
    /tmp/lex/bin/python tools/make_plurals.py            # writes the table
    /tmp/lex/bin/python tools/make_plurals.py --review   # the precision list (see README)

Why a lexicon: a broken plural shares no affix with its singular (مدينة/مدن, أسير/أسرى),
so no stemmer joins them. Why filtered: an unvocalised plural is often another word's
singular (مَقاتِل "places of killing" is مُقاتِل "fighter"; شُعَب "branches" is شَعْب
"people"), and the normaliser folds ى into ي, so a pair that joins two words the press
uses in different senses does more harm than the plural it finds. A pair is dropped when
its plural is also listed as a singular noun in the lexicon, unless KEEP says the two
senses are the same word; BLACKLIST holds what a hand check of the frequent nouns found
wrong; SUPPLEMENT adds the dossier genre's plurals the lexicon lacks.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier_tui.index.arabic.normalize import normalize  # noqa: E402  (the project's one normaliser)

OUT = ROOT / "index" / "arabic" / "plurals.tsv.gz"

# (singular, plural) the lexicon lacks or gets wrong and news on the dossier's topics uses;
# spelled as written, normalised on the way in.
SUPPLEMENT = [
    ("جندي", "جنود"), ("قاعدة", "قواعد"), ("حد", "حدود"),
    ("خبير", "خبراء"), ("شاهد", "شهود"), ("مصدر", "مصادر"), ("معبر", "معابر"),
    ("سجن", "سجون"), ("حاكم", "حكام"), ("عضو", "أعضاء"), ("طرف", "أطراف"),
    ("نائب", "نواب"), ("موقع", "مواقع"), ("مركز", "مراكز"), ("بند", "بنود"),
    ("شرط", "شروط"), ("مصلحة", "مصالح"), ("رقم", "أرقام"), ("فصيل", "فصائل"),
    ("موعد", "مواعيد"), ("طريق", "طرق"),
]
# a plural listed as another noun's singular, where the two are one word: keep the pair
KEEP = {("دوله", "دول"), ("بلد", "بلاد"), ("شهيد", "شهداء"), ("حد", "حدود"), ("مصدر", "مصادر")}
# pairs (either order) normalised, judged wrong by the hand check of --review (README, search):
# the lexicon's error, a name or a function word taken for a noun, or a partner the press
# writes mostly as another word
BLACKLIST: set[tuple[str, str]] = {
    # the lexicon's errors and rare senses that join a common word to an unrelated one
    ("عراقي", "عرقان"), ("اعرقه", "عراق"), ("ماضي", "مضاه"), ("ماضي", "مواض"), ("تحديد", "حدود"),
    ("حرب", "حربي"), ("كبير", "كبائر"), ("دعم", "دعام"), ("امن", "اوامن"), ("خلال", "اخله"),
    ("داخل", "دخال"), ("حديث", "حداث"), ("جري", "اجرياء"), ("حكم", "حكام"), ("مسلحه", "مسالح"),
    ("امنيه", "الاماني"), ("طرق", "اطراق"), ("طرق", "طروق"),
    # names: a city, a person, a family (الأنبار, البصرة, فؤاد, عبد, حسن, علاوي)
    ("نبر", "انبار"), ("باصر", "بصره"), ("فؤاد", "افئده"), ("عبد", "عبيد"), ("حسن", "حسان"),
    ("حسن", "محاسن"), ("علاوه", "علاوي"),
    # a partner the press writes as another word: الجزائر (Algeria), نقول (we say), سبقه/ثبته/
    # كمله (a verb and its object)
    ("جزيره", "جزائر"), ("نقل", "نقول"), ("سابق", "سبقه"), ("ثابت", "ثبته"), ("كامل", "كمله"),
    # function words, or a clitic and one, read as nouns (حوالي, نحو, ضد, بعض, غير, حول, شمال,
    # وفي "and in", باسم "in the name of", أعرب "expressed", عليه "on him")
    ("حولي", "حوالي"), ("نحو", "انحاء"), ("ضد", "اضداد"), ("بعض", "ابعاض"), ("غير", "اغيار"),
    ("حول", "احوال"), ("شمال", "اشمل"), ("شمال", "شمائل"), ("وفي", "اوفياء"), ("باسم", "بسمه"),
    ("باسم", "بواسم"), ("عرب", "اعرب"), ("عليه", "علالي"), ("الي", "الاء"), ("قد", "قدود"),
    ("اي", "ايه"), ("كلا", "اكلاء"), ("لكن", "الكن"), ("اولي", "اوال"), ("اولي", "اولون"),
    ("ثانيه", "ثوان"), ("ثانيه", "ثواني"),
    # a word the press writes mostly as a verb or a name: صرّح "stated", عيّن "appointed" and
    # عين الأسد, دير الزور, جو بايدن
    ("صرح", "صروح"), ("عين", "اعين"), ("دير", "اديره"), ("جو", "اجواء"), ("جو", "جواء"),
    # ten and tens: عشر is the number in اثنا عشر, not the tenth (أعشار) nor dozens (عشرات)
    ("عشر", "اعشار"), ("عشر", "عشرات"), ("عشر", "عشور"),
}

_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u064b-\u065f\u0670]+")


def _forms(field: str | None) -> list[str]:
    """The words in a lexicon cell: ';'-separated, notes in brackets and stray marks dropped.
    A note with a colon (مؤ: the feminine, مثنى: the dual, جج: a plural's plural) ends the
    list, except ج: ("plural:") before the plural itself."""
    out = []
    for part in (field or "").split(";"):
        part = re.sub(r"\(.*?\)|\(.*", "", part).strip()
        if part.startswith("ج:"):
            part = part[2:]
        if ":" in part:
            part = part.split(":")[0]
            if not part.strip() or "مؤ" in part or "مثنى" in part or "جمع" in part:
                break
        m = _ARABIC_WORD.search(part)
        if m:
            word = normalize(m.group())
            if len(word) >= 2:
                out.append(word)
    return out


def lexicon_path() -> Path:
    import arramooz  # noqa: F401  (build time only)

    return Path(arramooz.__file__).parent / "data" / "arabicdictionary.sqlite"


def compile_pairs(db: Path) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """(singular, plural) pairs, normalised, supplement first; and counts for the commit."""
    con = sqlite3.connect(db)
    rows = con.execute("select unvocalized, number, single, broken_plural from nouns").fetchall()
    singulars = {normalize(w) for w, number, _s, _p in rows if number == "مفرد"}
    raw: list[tuple[str, str]] = []
    for word, number, single, plural in rows:
        w = normalize(word)
        if number == "مفرد":
            raw += [(w, p) for p in _forms(plural)]
        elif number == "جمع تكسير":
            raw += [(s, w) for s in _forms(single)]
    supplement = [(normalize(s), normalize(p)) for s, p in SUPPLEMENT]
    stats = Counter(lexicon=len(set(raw)))
    out: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for pair in supplement + sorted(set(raw)):
        s, p = pair
        if pair in seen or s == p:
            continue
        seen.add(pair)
        if pair in BLACKLIST or (p, s) in BLACKLIST:
            stats["blacklisted"] += 1
            continue
        if pair not in supplement and p in singulars and pair not in KEEP:
            stats["plural is also a singular"] += 1
            continue
        out.append(pair)
    stats["kept"] = len(out)
    stats["supplement"] = len(supplement)
    return out, dict(stats)


def write_table(pairs: list[tuple[str, str]], path: Path = OUT) -> int:
    text = "".join(f"{s}\t{p}\n" for s, p in pairs)
    # mtime 0: the same pairs give the same bytes, so a rebuild shows no diff
    data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    path.write_bytes(data)
    return len(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="arramooz's arabicdictionary.sqlite (default: the installed one)")
    parser.add_argument("--review", action="store_true",
                        help="print every expansion of the 300 most frequent nouns of the seeds and the "
                             "bench's synthetic dossier, for a hand check")
    parser.add_argument("--top", type=int, default=300)
    args = parser.parse_args(argv)
    db = args.db or lexicon_path()
    pairs, stats = compile_pairs(db)
    if args.review:
        from review_plurals import review  # beside this file: the script's own folder is on sys.path

        review(pairs, db, args.top)
        return 0
    size = write_table(pairs)
    print(f"{OUT.relative_to(ROOT)}: {len(pairs)} pairs, {size:,} bytes; {stats}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
