"""The snippet's window: the ``width`` characters holding the most matches, found by
bisection over the matches' ends (#22: counting them one by one was quadratic in the
matches of an article, and a word named 300 times cost 45k steps per hit)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier_tui.index.search import SNIPPET_CHARS, snippet


def _counted_one_by_one(text: str, spans: list[tuple[int, int]], width: int) -> str:
    """The snippet as it was made before #22: every later match counted for each."""
    if not spans:
        start = 0
    else:
        best, start = -1, spans[0][0]
        for i, (s, _e) in enumerate(spans):
            count = sum(1 for _s2, e2 in spans[i:] if e2 <= s + width)
            if count > best:
                best, start = count, s
        start = max(0, start - width // 4)
        while 0 < start < len(text) and not text[start - 1].isspace() and start > spans[0][0] - width:
            start -= 1
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace() and end - start < width + 20:
        end += 1
    piece = " ¶ ".join(" ".join(p.split()) for p in text[start:end].split("\n") if p.strip())
    return ("… " if start > 0 else "") + piece + (" …" if end < len(text) else "")


@st.composite
def matches(draw):
    """A text and sorted, apart spans in it, as find_matches gives them."""
    words = draw(st.lists(st.sampled_from(["بغداد", "التحالف", "في", "قال", "2025", "x"]), min_size=1, max_size=400))
    text = " ".join(words)
    spans, at = [], 0
    for w in words:
        if draw(st.booleans()):
            spans.append((at, at + len(w)))
        at += len(w) + 1
    return text, spans


@settings(max_examples=300, deadline=None)
@given(matches(), st.sampled_from([20, 60, SNIPPET_CHARS]))
def test_the_window_is_the_one_counting_every_match_chose(case, width):
    text, spans = case
    assert snippet(text, spans, width) == _counted_one_by_one(text, spans, width)


def test_a_word_named_hundreds_of_times_gives_its_densest_window():
    text = "مقدمة طويلة " * 50 + "التحالف " * 300 + "خاتمة"
    at = text.index("التحالف")
    spans = [(at + 8 * i, at + 8 * i + 7) for i in range(300)]
    got = snippet(text, spans)
    assert got.count("التحالف") >= 15 and "مقدمة" not in got.split("…")[-1]
