"""Which machine is this database on, and can it still prove what it published?

A device publishes under (device id, epoch). Two machines must never publish under the same
pair, and one machine must never publish two different changes under the same number. So:
- a database opened on another machine than the one that last used it (a copied file, a
  kiosk cloned from one disk image) becomes a new device, with a new epoch;
- a database that cannot prove it is the latest it published (a restored backup, a copy
  made behind the application's back, found out from the share) starts a new epoch.
Nothing is lost either way: unpublished changes are published under the new identity.
"""

from __future__ import annotations

import hashlib
import logging
import socket
import uuid
from dataclasses import dataclass

from sqlalchemy import text

from citizenspace.store.database import Database

log = logging.getLogger(__name__)

FINGERPRINT_KEY = "machine_fingerprint"


def machine_fingerprint() -> str:
    """The network name and hardware address of this machine, hashed: enough to tell a
    clone or a copy from the original, nothing that identifies a person."""
    raw = f"{socket.gethostname()}|{uuid.getnode():012x}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class IdentityChange:
    old_device: str
    old_epoch: str
    new_device: str
    new_epoch: str
    reason: str


def start_new_epoch(db: Database, reason: str, *, new_device: bool = False) -> IdentityChange:
    with db.write() as s:
        old_device, old_epoch = s.execute(
            text("SELECT device_id, epoch FROM local_state WHERE id = 1")
        ).one()
        device = str(uuid.uuid4()) if new_device else old_device
        epoch = str(uuid.uuid4())
        s.execute(
            text("UPDATE local_state SET device_id = :d, epoch = :e WHERE id = 1"),
            {"d": device, "e": epoch},
        )
    change = IdentityChange(old_device, old_epoch, device, epoch, reason)
    log.warning("new identity (%s): device %s epoch %s", reason, device, epoch)
    return change


def check_machine(db: Database, fingerprint: str | None = None) -> IdentityChange | None:
    """At every opening: is this still the machine that used this database last?"""
    fingerprint = fingerprint or machine_fingerprint()
    with db.read() as s:
        stored = s.execute(
            text("SELECT value FROM local_settings WHERE key = :k"), {"k": FINGERPRINT_KEY}
        ).scalar()
    change = None
    if stored is not None and stored != fingerprint:
        change = start_new_epoch(db, "another machine", new_device=True)
    if stored != fingerprint:
        with db.write() as s:
            s.execute(
                text(
                    "INSERT INTO local_settings (key, value) VALUES (:k, :v) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                ),
                {"k": FINGERPRINT_KEY, "v": fingerprint},
            )
    return change
