"""Loading a dossier: decoding, sanitising, titles, numbering, and bad folders."""

from __future__ import annotations

import codecs

import pytest
from support import listing

from dossier_tui.index.errors import DossierError
from dossier_tui.index.loader import load_dossier


def test_seeds_load_in_file_name_order_with_titles(seeds):
    d = load_dossier(seeds)
    assert [a.id for a in d.articles] == sorted(p.name for p in seeds.glob("*.txt"))
    assert d.problems == []
    first = d.articles[0]
    assert first.title == "اتفاق على انسحاب التحالف الدولي من العراق وسط توتر إقليمي"
    assert first.text == (seeds / first.id).read_text(encoding="utf-8")
    assert d.article("1") is first and d.article(first.id) is first
    assert d.article("5").id.startswith("004_")


def test_unknown_article_reference_is_a_user_error(seeds):
    d = load_dossier(seeds)
    with pytest.raises(DossierError, match="number 9"):
        d.article("9")
    with pytest.raises(DossierError):
        d.article("nope.txt")


def test_controls_and_bidi_overrides_are_stripped_newlines_normalised(make_dossier):
    raw = "عنوان\x1b]0;pwned\x07\r\nسطر\x9b31m ثان\u202eمقلوب\u202c\rنهاية\u2028x\x00"
    root = make_dossier({"a.txt": raw.replace("\x00", "")})
    art = load_dossier(root).articles[0]
    assert art.text == "عنوان\nسطر ثانمقلوب\nنهاية\nx"  # whole sequences gone, no remnant
    assert not any(ord(c) < 32 and c not in "\n\t" for c in art.text)
    assert art.title == "عنوان"


def test_decodes_utf8_bom_and_utf16(make_dossier):
    text = "العراق 2025\n"
    root = make_dossier({
        "bom.txt": codecs.BOM_UTF8 + text.encode(),
        "u16le.txt": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "u16be.txt": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    })
    d = load_dossier(root)
    assert [a.text for a in d.articles] == [text] * 3
    assert d.problems == []


def test_undecodable_and_binary_files_are_skipped_with_a_reason(make_dossier):
    root = make_dossier({
        "good.txt": "نص سليم",
        "bad.txt": b"\xc3\x28 not utf8 \x81",
        "bin.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00",
        "notes.rtf": "ignored: not an article format",
        "sub/deep.txt": "في مجلد فرعي",
    })
    d = load_dossier(root)
    assert [a.id for a in d.articles] == ["good.txt", "sub/deep.txt"]
    messages = {p.path: p.message for p in d.problems}
    assert set(messages) == {"bad.txt", "bin.txt"}
    assert "bin.txt" in messages["bin.txt"] and "binary" in messages["bin.txt"]
    assert "UTF-8" in messages["bad.txt"]


@pytest.mark.parametrize("kind", ["missing", "file", "empty"])
def test_bad_folders_raise_one_clear_error(tmp_path, kind):
    target = {"missing": tmp_path / "nope", "file": tmp_path / "f.txt", "empty": tmp_path}[kind]
    if kind == "file":
        target.write_text("x")
    with pytest.raises(DossierError) as err:
        load_dossier(target)
    assert str(target) in str(err.value) and "\n" not in str(err.value)


def test_loading_never_writes_into_the_dossier(make_dossier):
    root = make_dossier({"a.txt": "أ", "b/c.txt": "ب"})
    before = listing(root)
    load_dossier(root)
    assert listing(root) == before


def test_article_cache_is_bounded_and_rereads_what_it_dropped(seeds, monkeypatch):
    """A long session on a big dossier must not end up holding every text in memory."""
    from dossier_tui.index import loader

    monkeypatch.setattr(loader, "CACHED_ARTICLES", 2)
    d = loader.scan_dossier(seeds)
    ids = [e.id for e in d.entries]
    texts = {i: d.get(i).text for i in ids}
    assert len(d._loaded) == 2 and set(d._loaded) == set(ids[-2:])
    assert d.get(ids[0]).text == texts[ids[0]] == (seeds / ids[0]).read_text(encoding="utf-8")
    assert [a.id for a in d.articles] == ids and len(d._loaded) == 2


def test_a_huge_first_line_gives_a_short_title_cut_at_a_word(make_dossier):
    words = " ".join(f"كلمة{i}" for i in range(200_000))
    root = make_dossier({"huge.txt": words + "\nنص\n"})
    article = load_dossier(root).articles[0]
    assert len(article.title) <= 301 and article.title.endswith("…")
    assert words.startswith(article.title[:-1])  # a prefix of the line
    assert article.title[:-1].split()[-1] in words.split()[:300]  # cut between words
    assert article.text.startswith(words)  # the text itself is untouched


def test_a_title_of_normal_length_is_kept_whole(make_dossier):
    title = "بغداد: " + "بعثة التحالف الدولي " * 12
    root = make_dossier({"a.txt": f"\n  \n{title}\nنص"})
    assert load_dossier(root).articles[0].title == title.strip()
