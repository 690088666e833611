"""Escape sequences in article text are removed whole, bounded, and nothing else changes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier_tui.index.loader import load_dossier
from dossier_tui.index.mentions import extract_mentions
from dossier_tui.index.sanitize import sanitize


@pytest.mark.parametrize("seq", [
    "\x1b]2;PWNED\x07", "\x9d2;PWNED\x9c", "\x1b]52;c;ZXZpbA==\x1b\\",  # OSC, 7- and 8-bit, BEL and ST
    "\x1b[41m", "\x1b[38;5;196m", "\x9b2J", "\x1b[?1049h", "\x1b[0 q",  # CSI with intermediates
    "\x1bP1$qm\x1b\\", "\x90q#0;2;0;0;0\x9c",  # DCS
    "\x1bXsos\x1b\\", "\x98sos\x9c", "\x1b^pm\x1b\\", "\x9epm\x9c", "\x1b_apc\x1b\\", "\x9fapc\x9c",
    "\x1b(B", "\x1b7", "\x1bc", "\x1b#8",  # two-byte and nF sequences
])
def test_each_sequence_shape_goes_whole(seq):
    assert sanitize(f"عنوان {seq}خبيث") == "عنوان خبيث"


def test_the_issue_title_keeps_only_its_words():
    assert sanitize("عنوان \x1b]2;PWNED\x07 خبيث \x1b[41mأحمر") == "عنوان  خبيث أحمر"


def test_an_unterminated_sequence_cannot_swallow_the_article():
    body = "\n".join(["فقرة فيها 2500 جندي"] * 50)
    for opener in ("\x1b]0;", "\x9d0;", "\x1bP", "\x1b[" + "1;" * 200):
        out = sanitize(opener + "title\n" + body)
        assert out.endswith(body) and "\x1b" not in out and "\x9d" not in out
    long_osc = "\x1b]0;" + "x" * 10_000 + "\x07نص"
    assert sanitize(long_osc).endswith("نص") and len(sanitize(long_osc)) > 5000  # bounded: not removed


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Cf"),
                                      blacklist_characters="\u2028\u2029\u0085")))
def test_text_without_controls_is_kept_byte_for_byte(text):
    assert sanitize(text) == text


def test_sequence_parameters_are_never_read_as_figures(make_dossier):
    root = make_dossier({"a.txt": "عنوان\n\x1b[31mأحمر\x1b[0m و\x9b41m نص \x1b]8;;http://x/1234\x07رابط\x1b]8;;\x07\n"})
    article = load_dossier(root).articles[0]
    assert "31m" not in article.text and "1234" not in article.text
    assert [m for m in extract_mentions(article).mentions if m.kind == "figure"] == []
