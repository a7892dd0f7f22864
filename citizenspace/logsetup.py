"""Logging to a rotating file in the user's log folder, so that support can read what
happened after an error. Nothing personal and nothing about ballots is ever logged."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from citizenspace.paths import log_dir

LOG_NAME = "citizenspace.log"


def setup_logging(level: int = logging.INFO) -> Path:
    path = log_dir() / LOG_NAME
    root = logging.getLogger()
    if not any(getattr(h, "_citizenspace", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler._citizenspace = True  # type: ignore[attr-defined]  # a marker on our own handler
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(level)
        # Alembic announces its plug-ins at every start; its migration lines stay.
        logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    return path
