"""The dossier-wide views (t, f, e) in the installed `dossier-tui` under tmux, from launch:
their flags, their place kept under the mentions list, and their columns at any width
(issue 17, findings 12, 17 and 18)."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, replace

import pytest
from test_e2e_tmux import TMUX, reading

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")


def inner(line: str) -> str:
    """A line of the view's box without its borders."""
    return line.strip().strip("│").strip()


def table_rows(screen: str, header: str, notes: str) -> list[str]:
    """The table's rows on screen: between its header line and the notes under it."""
    lines = [inner(x) for x in screen.splitlines()]
    top = next(i for i, x in enumerate(lines) if x.startswith(header))
    bottom = next(i for i, x in enumerate(lines) if i > top and notes in x)
    return [x for x in lines[top + 1:bottom] if x]


VIEWS = {  # key: (first word of the table's header, notes pattern giving the flagged count)
    "f": ("unit", r"([\d,]+) units, ([\d,]+) with disagreeing articles", "units,"),
    "e": ("event", r"([\d,]+) events, ([\d,]+) dated differently", "events,"),
}


@pytest.mark.parametrize("width", [60, 80, 150])
@pytest.mark.parametrize("key", ["f", "e"])
def test_the_flag_is_drawn_on_every_row_the_summary_counts(app, key, width):
    """#12: the ⚠ the header promises is on screen at any width, once per flagged unit
    (event), as many as the summary under the table counts (it was the last column and got
    what the articles left: "⚠ dis…" at 150 columns, nothing at 80)."""
    header, pattern, notes = VIEWS[key]
    a = app(width=width, height=45)
    a.type("Escape", key)
    screen = a.wait_for(notes)
    screen = a.settle()
    flagged = int(re.search(pattern, " ".join(inner(x) for x in screen.splitlines())).group(2))
    assert flagged >= 1  # the seeds disagree on troops and date the end of the mission apart
    rows = table_rows(screen, header, notes)
    assert len([r for r in rows if "⚠" in r]) == flagged, screen


def test_the_figures_flag_shows_at_60x24(app):
    a = app(width=60, height=24)
    a.type("Escape", "f")
    a.wait_for("units,")
    rows = table_rows(a.settle(), "unit", "units,")
    assert any("⚠" in r and r.startswith("troops") for r in rows)


SGR = re.compile(r"\x1b\[([0-9;]*)m")


@dataclass(frozen=True)
class Look:
    """How tmux says a cell is drawn: colours as SGR codes, and the attributes we test."""

    fg: str = ""
    bg: str = ""
    reverse: bool = False
    italic: bool = False

    def shown(self) -> tuple[str, str]:
        """(foreground, background) as they appear: reverse video swaps them."""
        return (self.bg, self.fg) if self.reverse else (self.fg, self.bg)


def _apply(look: Look, params: list[str]) -> Look:
    i = 0
    while i < len(params):
        p = int(params[i] or 0)
        if p in (38, 48):  # 38;5;N or 38;2;R;G;B
            n = 3 if params[i + 1] == "5" else 5
            colour = ";".join(params[i:i + n])[3:]
            look = replace(look, **{"fg" if p == 38 else "bg": colour})
            i += n
            continue
        if p == 0:
            look = Look()
        elif p == 3:
            look = replace(look, italic=True)
        elif p == 23:
            look = replace(look, italic=False)
        elif p == 7:
            look = replace(look, reverse=True)
        elif p == 27:
            look = replace(look, reverse=False)
        elif p == 39:
            look = replace(look, fg="")
        elif p == 49:
            look = replace(look, bg="")
        elif 30 <= p <= 37 or 90 <= p <= 97:
            look = replace(look, fg=str(p))
        elif 40 <= p <= 47 or 100 <= p <= 107:
            look = replace(look, bg=str(p))
        i += 1
    return look


def cells(line: str) -> list[tuple[str, Look]]:
    """A styled captured line (capture-pane -e) as (character, look) pairs."""
    out, look, at = [], Look(), 0
    for m in [*SGR.finditer(line), None]:
        end = m.start() if m else len(line)
        out += [(ch, look) for ch in line[at:end]]
        if m is None:
            break
        look = _apply(look, (m.group(1) or "0").split(";"))
        at = m.end()
    return out


