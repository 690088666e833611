"""User settings: config.toml in the platformdirs config dir, overridden by the environment
and then by command-line flags. A broken file never stops the program: its error is
reported once (with the line) and the defaults are used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from dossier_tui.index.user_files import read_toml

BIDI_MODES = ("app", "terminal")
ENV_BIDI = "DOSSIER_TUI_BIDI"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir("dossier-tui"))


@dataclass
class Settings:
    bidi: str = "app"
    warnings: list[str] = field(default_factory=list)


def load_settings(bidi_flag: str | None = None) -> Settings:
    settings = Settings()
    path = config_dir() / "config.toml"
    data, broken, _ = read_toml(path, "using defaults")
    if broken:
        settings.warnings.append(broken)
    for source, value in (("config.toml", data.get("bidi")), (ENV_BIDI, os.environ.get(ENV_BIDI)),
                          ("--bidi", bidi_flag)):
        if value is None:
            continue
        if value in BIDI_MODES:
            settings.bidi = value
        else:
            settings.warnings.append(
                f"{source}: bidi must be one of {', '.join(BIDI_MODES)}, not {value!r}; "
                f"using {settings.bidi!r}")
    return settings
