"""The analysis stages: Lucene's published normalisation and stemming cases, the tokenizer,
months and digits."""

from __future__ import annotations

import pytest

from dossier_tui.index.arabic.analysis import exact_analyzer, stem_analyzer
from dossier_tui.index.arabic.normalize import normalize
from dossier_tui.index.arabic.stem import light_stem

# Lucene's TestArabicNormalizationFilter
NORMALIZATION = [("آجن", "اجن"), ("أحمد", "احمد"), ("إعاذ", "اعاذ"), ("بنى", "بني"), ("فاطمة", "فاطمه"),
                 ("روبرـــــت", "روبرت"), ("مَبنا", "مبنا"), ("علِي", "علي"), ("بُوات", "بوات"),
                 ("ولداً", "ولدا"), ("ولدٍ", "ولد"), ("ولدٌ", "ولد"), ("نلْسون", "نلسون"), ("هتميّ", "هتمي")]
# Lucene's TestArabicStemFilter
STEMMING = [("الحسن", "حسن"), ("والحسن", "حسن"), ("بالحسن", "حسن"), ("كالحسن", "حسن"), ("فالحسن", "حسن"),
            ("للاخر", "اخر"), ("وحسن", "حسن"), ("زوجها", "زوج"), ("ساهدان", "ساهد"), ("ساهدات", "ساهد"),
            ("ساهدون", "ساهد"), ("ساهدين", "ساهد"), ("ساهديه", "ساهد"), ("ساهدية", "ساهد"), ("ساهده", "ساهد"),
            ("ساهدة", "ساهد"), ("ساهدي", "ساهد"), ("وساهدون", "ساهد"), ("ساهدهات", "ساهد"), ("الو", "الو"),
            ("English", "English"), ("", "")]


@pytest.mark.parametrize("word, expected", NORMALIZATION)
def test_lucene_normalization(word, expected):
    assert normalize(word) == expected


@pytest.mark.parametrize("word, expected", STEMMING)
def test_lucene_stemming(word, expected):
    assert light_stem(word) == expected
    assert light_stem(normalize(word)) == normalize(expected)  # the same after normalising


def _tokens(analyzer, text):
    return [(t.text, t.startchar, t.endchar) for t in analyzer(text, chars=True, positions=True)]


def test_tokenizer_keeps_harakat_tatweel_and_separated_numbers_whole():
    text = "الـتَّحالُف أرسل ٢٬٥٠٠ و2,500 و1.5 و1٫5"
    toks = _tokens(exact_analyzer(), text)
    assert [t for t, _, _ in toks] == ["التحالف", "ارسل", "2500", "و", "2500", "و", "1.5", "و", "1.5"]
    assert text[toks[0][1]:toks[0][2]] == "الـتَّحالُف"  # offsets cover the original spelling


def test_months_fold_to_one_token_and_two_word_names_take_one_position():
    toks = [(t.text, t.pos) for t in stem_analyzer()("كانون الثاني 2020 وأيلول سبتمبر/أيلول جانفي", positions=True)]
    assert toks == [("month01", 0), ("2020", 1), ("month09", 2), ("month09", 3), ("month09", 4),
                    ("month01", 5)]


def test_ambiguous_month_names_only_in_a_date_context():
    words = [t.text for t in exact_analyzer()("مارس الضغط في آب 2024 وكان أب الأسرة")]
    assert words[0] == "مارس" and "month08" in words


def test_latin_words_are_case_folded_and_stemmed():
    assert [t.text for t in stem_analyzer()("Commanders BAGHDAD")] == ["command", "baghdad"]


def test_presentation_forms_pasted_from_pdfs_fold():
    assert [t.text for t in exact_analyzer()("ﺍﻟﺘﺤﺎﻟﻒ")] == ["التحالف"]
