"""Ticket photos travel like project pictures, and a picture no record names any more goes
from the share too (issue 12, finding 3), not before a day has passed (a machine publishes
the row naming a picture before the picture itself), and only by a machine up to date.

Real databases, a real share folder, real JPEG files with a phone's metadata stripped."""

from __future__ import annotations

import os
import time
from pathlib import Path

from sqlalchemy import update

from citizenspace.services.privacy.privacy import PrivacyService
from citizenspace.services.reception.tickets import CategoryDraft, TicketDraft, TicketService
from citizenspace.store.media.blobs import BlobStore
from citizenspace.store.models import FollowUp
from citizenspace.sync.engine import SyncEngine
from citizenspace.sync.share import open_share
from citizenspace.sync.snapshots import Policy
from tests.pictures import jpeg_bytes, phone_photo

#: Maintenance at every round (the blob step prunes when maintenance runs).
EVERY_ROUND = Policy(every_ms=0)


def sync(db, share: Path):
    report = SyncEngine(db, share, policy=EVERY_ROUND).round()
    assert report.ok, report
    return report


def share_blob(share: Path, checksum: str) -> Path:
    return share / "blobs" / checksum[:2] / checksum


def age(path: Path, days: float) -> None:
    then = time.time() - days * 86400
    os.utime(path, (then, then))


def open_pothole(db, photo: bytes) -> tuple[str, str]:
    tickets = TicketService(db)
    tickets.add_category(CategoryDraft("roads", "Voirie", 21))
    roads = next(c.id for c in tickets.categories() if c.code == "roads")
    ticket = tickets.open_ticket(TicketDraft(roads, "Trou rue d'Isle"), photo=photo)
    return ticket, tickets.ticket(ticket).photo_hash


def test_a_ticket_photo_reaches_the_other_computer_without_its_metadata(share, replicas):
    desk, bus = replicas("desk"), replicas("bus")
    _ticket, photo = open_pothole(desk, phone_photo())
    sync(desk, share)
    report = sync(bus, share)
    assert report.blobs_downloaded == 1
    data = BlobStore.for_database(bus.path).get(photo)
    assert b"GPS" not in data and b"Exif" not in data
    assert share_blob(share, photo).read_bytes() == data


def test_a_photo_no_record_names_any_more_leaves_the_share_after_a_day(share, replicas):
    desk, bus = replicas("desk"), replicas("bus")
    ticket, photo = open_pothole(desk, phone_photo())
    _other, kept = open_pothole(bus, jpeg_bytes(rgb=(200, 10, 10)))
    for db in (desk, bus, desk, bus):
        sync(db, share)
    assert share_blob(share, photo).exists() and share_blob(share, kept).exists()

    # The photo is blanked (retention does exactly this after its period).
    with desk.write() as s:
        s.execute(update(FollowUp).where(FollowUp.id == ticket).values(photo_hash=None))
    for db in (desk, bus):
        sync(db, share)
    # Named by nothing, but not there for a day yet: kept (another machine may have just
    # uploaded it, its row still on the way).
    assert share_blob(share, photo).exists()

    age(share_blob(share, photo), 2)
    age(share_blob(share, kept), 2)
    report = sync(bus, share)
    assert report.blobs_pruned == 1
    assert not share_blob(share, photo).exists()
    assert share_blob(share, kept).exists(), "a photo still named stays"
    assert open_share(share).list_blobs() == [kept]

    # Each computer's own copy goes at its daily run.
    for db in (desk, bus):
        PrivacyService(db).remove_unnamed_pictures()
        assert not BlobStore.for_database(db.path).has(photo)
        assert BlobStore.for_database(db.path).has(kept)


def test_a_computer_that_is_not_up_to_date_removes_no_picture(share, replicas):
    """A computer that could not read everything on the share may lack the row that names
    a picture: it removes none."""
    desk, bus = replicas("desk"), replicas("bus")
    _ticket, photo = open_pothole(desk, phone_photo())
    sync(desk, share)
    age(share_blob(share, photo), 2)
    # bus cannot read desk's segment (a file it may not open): it is not up to date.
    segment = next((share / "devices").rglob("seg-*"))
    segment.chmod(0)
    try:
        if os.access(segment, os.R_OK):  # root reads anything: make it a folder's name
            segment.chmod(0o644)
            data = segment.read_bytes()
            segment.unlink()
            segment.mkdir()
        report = SyncEngine(bus, share, policy=EVERY_ROUND).round()
    finally:
        if segment.is_dir():
            segment.rmdir()
            segment.write_bytes(data)
        segment.chmod(0o644)
    assert report.skipped and report.blobs_pruned == 0
    assert share_blob(share, photo).exists()


def test_a_photo_attached_again_after_it_left_the_share_is_sent_again(share, replicas):
    """The same photo, named by nothing, removed from the share by another computer, then
    attached again where it was first uploaded: that computer sends it again."""
    desk, bus = replicas("desk"), replicas("bus")
    ticket, photo = open_pothole(desk, phone_photo())
    for db in (desk, bus):
        sync(db, share)
    with desk.write() as s:
        s.execute(update(FollowUp).where(FollowUp.id == ticket).values(photo_hash=None))
    for db in (desk, bus):
        sync(db, share)
    age(share_blob(share, photo), 2)
    assert sync(bus, share).blobs_pruned == 1
    assert not share_blob(share, photo).exists()

    with desk.write() as s:
        s.execute(update(FollowUp).where(FollowUp.id == ticket).values(photo_hash=photo))
    for _ in range(2):
        for db in (desk, bus):
            sync(db, share)
    assert share_blob(share, photo).exists()
    assert BlobStore.for_database(bus.path).has(photo)
