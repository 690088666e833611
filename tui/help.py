"""The help screen: every binding of the app and of the widget that had focus."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from .actions import TITLES

ABOUT = (
    "dossier-tui reads a folder of Arabic news articles. Search finds every spelling "
    "of a word (hamza, taa marbuta, harakat, Arabic-Indic digits, month names). The reader "
    "marks search hits, dates, figures, entities and statements (tinted, their speaker in "
    "bold magenta); ] and [ move the cursor between them, Enter lists every mention of the "
    "same thing across the dossier (every statement by a statement's speaker), Ctrl-O comes back. "
    "s lists who the articles quote, and what each said by outlet. "
    "c opens a second article beside the first; the panes follow each other by mention. "
    "b switches between shaping Arabic here (for terminals without bidi) and leaving it "
    "to the terminal."
)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def __init__(self, bindings: list[tuple[str, str]]) -> None:
        super().__init__()
        self._rows = bindings

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=True, header_style="bold", expand=True)
        table.add_column("Key", style="bold", no_wrap=True)
        table.add_column("Action")
        for key, description in self._rows:
            table.add_row(key, description)
        with VerticalScroll(id="help-box"):
            yield Static(Text("Keys", style="bold underline"), markup=False)
            yield Static(table, markup=False)
            yield Static(Text("\n" + ABOUT, style="dim"), markup=False)

    def action_dismiss(self, result=None):
        self.dismiss(result)


def describe_bindings(app) -> list[tuple[str, str]]:
    """(key, description) for every binding: the app's, the reader's and the lists', then
    whatever else is active now, as the footer would name them."""
    from .article_view import ArticleView  # local: help must not pull the reader in first

    seen, rows = set(), []

    def add(binding: Binding) -> None:
        if not binding.description or binding.action in seen:
            return
        seen.add(binding.action)
        title = PALETTE if binding.action == "command_palette" \
            else TITLES.get(binding.action, HELP_ONLY.get(binding.action))
        rows.append((_keys(app, binding), title or binding.description))

    for group in (type(app).BINDINGS, ArticleView.BINDINGS):
        for binding in group:
            add(binding if isinstance(binding, Binding) else Binding(*binding))
    for active in app.active_bindings.values():
        add(active.binding)  # Textual's own ctrl+p among them, named by PALETTE
    if "command_palette" not in seen:  # (listed once: it used to be added again here)
        rows.append(("ctrl+p", PALETTE))
    return rows


PALETTE = "Command palette: every action, open any article"
# keys with no palette entry (the palette has one per article instead)
HELP_ONLY = {"open_highlighted": "Open the article under the cursor (in the result list)"}


def _keys(app, binding: Binding) -> str:
    if binding.key_display:
        return binding.key_display
    return ", ".join(app.get_key_display(Binding(k.strip(), "")) for k in binding.key.split(","))
