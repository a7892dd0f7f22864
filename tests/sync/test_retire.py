"""A computer that never comes back no longer keeps erased names on the share (issue 12):
an administrator retires it, compaction goes on without it, and if it does come back it
is told, sends what it had not sent, and starts again from the share's snapshot, so that
nothing it held resurrects what was erased meanwhile.

Real databases and a real share folder; every file under the share is read back (segments
unzipped) to look for the names."""

from __future__ import annotations

import contextlib
import gzip
import zlib
from datetime import datetime
from pathlib import Path

from sqlalchemy import text, update

from citizenspace.services.privacy.privacy import PrivacyService
from citizenspace.services.sync.sync import SyncService
from citizenspace.store.database import Database
from citizenspace.store.models import Person
from citizenspace.sync import retire, snapshots
from citizenspace.sync.engine import RETIRED, RoundReport, SyncEngine
from citizenspace.sync.share import RETIRED_KEY, open_share
from citizenspace.sync.snapshots import Policy

#: Snapshot and compact at every round, trusting a snapshot at once (tests/sync/test_compaction).
EAGER = Policy(segments=1, min_interval_ms=0, grace_ms=0, every_ms=0)

#: ASCII markers: found as they are in JSON, SQLite pages and logs.
BEFORE = "Marker-Held-By-The-Lost-Kiosk"
AFTER = "Marker-Written-After-It-Left"
NEW = "Marker-Typed-On-The-Kiosk-While-Away"


def sync(db: Database, share: Path) -> RoundReport:
    return SyncEngine(db, share, policy=EAGER).round()


