"""Where Citizen Space keeps its files on this machine (no admin rights needed)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_DIR_NAME = "CitizenSpace"


def data_dir() -> Path:
    """The user's data folder; `CITIZENSPACE_HOME` overrides it (tests, portable installs)."""
    override = os.environ.get("CITIZENSPACE_HOME")
    path = Path(override) if override else user_data_path(APP_DIR_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    override = os.environ.get("CITIZENSPACE_HOME")
    path = Path(override) / "logs" if override else user_log_path(APP_DIR_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db() -> Path:
    return data_dir() / "citizenspace.db"


def demo_db() -> Path:
    return data_dir() / "demo.db"
