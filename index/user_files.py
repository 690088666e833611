"""The user's own files: aliases.toml in the config dir, and a dossier's dossier.toml.

Read, never written. They help; they must never stop a dossier from opening, so a broken
one is reported in the caller's warnings (with the parser's line) and ignored.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs


def alias_file() -> Path:
    return Path(platformdirs.user_config_dir("dossier-tui")) / "aliases.toml"


def read_toml(path: Path, warnings: list[str], ignored: str) -> dict:
    """The parsed file; {} when it is missing, or broken (then a warning ending ``ignored``)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        warnings.append(f"{path}: {exc}; {ignored}")
        return {}
    import tomllib  # only when there is a file: most start-ups have none

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        warnings.append(f"{path}: {exc}; {ignored}")
        return {}


def alias_table(path: Path, data: dict, section: str, what: str,
                warnings: list[str]) -> dict[str, list[str]]:
    """``[section]`` of an alias file as {name: [aliases]}; a lone string is a list of one.
    Entries that are not strings are reported and skipped."""
    table = data.get(section, {})
    if not isinstance(table, dict):
        warnings.append(f"{path}: [{section}] must be a table of {what} = [aliases]")
        return {}
    out: dict[str, list[str]] = {}
    for name, aliases in table.items():
        aliases = [aliases] if isinstance(aliases, str) else aliases
        if isinstance(aliases, list) and all(isinstance(a, str) for a in aliases):
            out[str(name)] = aliases
        else:
            warnings.append(f"{path}: aliases of {name!r} must be a list of strings")
    return out