def highlighted(styled: str) -> list[str]:
    """The rows whose first character (after the box's border) is drawn in reverse."""
    rows = []
    for line in styled.splitlines():
        chars = cells(line)
        text = "".join(ch for ch, _ in chars)
        first = next((i for i, (ch, _) in enumerate(chars) if ch not in " │╭╮╰╯─"), None)
        if first is not None and chars[first][1].reverse:
            rows.append(inner(text))
    return rows


def until_highlighted(a, done, what: str, timeout: float = 20.0) -> list[str]:
    """The highlighted rows once ``done(rows)``: a key's effect waited for, not a screen
    that stayed still for 0.25 s (under load the keys may not be handled yet)."""
    deadline = time.monotonic() + timeout
    while True:
        rows = highlighted(a.styled())
        if done(rows):
            return rows
        assert time.monotonic() < deadline, f"{what}; highlighted: {rows}"
        time.sleep(0.1)


NOTES = {"t": "relative dates", "f": "units,", "e": "events,"}


@pytest.mark.parametrize("key", ["t", "f", "e"])
def test_escape_from_a_rows_mentions_comes_back_to_the_same_row(app, key):
    """#17: Enter on a row lists its mentions over the table; Escape returns to the table
    with the same row highlighted (it went back to the main screen, the place lost)."""
    a = app(width=100, height=30)
    a.type("Escape", key)
    a.wait_for(NOTES[key])
    a.type("j", "j", "j")
    before = highlighted(a.settle(styled=True))
    assert len(before) == 1
    a.type("Enter")
    a.wait_for("Linked because")
    a.type("Escape")
    a.wait_gone("Linked because")
    screen = a.settle()
    assert NOTES[key] in screen  # the table, not the main screen
    assert highlighted(a.settle(styled=True)) == before
    a.type("j")  # and the keys still move in the table
    after = until_highlighted(a, lambda r: r != before, "j did not move in the table")
    assert len(after) == 1


def test_a_row_of_one_mention_is_listed_too_and_choosing_it_goes_there(app):
    """#17: a timeline row with a single mention used to close the table and jump with no
    way back; now it is listed like any row (its sentence shows whether to go), Escape
    returns to it, and Enter on the mention closes the table and opens the article."""
    a = app(width=100, height=30)
    a.type("Escape", "t")
    a.wait_for(NOTES["t"])
    a.type("j", "j", "j")  # 2023-10: one mention, in 003
    row = until_highlighted(a, lambda r: r and not r[0].startswith("2014"), "j did not move")
    row = until_highlighted(a, lambda r: r and r[0].startswith("2023-10"), "three j are not on 2023-10")
    assert re.search(r"2023-10 +month +1 ", row[0])
    a.type("Enter")
    screen = a.wait_for("(1 in 1 articles)")
    assert "2023-10" in screen
    a.type("Escape")
    a.wait_gone("Linked because")
    assert highlighted(a.settle(styled=True)) == row
    a.type("Enter")
    a.wait_for("(1 in 1 articles)")
    a.type("Enter")
    a.wait_gone("Linked because")
    screen = a.wait_reading("003_fc5128e4fd6255bc.txt")  # the pane, not the list
    assert NOTES["t"] not in screen  # the table closed with the list: the article is open


def looks_of(styled: str, needle: str, left: int = 0) -> list[Look]:
    """The look of every cell of each occurrence of ``needle`` on the screen, from column
    ``left`` on."""
    found = []
    for line in styled.splitlines():
        chars = cells(line)
        text = "".join(ch for ch, _ in chars)
        at = text.find(needle, left)
        while at != -1:
            found += [look for _, look in chars[at:at + len(needle)]]
            at = text.find(needle, at + 1)
    return found


