"""The crash log both faces write when one of our bugs surfaces: the CLI's last line of
defence and the reader's failed workers, so a bug always leaves its traceback somewhere."""

from __future__ import annotations

import traceback
from pathlib import Path

import platformdirs


def write_crash_log(error: BaseException | None = None) -> str | None:
    """Append the traceback (``error``'s, or the one being handled) to the log; its path,
    or None when the log dir cannot be written."""
    text = "".join(traceback.format_exception(error)) if error is not None else traceback.format_exc()
    try:
        folder = Path(platformdirs.user_log_dir("dossier-tui"))
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "dossier-tui.log"
        with open(log, "a", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write(text + "\n")
        return str(log)
    except OSError:
        return None
