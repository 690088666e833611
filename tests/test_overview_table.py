"""The overview table formats only the rows it draws, and moves and selects like a list."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from dossier_tui.tui.overview_table import CACHED, MEASURED, OverviewTable


class _Host(App):
    def __init__(self, n: int) -> None:
        super().__init__()
        self.n, self.formatted, self.chosen = n, [], []

    def compose(self) -> ComposeResult:
        yield OverviewTable()

    def on_mount(self) -> None:
        def cells(i: int):
            self.formatted.append(i)
            return Text(f"row {i}"), Text(str(i * 2)), Text("بغداد" * (i % 3))

        table = self.query_one(OverviewTable)
        table.set_rows(("name", "double", "where"), [f"k{i}" for i in range(self.n)], cells)
        table.focus()

    def on_overview_table_row_selected(self, event: OverviewTable.RowSelected) -> None:
        self.chosen.append(event.key)


async def test_fifty_thousand_rows_cost_a_screenful():
    app = _Host(50_000)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.query_one(OverviewTable)
        assert table.row_count == 50_000
        assert len(set(app.formatted)) <= MEASURED + 24  # the measured rows and one screen
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == 49_999
        last = "".join(seg.text for seg in table.render_line(table.scrollable_content_region.height - 1))
        assert "row 49999" in last and "99998" in last  # drawn where the cursor went
        assert len(set(app.formatted)) <= MEASURED + 48
        assert len(table._cache) <= CACHED
        await pilot.press("home", "down", "down", "enter")
        await pilot.pause()
        assert app.chosen == ["k2"]
        header = "".join(seg.text for seg in table.render_line(0))
        assert header.split() == ["name", "double", "where"]  # the header stays on top


async def test_columns_line_up_with_the_header():
    app = _Host(30)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.query_one(OverviewTable)
        header = "".join(seg.text for seg in table.render_line(0))
        for y in range(1, 10):
            line = "".join(seg.text for seg in table.render_line(y))
            assert line.index(str((y - 1) * 2), len("row 00")) == header.index("double"), line
