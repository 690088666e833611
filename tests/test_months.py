"""The month lexicon covers every Arabic locale's spelling in CLDR and the press's two-word names."""

import pytest

from dossier_tui.index.arabic.months import month_at
from dossier_tui.index.arabic.normalize import normalize


def _words(text):
    return normalize(text).split()


def test_every_cldr_arabic_month_name_is_known():
    babel = pytest.importorskip("babel", reason="babel (CLDR data) is a test dependency")
    from babel import Locale, localedata

    checked, wrong = 0, []
    for ident in localedata.locale_identifiers():
        if ident != "ar" and not ident.startswith("ar_"):
            continue
        months = Locale.parse(ident).months
        for context in ("format", "stand-alone"):
            for number, name in months[context]["wide"].items():
                words = _words(name)
                found = month_at(words, 0)
                checked += 1
                if not found or found.number != number or found.length != len(words):
                    wrong.append((ident, number, name))
    assert babel and checked > 500 and not wrong


@pytest.mark.parametrize("text, number, length", [
    ("كانون الثاني 2020", 1, 2),
    ("كانونُ الأوّل", 12, 2),
    ("تشرين ثاني", 11, 2),
    ("وأيلول", 9, 1),
    ("جانفي", 1, 1),
    ("بسبتمبر", 9, 1),
])
def test_spellings_and_clitics(text, number, length):
    found = month_at(_words(text), 0)
    assert found and (found.number, found.length, found.calendar) == (number, length, "gregorian")


def test_common_words_that_are_month_names_are_flagged():
    assert month_at(_words("آب"), 0).ambiguous
    assert month_at(_words("مارس"), 0).ambiguous
    assert not month_at(_words("أيلول"), 0).ambiguous
    assert month_at(_words("كتاب"), 0) is None


def test_hijri_months():
    found = month_at(_words("ربيع الأول"), 0)
    assert (found.number, found.calendar, found.length) == (3, "hijri", 2)
    assert month_at(_words("رمضان"), 0).calendar == "hijri"
    assert month_at(_words("ربيع"), 0) is None
