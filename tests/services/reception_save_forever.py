"""Run by test_reception_crash.py in a child process: log desk visits one after the other,
printing each id once `save_visit` has returned (the visit is committed), until killed (or
COUNT visits: `reception_save_forever.py DB THEME [COUNT]`).
Not a test module (no test_ prefix)."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.domain.reception.visits import VisitDraft
from citizenspace.services.reception.reception import ReceptionService
from citizenspace.store.migrate import open_database


def main() -> None:
    db_path, theme_id = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 0  # 0: until killed
    db, _ = open_database(Path(db_path))
    now = datetime(2026, 11, 20, 17, 0)
    service = ReceptionService(db, now=lambda: now)
    print("ready", flush=True)
    k = 0
    while not count or k < count:
        k += 1
        arrived = now - timedelta(minutes=30, seconds=k % 600)
        queued = service.add_arrival(f"ticket {k}")
        vid = service.save_visit(
            VisitDraft(
                channel=Channel.DESK,
                outcome=VisitOutcome.ANSWERED,
                arrived_at=arrived,
                started_at=arrived + timedelta(minutes=5),
                ended_at=arrived + timedelta(minutes=12),
                theme_id=theme_id,
                note=f"visite {k}",
                waiting_id=queued.id,
            )
        )
        print(vid, flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main()
