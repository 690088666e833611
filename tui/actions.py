"""Every action the reader offers, named once for the command palette and the help screen."""

from __future__ import annotations

# (title, action, key, what it does beyond its title). ``reader.X`` runs the reader's own
# action X in the pane in use (focusing it), as its key would there.
ACTIONS = (
    ("Search", "focus_search", "/",
     "Go to the search box with the query selected: typing replaces it; Enter lists the results"),
    ("Results list", "focus_results", "Escape", "Back to the list of articles or search results"),
    ("Next search hit", "reader.next_hit", "n", "Mark the next hit in the article; the status line counts them"),
    ("Previous search hit", "reader.prev_hit", "N", "Mark the hit before; from the first it goes round"),
    ("Next mention", "reader.next_mention", "]",
     "Move the cursor to the next date, figure, entity or statement; a pane beside follows"),
    ("Previous mention", "reader.prev_mention", "[",
     "Move the cursor to the date, figure, entity or statement before"),
    ("Next paragraph", "reader.next_paragraph", "}",
     "Scroll the article so the next paragraph starts at the top of the pane"),
    ("Previous paragraph", "reader.prev_paragraph", "{",
     "Scroll back so the paragraph before starts at the top of the pane"),
    ("Top of the article", "reader.top", "g", "Back to the first line: the title and the opening"),
    ("Bottom of the article", "reader.bottom", "G", "To the last line: the end of the text, its source"),
    ("Page down", "reader.page_down", "Space, PageDown", "Scroll the article one screenful on"),
    ("Page up", "reader.page_up", "PageUp", "Scroll the article one screenful back"),
    ("Linked mentions", "reader.linked", "Enter (in the reader)",
     "Every mention of the one under the cursor across the dossier (of a statement: every "
     "statement by its speaker); choose one to go there"),
    ("Compare: open an article side by side", "compare", "c",
     "Pick another article to read beside this one; the one sharing most mentions first"),
    ("Other pane", "next_pane", "w", "Move to the other article side by side"),
    ("Close the current pane", "close_pane", "x", "Close the pane in use; the other takes the room"),
    ("Timeline of dates", "timeline", "t", "Every date in the dossier, by value, with the articles that give it"),
    ("Figures by unit", "figures", "f", "Every number by what it counts; ⚠ where articles disagree"),
    ("Dates by event", "events", "e",
     "Which date each article gives for the withdrawal, the end of the mission…; ⚠ where they differ"),
    ("Speakers: who said what", "speakers", "s",
     "Everyone the articles quote, named apart from unnamed sources, by the number of articles "
     "quoting them; Enter: their statements by outlet, with dates; Enter again goes there"),
    ("Jump back", "jump_back", "Ctrl-O", "Back to where you were before the last jump, as in vim"),
    ("Jump forward", "jump_forward", "Tab (Ctrl-I) in the reader", "Forward again after Ctrl-O"),
    ("Toggle bidi mode (app / terminal)", "toggle_bidi", "b",
     "app: shaped and ordered here; terminal: logical text for terminals that do their own bidi"),
    ("Warnings", "warnings", "W", "Skipped files, a broken dossier.toml or aliases file, each with its line"),
    ("Export mentions (JSON)", "export_mentions", "",
     "Write every stored mention to the user data dir (never into the dossier)"),
    ("Help: every key binding", "help", "?", "Every key that works, and what it does"),
    ("Quit", "quit", "q", "The next start gives back the query and the layout: panes, places, the pane in use"),
)

# action name -> its title, for the help screen (a binding's own description is short: footer)
TITLES = {action.removeprefix("reader."): title for title, action, _key, _more in ACTIONS}
