"""The user's own files: aliases.toml in the config dir, and a dossier's dossier.toml.

Read, never written. They help; they must never stop a dossier from opening, so a broken
one is ignored and its problem returned as a warning (one per file or section, naming
the file and line) for the caller to say once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import platformdirs


def alias_file() -> Path:
    return Path(platformdirs.user_config_dir("dossier-tui")) / "aliases.toml"


def config_file() -> Path:
    return Path(platformdirs.user_config_dir("dossier-tui")) / "config.toml"


def read_toml(path: Path, ignored: str) -> tuple[dict, str | None, str]:
    """(parsed file, warning, text): {} and no warning when it is missing; {} and a
    warning ending ``ignored`` when it is broken (tomllib names the line)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None, ""
    except (OSError, UnicodeDecodeError) as exc:
        return {}, f"{path}: {exc}; {ignored}", ""
    import tomllib  # only when there is a file: most start-ups have none

    try:
        return tomllib.loads(text), None, text
    except tomllib.TOMLDecodeError as exc:
        return {}, f"{path}: {exc}; {ignored}", text


_HEADER = re.compile(r'^\s*\[\s*("(?:[^"\\]|\\.)*"|\'[^\']*\'|[^\]]*?)\s*\]\s*(#.*)?$')


def line_of(text: str, table: str, key: str | None = None) -> int | None:
    """The 1-based line of ``key`` in ``[table]``, else of the table itself (its header, or
    a top-level ``table = …``), in TOML text: tomllib gives values, not where they were."""
    current: str | None = None  # the table the line is in; None before the first header
    found = None
    for n, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header:
            current = header.group(1).strip().strip("\"'")
            if current == table and found is None:
                found = n
            continue
        name, eq, _ = line.partition("=")
        name = name.strip().strip("\"'")
        if not eq:
            continue
        if key is not None and current == table and name == key:
            return n
        if current is None and name == table and found is None:
            found = n
    return found


def one_warning(path: Path, problems: list[tuple[int | None, str]], ignored: str) -> str | None:
    """Many problems in one file or section said as one warning: the first, and how many more."""
    if not problems:
        return None
    line, what = problems[0]
    where = f"{path}, line {line}" if line else str(path)
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{where}: {what}{more}; {ignored}"


def alias_table(path: Path, data: dict, text: str, section: str,
                what: str, ignored: str) -> tuple[dict[str, list[str]], str | None]:
    """``[section]`` of an alias file as {name: [aliases]} (a lone string is a list of one),
    and a warning for the entries that are not strings (skipped)."""
    table = data.get(section, {})
    if not isinstance(table, dict):
        return {}, one_warning(path, [(line_of(text, section), f"[{section}] must be a table of "
                                       f"{what} = [aliases]")], ignored)
    out: dict[str, list[str]] = {}
    problems = []
    for name, aliases in table.items():
        aliases = [aliases] if isinstance(aliases, str) else aliases
        if isinstance(aliases, list) and all(isinstance(a, str) for a in aliases):
            out[str(name)] = aliases
        else:
            problems.append((line_of(text, section, str(name)),
                             f"aliases of {name!r} must be a list of strings"))
    return out, one_warning(path, problems, ignored)


@dataclass(frozen=True, eq=False)  # hashed by identity: one object per version of the file
class Aliases:
    """The user's aliases.toml: its [search] and [entities] tables, and what was wrong with it."""

    search: dict[str, list[str]]
    entities: dict[str, list[str]]
    search_warning: str | None = None  # the file's, or its [search] section's
    entities_warning: str | None = None  # the file's, or its [entities] section's


def read_aliases() -> Aliases:
    """Read again whenever the file changes: no restart, no re-index."""
    path = alias_file()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return Aliases({}, {})
    return _read_aliases(str(path), stamp)


@lru_cache(maxsize=4)
def _read_aliases(path_text: str, stamp: int) -> Aliases:
    path = Path(path_text)
    data, broken, text = read_toml(path, "aliases not used")
    if broken:
        return Aliases({}, {}, broken, broken)  # the same one warning from either side
    search, search_warning = alias_table(path, data, text, "search", "word", "those aliases not used")
    entities, entities_warning = alias_table(path, data, text, "entities", "name",
                                             "built-in names used for those")
    return Aliases(search, entities, search_warning, entities_warning)
