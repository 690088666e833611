"""b switches every widget's bidi mode, typed into the installed reader under tmux (issue 17,
#15): each screen that shows Arabic (the t/f/e tables, the warnings, a mention's linked
list, the compare picker, the reader's header and the status line), opened by keys, goes
logical at b, compared with the article's own text, and shaped in visual order again at a
second b. The screen is checked whole: nothing on it may keep the old mode, the screen
under a modal included.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from conftest import SEEDS
from test_e2e_tmux import TMUX

from dossier_tui.index.layout.labels import label_line

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")

SHAPED = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFC]")  # presentation forms: app mode's letters
LETTERS = re.compile("[\u0621-\u064A]")  # Arabic letters as stored: terminal mode's


def logical_words(path: str, n: int = 3) -> str:
    """The first ``n`` words of an article's title, as its file has them."""
    return " ".join((SEEDS / path).read_text(encoding="utf-8").split("\n", 1)[0].split()[:n])


def visual(text: str) -> str:
    """What app mode draws for ``text``: shaped, in visual order."""
    return "".join(piece for piece, _ in label_line(text, (), None, "app").runs)


TITLE_000 = logical_words("000_8879d900664c0086.txt")  # اتفاق على انسحاب


def _switches(a, phrase: str, region: Callable[[str], str] = lambda s: s) -> None:
    """Shaped now; b: logical, ``phrase`` as the article has it, no shaped letter anywhere;
    b again: shaped and in visual order, no letter left logical."""
    a.until(lambda s: visual(phrase) in region(s) and not LETTERS.search(s),
            f"not shaped before b (looked for {visual(phrase)!r})")
    a.type("b")
    a.until(lambda s: phrase in region(s) and not SHAPED.search(s),
            f"b left shaped text (looked for {phrase!r}, logical)")
    a.type("b")
    a.until(lambda s: visual(phrase) in region(s) and not LETTERS.search(s),
            f"a second b left logical text (looked for {visual(phrase)!r})")


def _below(marker: str) -> Callable[[str], str]:
    """The lines under the one holding ``marker`` (a screen's own heading)."""
    def region(screen: str) -> str:
        lines = screen.splitlines()
        at = next((i for i, line in enumerate(lines) if marker in line), len(lines))
        return "\n".join(lines[at + 1:])
    return region


@pytest.mark.parametrize("key,heading", [("t", "Timeline:"), ("f", "Figures by unit"),
                                         ("e", "Dates by event")])
def test_b_switches_the_overview_tables(app, key, heading):
    a = app(width=120, height=36)
    a.type("Escape", key)
    a.wait_for(heading)
    _switches(a, TITLE_000, _below(heading))  # the articles column names 000 by its title


def test_b_switches_the_linked_mentions_list(app):
    a = app(width=120, height=36)
    a.type("Escape", "Enter")
    a.wait_reading("000_8879d900664c0086.txt")
    a.type("]", "Enter")
    a.wait_for("Linked because")
    _switches(a, TITLE_000, _below("Linked because"))  # each row names its article


def test_b_switches_a_table_and_the_list_opened_over_it(app):
    """A row's list over the timeline: both switch (the table is drawn again on Escape)."""
    a = app(width=120, height=36)
    a.type("Escape", "t")
    a.wait_for("Timeline:")
    a.type("Enter")
    a.wait_for("Linked mentions")
    a.type("b")
    a.until(lambda s: TITLE_000 in s and not SHAPED.search(s), "the list stayed shaped")
    a.type("Escape")
    a.wait_gone("Linked mentions")
    a.until(lambda s: TITLE_000 in _below("Timeline:")(s) and not SHAPED.search(s),
            "the table under the list stayed shaped")


def test_b_switches_the_compare_picker_from_the_palette(app):
    """In the picker b is typed into its filter; the palette's "Toggle bidi mode" switches
    the picker's titles, the filter and the reader beneath."""
    a = app(width=120, height=36)
    a.type("Escape", "Enter")
    a.wait_reading("000_8879d900664c0086.txt")
    a.type("c")
    a.wait_for("shared mention keys")
    title = logical_words("004_c19a34fae10a2c98.txt")  # the best partner, listed first
    a.until(lambda s: visual(title) in s and not LETTERS.search(s), "the picker was not shaped")
    for mode, wanted, banned in (("terminal", title, SHAPED), ("app", visual(title), LETTERS)):
        a.type("C-p")
        a.wait_for("Search for commands")
        a.text("bidi")
        a.wait_for("Toggle bidi mode")
        a.type("Enter")
        a.until(lambda s, w=wanted, b=banned: "shared mention keys" in s and w in s and not b.search(s),
                f"the picker did not switch to {mode}")


def test_b_switches_the_warnings_list(app, make_dossier):
    root = make_dossier({"خبر.txt": "خبر عن الأنبار\nوصلت القوات إلى الأنبار.\n",
                         "تقرير معطوب.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4})
    a = app(str(root), width=120, height=30)
    a.wait_for("W lists them")
    a.type("Escape", "W")
    a.wait_for("Warnings (")
    _switches(a, "تقرير معطوب", _below("Warnings ("))


def test_b_switches_the_headers_and_the_status_line_at_80x24_with_two_panes(app):
    """000 and its partner side by side at 80x24; ] until a statement, so the status line
    names its speaker (Arabic); b: both headers and the status line are logical, then
    shaped again."""
    a = app(width=80, height=24)
    a.type("Escape", "Enter")
    a.wait_reading("000_8879d900664c0086.txt")
    a.type("c")
    a.wait_for("shared mention keys")
    a.text("004")  # 004 by name: which article shares most keys is not this test's matter
    a.until(lambda s: re.search(r"(\S+\.txt) · \d+ shared", s).group(1) == "004_c19a34fae10a2c98.txt",
            "004 is not offered first")
    a.type("Enter")
    a.wait_reading("004_c19a34fae10a2c98.txt", "000_8879d900664c0086.txt")
    for _ in range(40):
        a.type("]")
        if a.status().strip().startswith("Said by"):  # (it stays said past the statement)
            break
    status = a.until(lambda s: s.splitlines()[0].strip().startswith("Said by"), "no statement reached")
    assert SHAPED.search(status.splitlines()[0]), "the speaker's name is shaped"
    headers = (logical_words("004_c19a34fae10a2c98.txt", 2), logical_words("000_8879d900664c0086.txt", 2))
    a.until(lambda s: all(visual(h) in s for h in headers) and not LETTERS.search(s), "not shaped")
    a.type("b")
    screen = a.until(lambda s: all(h in s for h in headers) and not SHAPED.search(s),
                     "b left a header or the status line shaped")
    assert LETTERS.search(screen.splitlines()[0]), "the speaker's name is logical"
    a.type("b")
    screen = a.until(lambda s: all(visual(h) in s for h in headers) and not LETTERS.search(s),
                     "a second b left a header or the status line logical")
    assert SHAPED.search(screen.splitlines()[0]) and screen.splitlines()[0].strip().startswith("Said by")
