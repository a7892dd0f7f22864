"""What the share says about this machine's identity.

If the share holds, under this machine's own (device, epoch), a segment this database did
not write — further than it has published, or another one at the same place — then this
database is not the latest of that history: it was restored from an old backup behind the
application's back, or it is a clone publishing alongside its twin. It then starts a new
epoch and publishes again everything it holds, so that whichever copy of the old history
readers followed, nothing is lost (applying a change twice changes nothing).
"""

from __future__ import annotations

from sqlalchemy import text

from citizenspace.store.database import Database
from citizenspace.store.identity import IdentityChange, start_new_epoch
from citizenspace.sync.share import SegmentInfo


def foreign_history(db: Database, own: list[SegmentInfo]) -> bool:
    """`own`: the segments on the share under this machine's current (device, epoch).

    Foreign if one reaches further than this database published, or if there are more of
    them than it wrote (a twin published as many changes: the counts give it away once
    either writes again; until then readers see two segments for one range and stop)."""
    with db.read() as s:
        epoch = s.execute(text("SELECT epoch FROM local_state WHERE id = 1")).scalar_one()
        row = s.execute(
            text("SELECT last_seq, segments FROM sync_published WHERE epoch = :e"),
            {"e": epoch},
        ).first()
    last_seq, written = (row[0], row[1]) if row else (0, 0)
    mine = [info for info in own if info.epoch == epoch]
    distinct = {info.checksum for info in mine}
    return any(info.seq_to > last_seq for info in mine) or len(distinct) > written


def adopt_new_epoch(db: Database) -> IdentityChange:
    change = start_new_epoch(db, "the share holds a history this database does not")
    with db.write() as s:
        s.execute(text("UPDATE change_log SET published = 0"))
        s.execute(text("UPDATE secret_outbox SET published = 0"))
    return change