def test_search_hits_look_like_the_legends_swatch(app):
    """Legend: hits over an entity were drawn green (reversed entity colour), over a date
    cyan, while the legend's "search hit" swatch is grey. Every hit cell of the article
    now shows the swatch's colours; the entity under it keeps its italic."""
    a = app(width=150, height=45)
    a.type("/")
    a.text("عين الأسد")  # a base of the gazetteer: each hit is an entity too
    a.type("Enter")
    a.wait_for("match")
    a.type("Enter")
    deadline = time.monotonic() + 20
    while not reading(a.screen()) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert reading(a.screen()), a.screen()
    screen, styled = a.settle(), a.settle(styled=True)
    legend_line = next(x for x in screen.splitlines() if "search hit" in x)
    pane = legend_line.index("search hit")  # the reader pane's text starts there
    swatch = set(looks_of(styled, "search hit"))
    assert len(swatch) == 1
    (swatch,) = swatch
    assert swatch.reverse
    hits = [look for look in looks_of(styled, "ﺪﺳﻷﺍ ﻦﻴﻋ", pane) if look.reverse]
    assert len(hits) >= 2 * len("ﺪﺳﻷﺍ ﻦﻴﻋ")
    assert any(look.italic for look in hits)  # over an entity
    assert {look.shown() for look in hits} == {swatch.shown()}


# -- #18: narrow terminals, from launch at 60x24 and 80x24 ------------------------------------

NARROW = [(60, 24), (80, 24)]


def box_rows(screen: str, top: int) -> list[str]:
    """The inner lines of the box whose top border is on line ``top``, on its left side."""
    lines = screen.splitlines()
    out = []
    for line in lines[top + 1:]:
        if line.startswith("╰"):
            break
        out.append(line[1:line.index("│", 1)] if "│" in line[1:] else line[1:])
    return out


