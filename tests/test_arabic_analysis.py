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


def test_fast_match_tokens_equal_the_analyzer(seeds):
    """Matching re-tokenises hit texts with a fast path; it must agree with the index."""
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from whoosh.analysis import LowercaseFilter

    from dossier_tui.index.arabic.analysis import (
        ArabicNormalizeFilter,
        ArabicTokenizer,
        LightStemFilter,
        MonthFilter,
        body_analyzer,
        exact_tokens,
    )

    analyzer = exact_analyzer()
    composed_stems = ArabicTokenizer() | ArabicNormalizeFilter() | LowercaseFilter() | MonthFilter() \
        | LightStemFilter()

    def rows(an, text, **kw):
        return [(t.text, t.pos, t.startchar, t.endchar) for t in an(text, positions=True, chars=True, **kw)]

    def check(text):
        expected = rows(analyzer, text)
        assert exact_tokens(text) == [(w, a, b) for w, _p, a, b in expected]
        # the index's bodies and stems go through the one-stage fast path: the same tokens
        assert rows(body_analyzer(), text) == expected
        assert rows(body_analyzer(), text, start_pos=5, start_char=3) == rows(analyzer, text, start_pos=5, start_char=3)
        assert rows(stem_analyzer(), text) == rows(composed_stems, text)
        assert rows(body_analyzer(), text, tokenize=False) == rows(analyzer, text, tokenize=False)

    for path in seeds.glob("*.txt"):
        check(path.read_text(encoding="utf-8"))
    check("في 9 آب 2024 وبكانون الثاني ٢٠٢٥، آب وحده، مارس/آذار 2020 و2,500 و١٬٥")
    alphabet = st.sampled_from(list("ابتةىأإآءكانونالثانيآبمارس ٩9,٬/ـَّ") + ["آب ", "كانون ", "2024 "])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(alphabet, max_size=40).map("".join))
    def fuzz(text):
        check(text)

    fuzz()


def test_every_character_folds_and_the_offset_map_matches_char_by_char_folding(seeds):
    """normalize_with_map folds runs in C; it must equal folding each character alone,
    including characters that are their own NFKC (U+FEFF once recursed forever)."""
    from dossier_tui.index.arabic.normalize import fold_char, normalize_with_map

    def reference(text):
        out, origin = [], []
        for i, ch in enumerate(text):
            folded = fold_char(ch)
            out.append(folded)
            origin.extend([i] * len(folded))
        return "".join(out), origin

    every = "".join(chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000)
    assert normalize_with_map(every) == reference(every)
    for i in range(0, len(every), 11):  # short windows: runs that start and end anywhere
        assert normalize_with_map(every[i:i + 17]) == reference(every[i:i + 17])
    for text in ["ΑΣ ΣΑ İi ﻻ الْعَرَبِيَّة a\ufeffb ـــ", *(p.read_text(encoding="utf-8") for p in seeds.glob("*.txt"))]:
        folded, origin = normalize_with_map(text)
        assert (folded, origin) == reference(text) and len(origin) == len(folded)
    assert normalize("a\ufeffb") == "a\ufeffb"


def test_stages_follow_whoosh_conventions_and_survive_the_index_toc_pickle():
    """Whoosh pickles the schema (analyzers included) into the index TOC: every stage must
    be a module-level class that unpickles equal. Equality is Whoosh's own (same class,
    same __dict__), not redefined; only the stemmer is morphological, so ``no_morph``
    analysis (Whoosh's spelling words) keeps the unstemmed forms."""
    import pickle

    from whoosh.analysis import Composable

    from dossier_tui.index.arabic import analysis
    from dossier_tui.index.schema import make_schema

    stages = [v for v in vars(analysis).values()
              if isinstance(v, type) and issubclass(v, Composable) and v.__module__ == analysis.__name__]
    assert len(stages) == 5
    for stage in stages:
        assert "__eq__" not in vars(stage), f"{stage.__name__} redefines Whoosh's __eq__"
        assert stage.__qualname__ == stage.__name__  # module-level: pickle finds it by name
    schema = make_schema()
    again = pickle.loads(pickle.dumps(schema, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == schema and again["body_stem"].analyzer == stem_analyzer()
    assert exact_analyzer() != stem_analyzer()
    assert [s.__name__ for s in stages if s.is_morph] == ["LightStemFilter"]
    assert stem_analyzer().has_morph() and not exact_analyzer().has_morph()
    text = "والمستشارون في بغداد"
    assert [t.text for t in stem_analyzer()(text, no_morph=True)] == [t.text for t in exact_analyzer()(text)]
