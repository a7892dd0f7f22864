"""The whole life of personal data, as a data protection officer would check it (issue 12,
acceptance): two computers and a real share; a visitor's words, a reporter's contacts, a
phone photo with its GPS position, a person who asks to be erased; the daily run as of
later dates; rounds of sync under the default policy, its clock moved on past the stated
bound. Then every file the city holds — under the share (segments unzipped, snapshots),
both databases with their -wal, the backup folders and the picture folders — is searched
for the markers: none of the expired or erased ones is left, and the recent ones are all
found (so the search is shown to work).

The bound, as the Personal data page states it: the share forgets within a week (a
snapshot is due once something has waited uncovered for `Policy.max_age_ms`, trusted after
`Policy.grace_ms`, every known computer having synced since); backups after their maximum
age (30 days by default); a picture no record names, a day after on the share, at the next
daily run on each computer."""

from __future__ import annotations

import gzip
import os
import time
import zlib
from contextlib import suppress
from datetime import date, datetime, timedelta
from pathlib import Path

from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.services.privacy.privacy import PrivacyService
from citizenspace.services.reception.tickets import CategoryDraft, TicketDraft, TicketService
from citizenspace.store.media.blobs import BlobStore
from citizenspace.store.models import Person, Visit
from citizenspace.store.safety import backup
from citizenspace.sync.engine import SyncEngine
from tests.pictures import phone_photo

DAY_MS = 24 * 3600 * 1000

EXPIRED = {
    "visit note": "Mark-Old-Visit-Words",
    "ticket contact": "Mark-Old-Reporter",
    "ticket phone": "0699887766",
    "ticket e-mail": "old.reporter@mark.example",
}
ERASED = {
    "first name": "Mark-Erased-Firstname",
    "e-mail": "erased.person@mark.example",
    "phone": "0611002299",
    "note": "Mark-Erased-Note",
}
RECENT = {
    "visit note": "Mark-Recent-Visit-Words",
    "person": "Mark-Recent-Person",
}


class Clock:
    """The sync's clock, moved on by the test (maintenance goes by it)."""

    def __init__(self) -> None:
        self.offset_ms = 0

    def __call__(self) -> int:
        return int(time.time() * 1000) + self.offset_ms


def unzipped(data: bytes) -> bytes:
    if data[:2] == b"\x1f\x8b":
        with suppress(OSError, EOFError, zlib.error):
            return gzip.decompress(data)
    return data


def every_file(roots: list[Path]) -> list[Path]:
    files: list[Path] = []
    for root in roots:
        if root.is_file():
            files.append(root)
        elif root.is_dir():
            files += sorted(p for p in root.rglob("*") if p.is_file())
    return files


def where(markers: dict[str, str], files: list[Path]) -> dict[str, list[str]]:
    """For each marker, the files whose bytes (unzipped) hold it."""
    contents = {f: unzipped(f.read_bytes()) for f in files}
    return {
        label: [f.name for f, data in contents.items() if marker.encode() in data]
        for label, marker in markers.items()
    }