@pytest.mark.parametrize("size", NARROW, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_timeline_shares_its_width_by_need(app, size):
    """At 60 columns the date column kept the 24 cells of its widest relative date and the
    articles were cut to a count ("…+3 more"): now every row names an article."""
    a = app(width=size[0], height=size[1])
    a.type("Escape", "t")
    a.wait_for("relative dates")
    rows = table_rows(a.settle(), "date", "dates;")
    assert rows and all(re.search(r"[\ufe70-\ufeff]{3}", r) for r in rows), rows  # shaped Arabic


@pytest.mark.parametrize("size", NARROW, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("key,header", [("t", "date  precision  mentions  articles"),
                                         ("f", "unit  value  qualifier  articles"),
                                         ("e", "event  article  dates it gives")])
def test_the_tables_headers_are_whole(app, size, key, header):
    a = app(width=size[0], height=size[1])
    a.type("Escape", key)
    a.wait_for(NOTES[key] if key != "t" else "dates;")
    lines = [re.sub(r"  +", "  ", inner(x)) for x in a.settle().splitlines()]
    assert header in lines, "\n".join(lines)


@pytest.mark.parametrize("size", NARROW, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_legend_wraps_rather_than_cut(app, size):
    a = app(width=size[0], height=size[1])
    a.type("/")
    a.text("التحالف")
    a.type("Enter")
    a.wait_for("match")
    a.type("Enter")
    deadline = time.monotonic() + 20
    while "…ﻒﻟﺎﺤﺘﻟﺍ ﺏﺎﺤﺴﻧﺍ" not in "".join(box_rows(a.screen(), 3)) and time.monotonic() < deadline:
        time.sleep(0.2)
    screen = a.settle()
    for swatch in ("search hit", "date", "figure", "entity", "current mention"):
        assert re.search(rf"(^|  | ){swatch}(  | *│)", screen, re.M), (swatch, screen)


FOOTERS = {  # where: every key its footer shows
    "main": ["⏎ Open", "/ Search", "c Compare", "t Timeline", "f Figures", "e Events", "^O Back",
             "? Help", "q Quit", "^p palette"],
    "f": ["⏎ List mentions", "esc Close", "/ Search", "t Timeline", "f Figures", "e Events", "? Help",
          "^p palette"],
}


@pytest.mark.parametrize("size", NARROW, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("where", ["main", "f"])
def test_the_footer_wraps_rather_than_cut(app, size, where):
    """The footer was one line: at 60 columns t, f, e, Ctrl-O, ? and q were cut off."""
    a = app(width=size[0], height=size[1])
    a.type("Escape")
    if where == "f":
        a.type("f")
        a.wait_for("units,")
    a.wait_for("^p palette")  # the footer is drawn after the screen
    screen = a.settle()
    lines = screen.splitlines()
    footer = "\n".join(lines[max(i for i, x in enumerate(lines) if x.startswith("╰")) + 1:])
    for key in FOOTERS[where]:
        assert key in footer, (key, screen)


def dated_dossier(make_dossier, seeds):
    """The seeds under the long names `add` gives pages, each with a date and a source."""
    files, toml = {}, []
    for n, path in enumerate(sorted(seeds.glob("*.txt")), 1):
        name = f"2026-03-1{n}_انسحاب-القوات-من-قاعدة-عين-الأسد-{n}.txt"
        files[name] = path.read_text(encoding="utf-8")
        toml.append(f'["{name}"]\ndate = 2025-09-1{n}\nsource = "Al-Sumaria News"\n')
    files["dossier.toml"] = "\n".join(toml)
    return make_dossier(files)


@pytest.mark.parametrize("size", NARROW, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_meta_lines_keep_the_date(app, size, make_dossier, seeds):
    """The reader's byline (source · date · file name) cut the date first, though it matters
    most: now the file name gives way, then the source."""
    a = app(str(dated_dossier(make_dossier, seeds)), width=size[0], height=size[1])
    a.type("Escape")
    a.wait_for("2026-03-11")  # the results keep the file name, which names the row
    a.type("Enter")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        screen = a.screen()
        reader = [line for line in screen.splitlines()[4:7] if line.count("│") >= 3]
        if any("2025-09-11" in line.split("││")[-1] for line in reader):
            break
        time.sleep(0.2)
    else:
        raise AssertionError(screen)


@pytest.mark.parametrize("size", NARROW, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_horizontal_scrollbar_in_the_results(app, size):
    """Rows are cut to the list's width: a stray horizontal scrollbar took its last line."""
    a = app(width=size[0], height=size[1])
    a.type("/")
    a.text("التحالف")
    a.type("Enter")
    a.wait_for("5 articles match")
    a.settle()
    styled = a.settle(styled=True).splitlines()
    plain = a.screen().splitlines()
    bottom = next(i for i, line in enumerate(plain) if i > 3 and line.startswith("╰")) - 1
    right = plain[bottom].index("│", 1)  # the results box's right border
    # the last line is drawn as the list's rows are (blank between two results, or a result's
    # line when the footer wraps higher), not in a scrollbar's colours (the vertical bar at
    # its right left out)
    looks = {look for _, look in cells(styled[bottom])[2:right - 3]}
    rows = {look for i in range(5, bottom) for _, look in cells(styled[i])[2:right - 3]}
    assert looks <= rows, plain[bottom]


def test_keys_typed_with_the_enter_that_jumps_act_in_the_article(app):
    """Enter on a mention of a timeline row's list, and ] in the same write: the article
    opens at that date and ] then steps past it. The ] went to the list being closed, or
    to the reader before the jump, and was lost (the status line stayed on the date)."""
    a = app(width=150, height=45)
    a.type("Escape", "t")
    screen = a.wait_for("Timeline:")
    first = table_rows(a.settle(), "date", "dates;")[0].split()[0]  # the first row's date
    a.type("Enter")
    a.wait_for("Linked mentions")
    a.text("\r]")  # Enter (CR) and ] in one write
    a.wait_gone("Linked mentions")
    status = a.until(lambda s: s.splitlines()[0].strip().startswith(("Date ", "Figure ", "Entity ", "Said by"))
                     and not s.splitlines()[0].strip().startswith(f"Date {first} "),
                     f"] typed with Enter did not step past the {first} it jumped to")
    assert "\x1b" not in status and screen


# -- #22: the views read only the rows they draw -----------------------------------------------

MONTHS = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول")


def withdrawal_dossier(make_dossier, n: int = 300):
    """``n`` articles each dating the withdrawal to its own month: article k (1-based, as
    the views number it) says ``withdrawn(k)``. More rows than the events view reads at once."""
    return make_dossier({f"{k:03d}.txt": f"خبر عن القوات\nأعلنت الوزارة انسحاب القوات في {MONTHS[(k - 1) % 12]} "
                         f"{1990 + (k - 1) // 12}.\n" for k in range(1, n + 1)})


def withdrawn(k: int) -> str:
    return f"{1990 + (k - 1) // 12}-{(k - 1) % 12 + 1:02d}"


def event_rows_ok(screen: str) -> list[int]:
    """The article numbers of the events table's rows on screen, each checked to stand
    beside its own date (a row read from another chunk would pair them wrongly)."""
    numbers = []
    for row in table_rows(screen, "event", "events,"):
        number = re.search(r"\.(\d{1,3})\b", row)  # the label "k. title", in visual order
        assert number, row
        k = int(number.group(1))
        assert withdrawn(k) in row, (k, row)
        numbers.append(k)
    return numbers


def test_the_events_view_of_more_rows_than_it_reads_at_once(app, make_dossier):
    """#22: the events view reads its rows from the store as they come on screen (at 100k
    articles building all 560k took 8 s). From launch: every row shown stands beside its
    own article's date, at the top, at the end (End) and paging back across the chunks the
    view reads; Enter on the last row lists that article's date and opens it."""
    a = app(str(withdrawal_dossier(make_dossier)), width=100, height=30, ready="300 articles")
    a.type("Escape", "e")
    a.wait_for("events,")
    top = event_rows_ok(a.settle())
    assert top[:3] == [1, 2, 3] and "⚠" in table_rows(a.screen(), "event", "events,")[0]
    a.type("End")
    bottom = a.until(lambda s: ".300 " in s, "End did not reach the last row")
    assert event_rows_ok(a.settle())[-1] == 300 and bottom
    seen = set()
    for _ in range(16):  # back up past the chunk of rows 128-255 to the first row
        a.type("PageUp")
        shown = event_rows_ok(a.settle())
        assert shown == sorted(shown) and shown == list(range(shown[0], shown[-1] + 1))
        seen.update(shown)
    assert {1, 128, 129, 256, 257} <= seen
    a.type("End")
    a.until(lambda s: ".300 " in s, "End did not reach the last row")
    a.type("Enter")
    screen = a.wait_for("Linked because")
    assert withdrawn(300) in screen and "(1 in 1 articles)" in screen
    a.type("Enter")
    a.wait_reading("300.txt")


def test_the_timeline_and_figures_name_each_rows_first_articles(app, make_dossier):
    """#22: the timeline and figures count a row's articles and name the first ones only
    when the row is drawn (every row held all its articles' names: most of the reader's
    memory at 100k). A date every article gives names the first three and counts the rest."""
    files = {f"{k:03d}.txt": f"خبر عن القوات\nانسحبت القوات في أيلول 2025 وبقي {k * 10} جندي.\n"
             for k in range(1, 41)}
    a = app(str(make_dossier(files)), width=150, height=45, ready="40 articles")
    a.type("Escape", "t")
    a.wait_for("relative dates")
    rows = table_rows(a.settle(), "date", "dates;")
    sept = next(r for r in rows if r.startswith("2025-09"))
    assert re.search(r"2025-09 +month +40 ", sept) and "+37 more" in sept, sept
    assert sorted(re.findall(r"\.(\d+)\b", sept)) == ["1", "2", "3"], sept  # "k. title", visual order
    a.type("Escape")
    a.wait_gone("relative dates")
    a.type("f")
    a.wait_for("units,")
    rows = table_rows(a.settle(), "unit", "units,")
    assert re.match(r"troops +⚠ +10 .*\.1$", rows[0]), rows
    a.type("End")
    a.until(lambda s: " 400 " in s, "End did not reach the last figure")
    assert re.match(r"troops +400 .*\.40$", table_rows(a.settle(), "unit", "units,")[-1])
