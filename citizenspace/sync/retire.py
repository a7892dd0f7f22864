"""Retiring a computer that will not come back (lost, broken, replaced, a kiosk given away).

Why: the share forgets only what every known computer has acknowledged (`sync.snapshots`).
One that never comes back would keep every segment it has not applied on the share for good,
with every name an erasure removed everywhere else (issue 12). An administrator retires it
on the Sync page: from then on it holds nothing back.

How it is recorded: a city setting (`PREFIX` + device id: it syncs, and outlives the
computer it was decided on) that names the checksum of the retired computer's newest
acknowledgement at that moment. Every database names its retired computers in its own
acknowledgements (`share.RETIRED_KEY`); compaction skips them (`snapshots.retired_ids`).

What happens if it comes back: its first round finds itself retired (no acknowledgement of
its own since the one named) before it acknowledges anything. It publishes what it had not
sent yet, then starts again from the share's newest snapshot, as a new computer would
(`snapshots.start_from_snapshot`, rejoining): what it held that was erased elsewhere is gone
with the rest of its old copy, and cannot come back through it. Until a snapshot can serve
it, it neither applies nor acknowledges anything, and says so (any computer that is up to
date publishes one when the newest does not serve, and within a week when there is none).
Its next acknowledgement, once it has started again, makes it count as a reader again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text

from citizenspace.domain.ids import id_for_key
from citizenspace.store.database import Database

PREFIX = "sync.retired."


@dataclass(frozen=True, slots=True)
class Retirement:
    device: str
    #: The checksum of its newest acknowledgement when it was retired (None: none).
    ack: str | None
    on: datetime | None
    #: The device id of the computer where it was decided.
    by: str


def retire(db: Database, device: str, ack: str | None, on: datetime, by: str) -> None:
    """Record that `device` is retired (a city setting). Retiring it again names its newest
    acknowledgement anew."""
    key = PREFIX + device
    value = json.dumps({"ack": ack, "on": on.isoformat(timespec="seconds"), "by": by})
    ident = id_for_key("setting", key)
    with db.write() as s:
        # An update when the row is there (retired before, or forgotten since): an upsert
        # would fire the capture's insert trigger as well.
        updated: Any = s.execute(
            text("UPDATE settings SET value = :v WHERE id = :id"), {"id": ident, "v": value}
        )
        if not updated.rowcount:
            s.execute(
                text("INSERT INTO settings (id, key, value) VALUES (:id, :k, :v)"),
                {"id": ident, "k": key, "v": value},
            )


def forget(db: Database, device: str) -> None:
    """`device` is back and started again: no longer shown nor named as retired anywhere
    (the change syncs). The setting is emptied, not deleted: a deleted row never comes back
    (deletes win), and the computer may have to be retired again one day."""
    with db.write() as s:
        s.execute(
            text("UPDATE settings SET value = '' WHERE id = :id AND value != ''"),
            {"id": id_for_key("setting", PREFIX + device)},
        )


def clear_returned(db: Database, current: dict[str, str]) -> list[str]:
    """Forget the retirements of computers that acknowledged since (`current`: each device's
    newest acknowledgement on the share, by checksum): back, or retired by mistake while
    alive, they count again, and every database that sees it says so, writing the same
    empty value (no conflict). Returns the devices cleared."""
    back = [
        device
        for device, r in retirements(db).items()
        if device in current and current[device] != r.ack
    ]
    for device in back:
        forget(db, device)
    return back


def retirements(db: Database) -> dict[str, Retirement]:
    """Every computer retired in this city, by device id. A setting that does not parse (a
    newer version's, or damaged) is left out: that computer simply still counts."""
    with db.read() as s:
        rows = s.execute(
            text("SELECT key, value FROM settings WHERE key LIKE :p"), {"p": PREFIX + "%"}
        ).all()
    out: dict[str, Retirement] = {}
    for key, value in rows:
        device = key[len(PREFIX) :]
        parsed = _parse(value)
        if device and parsed is not None:
            ack, on, by = parsed
            out[device] = Retirement(device, ack, on, by)
    return out


def for_acknowledgement(db: Database) -> dict[str, str | None]:
    """What this database names in its acknowledgements (`share.RETIRED_KEY`)."""
    return {device: r.ack for device, r in retirements(db).items()}


def _parse(value: str) -> tuple[str | None, datetime | None, str] | None:
    try:
        data: Any = json.loads(value)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    ack = data.get("ack")
    if ack is not None and not isinstance(ack, str):
        return None
    try:
        on = datetime.fromisoformat(data["on"]) if isinstance(data.get("on"), str) else None
    except ValueError:
        on = None
    by = data.get("by")
    return ack, on, by if isinstance(by, str) else ""