def share_holds(share: Path, marker: str) -> list[str]:
    """The files under the share whose bytes (unzipped, for segments) hold `marker`."""
    found = []
    for path in sorted(p for p in share.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            with contextlib.suppress(OSError, EOFError, zlib.error):
                data = gzip.decompress(data)
        if marker.encode() in data:
            found.append(path.relative_to(share).as_posix())
    return found


def database_holds(db: Database, marker: str) -> bool:
    with db.read() as s:
        rows = s.execute(
            text("SELECT count(*) FROM people WHERE first_name = :m OR notes LIKE :n"),
            {"m": marker, "n": f"%{marker}%"},
        ).scalar()
    return bool(rows)


def add(db: Database, ident: str, first: str) -> None:
    with db.write() as s:
        s.add(Person(id=ident, first_name=first, last_name="Témoin"))


def test_a_retired_computer_no_longer_keeps_erased_names_on_the_share_nor_brings_them_back(
    share, replicas
):
    a, b, kiosk = replicas("a"), replicas("b"), replicas("kiosk")
    add(a, "p-before", BEFORE)
    for db in (a, b, kiosk, a, b, kiosk):
        assert sync(db, share).ok
    assert database_holds(kiosk, BEFORE)
    kiosk_id = SyncService(kiosk, lambda: str(share)).this_device_id()

    # The kiosk goes missing. Meanwhile a person is added, and both are erased.
    add(a, "p-after", AFTER)
    for db in (a, b):
        assert sync(db, share).ok
    PrivacyService(a).erase_person("p-before")
    PrivacyService(a).erase_person("p-after")
    for _ in range(3):
        for db in (a, b):
            assert sync(db, share).ok
    # The kiosk never applied the segment that brought the second name: it stays.
    assert share_holds(share, AFTER), "the kiosk holds compaction back (or this test shows nothing)"

    # An administrator retires it, on b.
    service = SyncService(b, lambda: str(share))
    service.retire_device(kiosk_id)
    assert [d.retired_on is not None for d in service.devices() if d.device_id == kiosk_id] == [
        True
    ]
    for _ in range(3):
        for db in (b, a):
            assert sync(db, share).ok
    assert share_holds(share, AFTER) == []
    assert share_holds(share, BEFORE) == []
    # Every database names it in its acknowledgement: the decision outlives b.
    acks = open_share(share).read_acks()
    assert all(kiosk_id in acks[d][RETIRED_KEY] for d in acks if d != kiosk_id)

    # The kiosk comes back, with the first name still in it, an edit of that person and a
    # new person typed while it was away.
    with kiosk.write() as s:
        s.execute(update(Person).where(Person.id == "p-before").values(notes="back " + BEFORE))
    add(kiosk, "p-new", NEW)
    # Through the service, as the application's round: the page says it started again.
    summary = SyncService(kiosk, lambda: str(share)).run_round()
    assert summary.rejoined and summary.ok, summary
    assert not database_holds(kiosk, BEFORE) and database_holds(kiosk, NEW)
    acks = open_share(share).read_ack_files()
    assert kiosk_id not in snapshots.retired_by_admin(acks), "it counts again"

    for _ in range(2):
        for db in (a, b, kiosk):
            assert sync(db, share).ok
    for db in (a, b, kiosk):
        assert not database_holds(db, BEFORE) and not database_holds(db, AFTER)
        assert database_holds(db, NEW)
        assert retire.retirements(db) == {}, "back: no longer shown as retired"
        with db.read() as s:
            assert s.execute(text("SELECT count(*) FROM people")).scalar() == 1
    assert share_holds(share, BEFORE) == [] and share_holds(share, AFTER) == []


def test_a_retired_computer_back_on_a_share_without_a_snapshot_waits_for_one(share, replicas):
    """No snapshot yet: it waits (whether what it missed was compacted cannot be told), and
    starts again from the first one an up-to-date computer publishes."""
    never = Policy(segments=10**9, max_age_ms=10**15)
    a, kiosk = replicas("a"), replicas("kiosk")
    add(a, "p1", "Léa")
    for db in (a, kiosk):
        assert SyncEngine(db, share, policy=never).round().ok
    add(a, "p2", "Paul")
    assert SyncEngine(a, share, policy=never).round().ok
    kiosk_id = SyncService(kiosk, lambda: str(share)).this_device_id()
    SyncService(a, lambda: str(share)).retire_device(kiosk_id)
    assert SyncEngine(a, share, policy=never).round().ok
    add(kiosk, "p3", NEW)

    report = SyncEngine(kiosk, share, policy=never).round()
    assert report.problem == RETIRED and report.written == 1, report
    assert kiosk_id in snapshots.retired_by_admin(open_share(share).read_ack_files())

    assert sync(a, share).snapshot_published
    report = sync(kiosk, share)
    assert report.rejoined and report.ok, report
    with kiosk.read() as s:
        assert s.execute(text("SELECT count(*) FROM people")).scalar() == 3
    assert kiosk_id not in snapshots.retired_by_admin(open_share(share).read_ack_files())


def test_a_retired_computer_waits_and_says_so_while_no_snapshot_serves_it(share, replicas):
    a, kiosk = replicas("a"), replicas("kiosk")
    add(a, "p1", "Léa")
    for db in (a, kiosk, a):
        assert sync(db, share).ok
    kiosk_id = SyncService(kiosk, lambda: str(share)).this_device_id()
    SyncService(a, lambda: str(share)).retire_device(kiosk_id)
    add(a, "p2", "Paul")
    for _ in range(2):
        assert sync(a, share).ok
    # Every snapshot on the share is damaged (a half-copied stick).
    listed = open_share(share).list_snapshots()
    assert listed
    for ref in listed:
        ref.path.write_bytes(ref.path.read_bytes()[:100])

    report = sync(kiosk, share)
    assert report.problem == RETIRED and not report.rejoined, report
    with kiosk.read() as s:
        assert s.execute(text("SELECT count(*) FROM people")).scalar() == 1, "nothing applied"
    assert kiosk_id in snapshots.retired_by_admin(open_share(share).read_ack_files())

    # a, up to date, publishes a new snapshot at its next round; the kiosk starts from it.
    assert sync(a, share).snapshot_published
    report = sync(kiosk, share)
    assert report.rejoined and report.ok, report
    with kiosk.read() as s:
        assert s.execute(text("SELECT count(*) FROM people")).scalar() == 2


def test_the_retirement_is_a_city_setting_that_parses_safely(db):
    retire.retire(db, "dev-1", None, datetime(2026, 12, 7, 10, 0), "dev-0")
    retire.retire(db, "dev-2", "ab" * 32, datetime(2026, 12, 7, 11, 0), "dev-0")
    with db.write() as s:
        s.execute(
            text("INSERT INTO settings (id, key, value) VALUES ('x', 'sync.retired.dev-3', '{')")
        )
    found = retire.retirements(db)
    assert set(found) == {"dev-1", "dev-2"}
    assert found["dev-1"].ack is None and found["dev-2"].on == datetime(2026, 12, 7, 11, 0)
    assert retire.for_acknowledgement(db) == {"dev-1": None, "dev-2": "ab" * 32}


def test_a_computer_retired_by_mistake_counts_again_everywhere_and_can_be_retired_later(
    share, replicas
):
    """Retired while alive, with a snapshot made before the retirement: it starts again
    from that snapshot (which does not hold the retirement), acknowledges, and every
    computer forgets the retirement on seeing that; retiring it later works again."""
    a, kiosk = replicas("a"), replicas("kiosk")
    add(a, "p1", "Léa")
    for db in (a, kiosk, a):
        assert sync(db, share).ok
    assert open_share(share).list_snapshots()
    kiosk_id = SyncService(kiosk, lambda: str(share)).this_device_id()
    SyncService(a, lambda: str(share)).retire_device(kiosk_id)
    slow = Policy(min_interval_ms=10**12, grace_ms=0, every_ms=0)  # no new snapshot
    assert SyncEngine(a, share, policy=slow).round().ok

    report = SyncEngine(kiosk, share, policy=slow).round()
    assert report.rejoined and report.ok, report
    for db in (kiosk, a, kiosk, a):
        assert SyncEngine(db, share, policy=slow).round().ok
    for db in (a, kiosk):
        assert retire.retirements(db) == {}
        assert all(d.retired_on is None for d in SyncService(db, lambda: str(share)).devices())
    assert kiosk_id not in snapshots.retired_by_admin(open_share(share).read_ack_files())

    SyncService(a, lambda: str(share)).retire_device(kiosk_id)
    assert SyncEngine(a, share, policy=slow).round().ok
    assert kiosk_id in snapshots.retired_by_admin(open_share(share).read_ack_files())