def test_after_the_bound_no_file_of_the_city_holds_expired_or_erased_data(
    tmp_path, share, replicas
):
    a, b = replicas("a"), replicas("b")
    clock = Clock()

    def rounds(n: int = 2) -> None:
        for _ in range(n):
            for db in (a, b):
                report = SyncEngine(db, share, now_ms=clock).round()
                assert report.ok, report

    today = date.today()
    long_ago = datetime.now() - timedelta(days=430)
    # --- personal data, 14 months old: a visit, a closed ticket with a phone photo
    with a.write() as s:
        s.add(
            Visit(
                channel=Channel.DESK,
                outcome=VisitOutcome.ANSWERED,
                arrived_at=long_ago,
                note=EXPIRED["visit note"],
            )
        )
    then = TicketService(a, today=lambda: long_ago.date())
    then.add_category(CategoryDraft("roads", "Voirie", 21))
    roads = next(c.id for c in then.categories() if c.code == "roads")
    ticket = then.open_ticket(
        TicketDraft(
            roads,
            "Trou rue d'Isle",
            contact_name=EXPIRED["ticket contact"],
            contact_phone=EXPIRED["ticket phone"],
            contact_email=EXPIRED["ticket e-mail"],
        ),
        photo=phone_photo(),
    )
    then.resolve(ticket, "rebouché")
    photo = then.ticket(ticket).photo_hash
    photo_bytes = BlobStore.for_database(a.path).get(photo)
    # --- a person who will ask to be erased, and recent data that must stay
    with b.write() as s:
        gone = Person(
            first_name=ERASED["first name"],
            last_name="Témoin",
            email=ERASED["e-mail"],
            phone=ERASED["phone"],
            notes=ERASED["note"],
        )
        s.add(gone)
        s.add(Person(first_name=RECENT["person"], last_name="Présente"))
        s.add(
            Visit(
                channel=Channel.PHONE,
                outcome=VisitOutcome.ANSWERED,
                arrived_at=datetime.now() - timedelta(days=3),
                note=RECENT["visit note"],
            )
        )
        s.flush()
        gone_id = gone.id
    rounds()
    # Everything is everywhere now, backups included (as before an upgrade).
    for db in (a, b):
        backup.make_backup(db.path, "before-upgrade")
    marked = {**EXPIRED, **ERASED}

    def city_files() -> list[Path]:
        """Everything: the share, both databases with -wal and -shm, their backup and
        picture folders, and anything else a step left beside them."""
        assert {p.name for p in tmp_path.iterdir()} >= {"share", "a.db", "b.db", "backups"}
        return every_file([tmp_path])

    before = where(marked, city_files())
    assert all(before.values()), f"the markers must be there to begin with: {before}"

    # --- the erasure, and the daily run on each computer
    PrivacyService(a).erase_person(gone_id)
    for db in (a, b):
        PrivacyService(db).run_daily()
    rounds()
    # --- a week and a day later: the snapshot is due; half an hour after, it is trusted
    clock.offset_ms = 8 * DAY_MS
    rounds()
    clock.offset_ms = 8 * DAY_MS + 3600 * 1000
    rounds(3)
    # Pictures on the share go a day after nothing names them: their files age as days do.
    for blob in (share / "blobs").rglob("*"):
        if blob.is_file():
            old = time.time() - 2 * 86400
            os.utime(blob, (old, old))
    clock.offset_ms = 10 * DAY_MS
    rounds()
    # --- the daily run as of 31 days later: backups past their age, unnamed pictures
    for db in (a, b):
        PrivacyService(db, today=lambda: today + timedelta(days=31)).run_daily()

    after = where(marked, city_files())
    assert not any(after.values()), f"still held: { {k: v for k, v in after.items() if v} }"
    held_photo = [
        str(f.relative_to(tmp_path))
        for f in city_files()
        if photo_bytes in f.read_bytes() or f.name == photo
    ]
    assert held_photo == [], held_photo
    # The recent data is still everywhere it should be: the search does find markers.
    recent = where(RECENT, city_files())
    for label, files in recent.items():
        assert any(f.startswith(("a.db", "b.db")) for f in files), (label, files)
        assert any(f.startswith(("snapshot-", "seg-")) for f in files), (label, files)


def test_an_erasure_leaves_the_other_computers_files_at_its_next_exchange(
    tmp_path, share, replicas
):
    """Not a day later at its daily run: the round that applies the erasure leaves no page
    image of the person in the database file nor in its -wal."""
    a, b = replicas("a"), replicas("b")
    with a.write() as s:
        person = Person(
            first_name=ERASED["first name"],
            last_name="Témoin",
            email=ERASED["e-mail"],
            phone=ERASED["phone"],
            notes=ERASED["note"],
        )
        s.add(person)
        s.add(Person(first_name=RECENT["person"], last_name="Présente"))
        s.flush()
        person_id = person.id
    for db in (a, b, a, b):
        assert SyncEngine(db, share).round().ok
    files = [Path(f"{b.path}{x}") for x in ("", "-wal")]
    assert all(where(ERASED, every_file(files)).values())

    PrivacyService(a).erase_person(person_id)
    assert SyncEngine(a, share).round().ok
    report = SyncEngine(b, share).round()
    assert report.ok and report.changes_applied, report

    assert where(ERASED, every_file(files)) == {k: [] for k in ERASED}
    assert where({"person": RECENT["person"]}, every_file(files))["person"]


def test_a_busy_database_owes_the_emptying_to_its_next_round(tmp_path, share, replicas):
    """A screen reading while the erasure arrives: the round does not wait for it (a desk
    saving a visit would wait too); the next round empties the WAL."""
    import sqlite3

    from citizenspace.sync import merge

    a, b = replicas("a"), replicas("b")
    with a.write() as s:
        person = Person(first_name=ERASED["first name"], last_name="Témoin")
        s.add(person)
        s.flush()
        person_id = person.id
    for db in (a, b, a, b):
        assert SyncEngine(db, share).round().ok
    PrivacyService(a).erase_person(person_id)
    assert SyncEngine(a, share).round().ok

    reader = sqlite3.connect(b.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM people").fetchone()  # holds its snapshot
    try:
        report = SyncEngine(b, share).round()
        assert report.ok and report.changes_applied, report
        with b.read() as s:
            owed = s.connection().exec_driver_sql(
                "SELECT count(*) FROM local_settings WHERE key = ?", (merge.PAGES_OWED_KEY,)
            )
            assert owed.scalar() == 1
    finally:
        reader.rollback()
        reader.close()
    assert SyncEngine(b, share).round().ok  # nothing new: only what it owed
    files = [Path(f"{b.path}{x}") for x in ("", "-wal")]
    assert where({"first name": ERASED["first name"]}, every_file(files)) == {"first name": []}
    with b.read() as s:
        owed = s.connection().exec_driver_sql(
            "SELECT count(*) FROM local_settings WHERE key = ?", (merge.PAGES_OWED_KEY,)
        )
        assert owed.scalar() == 0
