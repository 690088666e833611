"""The tokeniser's words, offsets and sentence numbers on the cases its column-wise build
must keep: a paragraph break before the first word, an end mark and a break together (two
sentences on), the article glued to a number dropped (after a break too), never a longer
word's letters."""

from __future__ import annotations

from dossier_tui.index.mentions.tokens import tokenize


def _toks(text):
    return [tuple(t) for t in tokenize(text)]


def test_breaks_end_marks_and_the_glued_article():
    assert _toks("\nالـ15 من رمضان.\n\nقرابة الـ٣٠٠ جندي؟ و ال5") == [
        ("15", 4, 6, 1), ("من", 7, 9, 1), ("رمضان", 10, 15, 1), (".", 15, 16, 1),
        ("قرابه", 18, 23, 3), ("300", 27, 30, 3), ("جندي", 31, 35, 3), ("؟", 35, 36, 3),
        ("و", 37, 38, 4), ("5", 41, 42, 4)]


def test_offsets_through_folded_letters_and_a_new_line():
    assert _toks("أ. خالد. وقال\nاب") == [("ا", 0, 1, 0), (".", 1, 2, 0), ("خالد", 3, 7, 1), (".", 7, 8, 1),
                                         ("وقال", 9, 13, 2), ("اب", 14, 16, 3)]


def test_only_the_article_itself_is_dropped_before_a_number():
    assert _toks("xال15 _ال7 ولل2 2,500.1") == [("xال", 0, 3, 0), ("15", 3, 5, 0), ("7", 9, 10, 0),
                                              ("2", 14, 15, 0), ("2,500.1", 16, 23, 0)]


def test_nothing_to_read():
    assert tokenize("") == [] and tokenize(" \n\n ") == []
    assert type(tokenize("كلمة")[0]).__name__ == "Tok" and tokenize("كلمة")[0].sentence == 0
