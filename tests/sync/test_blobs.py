"""Pictures travel with the projects that show them, through a real share folder: a picture
added on one machine shows on the other; a damaged copy on the share is refused; a picture
not on the share yet never stops a round."""

from __future__ import annotations

from pathlib import Path

import pytest

from citizenspace.domain.catalog import ProjectStatus
from citizenspace.services.budget.budget import BudgetService
from citizenspace.store.media.blobs import BlobStore, sha256_hex
from citizenspace.store.migrate import open_database
from citizenspace.store.models import BudgetEdition, Project
from citizenspace.sync.engine import RoundReport, SyncEngine
from tests.pictures import png_bytes, svg_bytes


@pytest.fixture
def machines(tmp_path):
    made = []

    def make(name: str):
        db, _ = open_database(tmp_path / f"{name}.db")
        made.append(db)
        return db

    yield make
    for db in made:
        db.close()


def add_project(db, picture_hash: str | None, project_id: str = "p1") -> None:
    with db.write() as s:
        if s.get(BudgetEdition, "ed1") is None:
            s.add(
                BudgetEdition(
                    id="ed1", year=2027, title="Budget 2027", budget_cents=10, code_key="k" * 64
                )
            )
            s.flush()
        s.add(
            Project(
                id=project_id,
                edition_id="ed1",
                title="Une aire de jeux",
                cost_cents=450_000,
                picture_hash=picture_hash,
                status=ProjectStatus.ON_BALLOT,
            )
        )


def round_(db, share: Path) -> RoundReport:
    report = SyncEngine(db, share).round()
    assert report.ok, report
    return report


def on_share(share: Path, checksum: str) -> Path:
    return share / "blobs" / checksum[:2] / checksum


def test_a_picture_added_on_one_machine_shows_on_the_other(machines, share):
    a, b = machines("a"), machines("b")
    picture = svg_bytes()
    h = BlobStore.for_database(a.path).put_picture(picture)
    add_project(a, h)

    sent = round_(a, share)
    assert sent.blobs_uploaded == 1
    assert on_share(share, h).read_bytes() == picture
    got = round_(b, share)
    assert got.blobs_downloaded == 1 and got.blobs_missing == []
    assert BudgetService(b).picture(h) == picture
    assert BlobStore.for_database(b.path).path(h).parent.parent == b.path.with_name("b.blobs")

    # Idle rounds afterwards exchange nothing: what went up (or came down) is remembered.
    for db in (a, b, a, b):
        idle = round_(db, share)
        assert (idle.blobs_uploaded, idle.blobs_downloaded) == (0, 0)


def test_a_damaged_copy_on_the_share_is_refused_and_never_stored(machines, share):
    a, b = machines("a"), machines("b")
    picture = png_bytes()
    h = BlobStore.for_database(a.path).put_picture(picture)
    add_project(a, h)
    round_(a, share)
    on_share(share, h).write_bytes(picture[:20])  # a half copy

    got = round_(b, share)  # the round itself goes on: the project arrives
    assert got.blobs_rejected == [h] and got.blobs_downloaded == 0
    assert BudgetService(b).picture(h) is None
    assert not BlobStore.for_database(b.path).has(h)
    assert BudgetService(b).ballot("ed1").projects[0].picture_hash == h

    # Someone puts the good bytes back (the machine that has it, or a restored share):
    # the next round takes them.
    on_share(share, h).write_bytes(picture)
    assert round_(b, share).blobs_downloaded == 1
    assert BudgetService(b).picture(h) == picture


def test_bytes_that_match_their_name_but_are_no_picture_are_refused(machines, share):
    a, b = machines("a"), machines("b")
    junk = b"MZ\x90\x00 not a picture at all"
    h = sha256_hex(junk)
    add_project(a, h)
    round_(a, share)
    on_share(share, h).parent.mkdir(parents=True)
    on_share(share, h).write_bytes(junk)

    got = round_(b, share)
    assert got.blobs_rejected == [h]
    assert not BlobStore.for_database(b.path).has(h)


def test_a_picture_not_on_the_share_yet_does_not_stop_the_round(machines, share):
    a, b = machines("a"), machines("b")
    picture = png_bytes(rgb=(239, 71, 111))
    h = sha256_hex(picture)
    # The row left machine a, its picture did not (copied from a stick that was pulled out).
    add_project(a, h)
    round_(a, share)

    got = round_(b, share)
    assert got.blobs_missing == [h]
    assert got.applied >= 1  # the project came all the same, and the round was acknowledged
    assert (share / "acks").is_dir() and any((share / "acks").rglob("ack-*"))
    assert round_(b, share).blobs_missing == [h]  # asked again, each round

    BlobStore.for_database(a.path).put_picture(picture)  # the picture reaches machine a
    assert round_(a, share).blobs_uploaded == 1
    got = round_(b, share)
    assert got.blobs_downloaded == 1 and got.blobs_missing == []
    assert BudgetService(b).picture(h) == picture


def test_a_new_share_gets_the_pictures_again(machines, share, tmp_path):
    a = machines("a")
    h = BlobStore.for_database(a.path).put_picture(svg_bytes("#06d6a0"))
    add_project(a, h)
    round_(a, share)
    other = tmp_path / "new-share"
    other.mkdir()
    assert round_(a, other).blobs_uploaded == 1
    assert on_share(other, h).is_file()


def test_pictures_of_rows_deleted_here_are_left_alone(machines, share):
    a = machines("a")
    h = BlobStore.for_database(a.path).put_picture(png_bytes())
    add_project(a, h)
    with a.write() as s:
        s.delete(s.get(Project, "p1"))
    assert round_(a, share).blobs_uploaded == 0
    assert not on_share(share, h).exists()
