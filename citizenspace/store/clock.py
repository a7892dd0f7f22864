"""This machine's hybrid logical clock, kept in `local_state.hlc`.

Local changes advance it inside SQLite (the capture triggers call `cs_hlc_tick`); readings
seen on other devices are merged here, when their changes are applied, so that every later
local change sorts after them. A reading far in the future is capped and logged
(DESIGN.md, "Identity and time").
"""

from __future__ import annotations

import logging
import secrets

from sqlalchemy import text
from sqlalchemy.orm import Session

from citizenspace.domain import hlc
from citizenspace.domain.hlc import Timestamp
from citizenspace.store.database import Database

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


#: At every opening the clock moves on by a random step of up to about a second.
PART_STEP = 1 << 26


def part_from_copies(db: Database) -> None:
    """Move the clock on by a random step at every opening.

    Why: two copies of a database file (a cloned disk, a backup put back) hold the same
    device id and clock. Until the share shows the copy (`store.identity`), both write under
    that device; while the clock is ahead of the wall clock (a remote reading a few minutes
    ahead was merged) every tick only adds one, so both copies would give their first edits
    the same version (hlc, device) and a replica would keep whichever arrived first, without
    a conflict. After a random step of up to 2^26 readings, their readings part: two edits of
    the same field by the copies meet on one reading about once in tens of millions."""
    step = secrets.randbelow(PART_STEP) + 1
    now = db.clock.now_ms() << hlc.COUNTER_BITS
    with db.write() as s:
        s.execute(
            text("UPDATE local_state SET hlc = max(hlc, :now) + :step WHERE id = 1"),
            {"now": now, "step": step},
        )
