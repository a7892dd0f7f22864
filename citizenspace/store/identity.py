"""Which machine is this database on, and is it the only one publishing as it?

A device publishes under (device id, epoch). Two databases must never publish under the same
pair, and one database must never publish two different changes under the same number. A
copy of the file breaks that: a kiosk cloned from a disk image (before or after its first
start, same hostname and MAC address or not), a file copied on the same PC or to another
one, a backup put back by hand. Every copy holds the same device, epoch and numbers.

How copies are found:
- at every opening, a database opened on another machine than the one that last used it
  (by hostname and hardware address, see `machine_fingerprint`) leaves its identity;
- at every round, the share tells: a segment under one of our (device, epoch) pairs, or any
  epoch of our current device, that this database did not write (its checksum is not in
  `sync_own_segments`, where every segment is recorded before it is written) was written
  by a copy. The database leaves its identity then (`leave`). Both copies do, each when it
  sees the other's segments: neither can tell which is the original, and neither needs to.

Leaving an identity loses nothing and rewrites nothing: a change keeps forever the device
it was made as (its field versions name it on every replica). What this database made as
the old device and has not published goes out under the old device id in a fresh epoch
of its own (`SyncLeftover`), with the segments a copy contested (from the first number
where the other copy wrote) put back in the outbox; what it makes from then on goes out
under a new device id. The old pairs become ordinary histories to read, from where this
database knows it holds them.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from citizenspace.store.database import Database

log = logging.getLogger(__name__)

FINGERPRINT_KEY = "machine_fingerprint"
#: Why an identity was left (`IdentityChange.reason`).
ANOTHER_MACHINE = "another machine"
COPY_ON_SHARE = "copy found on the share"
#: Local setting: the (device, epoch) pairs this database wrote under before leaving them.
LEFT_PAIRS_KEY = "sync_left_pairs"
#: Local settings: the last acknowledgement this database wrote on the share (its device and
#: checksum), and each device id it left with the checksum of the last one it wrote under
#: it. Its acknowledgements name those ids, so that one nobody acknowledges under any more
#: stops holding compaction back (`sync.snapshots.retired_ids`).
LAST_ACK_KEY = "sync_last_ack"
LEFT_DEVICES_KEY = "sync_left_devices"
#: Local setting: for each (device, epoch) this database left, the last segment of its own
#: chain there from the first one (number and checksum), before any copy's.
LEFT_PREFIX_KEY = "sync_left_prefix"


#: Set by IT to name a machine explicitly (thin clients, virtual desktops sharing one
#: hostname and MAC address); otherwise the hostname and hardware address are used.
MACHINE_ID_ENV = "CITIZENSPACE_MACHINE_ID"


def machine_fingerprint() -> str:
    """The network name and hardware address of this machine, hashed: enough to tell a
    clone or a copy from the original, nothing that identifies a person."""
    raw = os.environ.get(MACHINE_ID_ENV) or f"{socket.gethostname()}|{uuid.getnode():012x}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class IdentityChange:
    old_device: str
    old_epoch: str
    new_device: str
    new_epoch: str
    reason: str


def leave(
    db: Database, reason: str, contested: dict[tuple[str, str], int] | None = None
) -> IdentityChange:
    """Become a new device with a new epoch, in one transaction (see the module's docstring).

    `contested` maps each of our (device, epoch) pairs where a copy wrote to the first
    segment number it wrote there: our segments from that number on may not be followed by
    readers (two histories claim the same numbers), so their changes are published again.
    """
    with db.write() as s:
        change = _leave(s.connection(), reason, contested or {})
    log.warning(
        "new identity (%s): device %s epoch %s", reason, change.new_device, change.new_epoch
    )
    return change


def _leave(conn: Connection, reason: str, contested: dict[tuple[str, str], int]) -> IdentityChange:
    """`leave`, in the caller's write transaction."""
    old_device, old_epoch = conn.exec_driver_sql(
        "SELECT device_id, epoch FROM local_state WHERE id = 1"
    ).one()
    again_secret = False
    seeds: dict[tuple[str, str], tuple[int, str | None]] = {}
    for (device, epoch), first in contested.items():
        rows = conn.exec_driver_sql(
            "SELECT checksum, seq_from, seq_to, log_from, log_to, secret "
            "FROM sync_own_segments WHERE device = ? AND epoch = ? AND confirmed = 1 "
            "ORDER BY written",
            (device, epoch),
        ).all()
        kept = [r for r in rows if r[1] < first]
        for _sum, _from, _to, log_from, log_to, secret in (r for r in rows if r[1] >= first):
            conn.exec_driver_sql(
                "UPDATE change_log SET published = 0 WHERE seq BETWEEN ? AND ?",
                (log_from, log_to),
            )
            again_secret = again_secret or secret > 0
        seeds[(device, epoch)] = (kept[-1][2], kept[-1][0]) if kept else (0, None)
        # A leftover epoch a copy wrote into is given up for a fresh one.
        conn.exec_driver_sql(
            "UPDATE sync_leftovers SET epoch = ? WHERE device = ? AND epoch = ?",
            (str(uuid.uuid4()), device, epoch),
        )
    if again_secret:
        conn.exec_driver_sql("UPDATE secret_outbox SET published = 0")
    # Every history this database wrote is held here up to where it wrote it (or up to
    # where a copy took over): read on from there, never from the start.
    pairs = conn.exec_driver_sql(
        "SELECT o.device, o.epoch, p.last_seq, p.last_checksum FROM sync_published p "
        "JOIN (SELECT DISTINCT device, epoch FROM sync_own_segments) o ON o.epoch = p.epoch"
    ).all()
    prefixes = _json_setting(conn, LEFT_PREFIX_KEY, dict)
    for device, epoch, last_seq, last_sum in pairs:
        seq, checksum = seeds.get((device, epoch), (last_seq, last_sum))
        if checksum is None:
            continue
        conn.exec_driver_sql(
            "INSERT INTO sync_applied (device, epoch, last_seq, last_checksum, segments) "
            "VALUES (?, ?, ?, ?, 0) ON CONFLICT(device, epoch) DO NOTHING",
            (device, epoch, seq, checksum),
        )
        # How far this database's own chain there goes, before any copy's: should one of
        # its files there be lost, what it sends again may say it carries that far
        # (`merge.give_up_pair`). Not `sync_applied`, which goes on with the copy's segments.
        prefixes.setdefault(f"{device}/{epoch}", [seq, checksum])
    _put_setting(conn, LEFT_PREFIX_KEY, json.dumps(prefixes, sort_keys=True))
    upto = conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM change_log").scalar_one()
    low = conn.exec_driver_sql("SELECT coalesce(max(upto_log), 0) FROM sync_leftovers").scalar_one()
    # Kept even with nothing waiting: it says which outbox entries were made as the old
    # device, should they ever have to go out again (a segment lost on the share).
    if upto > low or not conn.exec_driver_sql("SELECT 1 FROM sync_leftovers").first():
        conn.exec_driver_sql(
            "INSERT INTO sync_leftovers (epoch, device, upto_log) VALUES (?, ?, ?)",
            (str(uuid.uuid4()), old_device, upto),
        )
    # The histories left behind are watched: should a file written there vanish from the
    # share, what it carried goes out again (`merge.give_up_pair`).
    raw = conn.exec_driver_sql(
        "SELECT value FROM local_settings WHERE key = ?", (LEFT_PAIRS_KEY,)
    ).scalar()
    try:
        watched = [list(p) for p in json.loads(raw or "[]") if len(p) == 2]
    except (ValueError, TypeError):
        watched = []  # a damaged setting: watch from now on
    watched += [[old_device, old_epoch]] + [list(k) for k in contested if list(k) not in watched]
    conn.exec_driver_sql(
        "INSERT INTO local_settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (LEFT_PAIRS_KEY, json.dumps(watched)),
    )
    left = _json_setting(conn, LEFT_DEVICES_KEY, dict)
    last = _json_setting(conn, LAST_ACK_KEY, dict)
    left[old_device] = last.get("checksum") if last.get("device") == old_device else None
    _put_setting(conn, LEFT_DEVICES_KEY, json.dumps(left, sort_keys=True))
    device, epoch = str(uuid.uuid4()), str(uuid.uuid4())
    conn.exec_driver_sql(
        "UPDATE local_state SET device_id = ?, epoch = ? WHERE id = 1", (device, epoch)
    )
    return IdentityChange(old_device, old_epoch, device, epoch, reason)


def _json_setting(conn: Any, key: str, kind: type) -> Any:
    """A local setting holding JSON of type `kind`; empty if absent or damaged."""
    raw = conn.exec_driver_sql("SELECT value FROM local_settings WHERE key = ?", (key,)).scalar()
    try:
        value = json.loads(raw or "null")
    except (ValueError, TypeError):
        value = None
    return value if isinstance(value, kind) else kind()


def _put_setting(conn: Any, key: str, value: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO local_settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def left_devices(db: Database) -> dict[str, str | None]:
    """The device ids this database left, each with the checksum of the last
    acknowledgement it wrote under it (None: it wrote none)."""
    with db.read() as s:
        left = _json_setting(s.connection(), LEFT_DEVICES_KEY, dict)
    return {k: v for k, v in left.items() if isinstance(k, str) and isinstance(v, str | None)}


def note_ack(db: Database, device: str, checksum: str) -> None:
    """Remember the acknowledgement this database just wrote on the share as `device`."""
    with db.write() as s:
        _put_setting(
            s.connection(), LAST_ACK_KEY, json.dumps({"device": device, "checksum": checksum})
        )


def check_machine(db: Database, fingerprint: str | None = None) -> IdentityChange | None:
    """At every opening: is this still the machine that used this database last?"""
    fingerprint = fingerprint or machine_fingerprint()
    with db.read() as s:
        stored = s.execute(
            text("SELECT value FROM local_settings WHERE key = :k"), {"k": FINGERPRINT_KEY}
        ).scalar()
    if stored == fingerprint:
        return None  # the usual case, decided without the write lock
    change = None
    # Looked at again under the write lock: two processes opening the database on a new
    # machine at once (the application and a scheduled `citizenspace sync`) leave once.
    with db.write() as s:
        conn = s.connection()
        stored = conn.exec_driver_sql(
            "SELECT value FROM local_settings WHERE key = ?", (FINGERPRINT_KEY,)
        ).scalar()
        if stored == fingerprint:
            return None
        if stored is not None:
            change = _leave(conn, ANOTHER_MACHINE, {})
        conn.exec_driver_sql(
            "INSERT INTO local_settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (FINGERPRINT_KEY, fingerprint),
        )
    if change is not None:
        log.warning(
            "new identity (%s): device %s epoch %s",
            change.reason,
            change.new_device,
            change.new_epoch,
        )
    return change
