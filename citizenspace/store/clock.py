"""This machine's hybrid logical clock, kept in `local_state.hlc`.

Local changes advance it inside SQLite (the capture triggers call `cs_hlc_tick`); readings
seen on other devices are merged here, when their changes are applied, so that every later
local change sorts after them. A reading far in the future is capped and logged
(DESIGN.md, "Identity and time").
"""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.orm import Session

from citizenspace.domain import hlc
from citizenspace.domain.hlc import Timestamp

log = logging.getLogger(__name__)


def current(session: Session) -> Timestamp:
    packed = session.execute(text("SELECT hlc FROM local_state WHERE id = 1")).scalar_one()
    return Timestamp.unpack(packed or 0)


def observe_remote(
    session: Session,
    remote: Timestamp,
    now_ms: int,
    *,
    source: str = "",
    max_drift_ms: int = hlc.DEFAULT_MAX_DRIFT_MS,
) -> hlc.Received:
    """Merge a remote reading into the persisted clock, in the caller's transaction.

    Returns what `hlc.receive` decided; when the remote reading was capped, the change
    it came with must be ordered by `result.remote` (the capped reading), not the original.
    """
    result = hlc.receive(current(session), remote, now_ms, max_drift_ms)
    if result.capped:
        log.warning(
            "clock reading from %s is %.1f days ahead of ours: capped",
            source or "another device",
            (remote.wall_ms - now_ms) / 86_400_000,
        )
    session.execute(
        text("UPDATE local_state SET hlc = :hlc WHERE id = 1"), {"hlc": result.timestamp.pack()}
    )
    return result
