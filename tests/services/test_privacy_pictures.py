"""Pictures no longer outlive their records (issue 12, finding 3): "a ticket photo stays in
the blob folder after its link was blanked". The daily retention run now deletes from this
machine's blob folder every picture that no record names any more, and nothing else."""

from __future__ import annotations

import json
import os
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from citizenspace.domain.budget.editions import ProjectDraft
from citizenspace.domain.catalog import TicketStatus
from citizenspace.services.budget.budget_admin import BudgetAdminService
from citizenspace.services.privacy.privacy import PrivacyService
from citizenspace.services.reception.tickets import CategoryDraft, TicketDraft, TicketService
from citizenspace.store.media.blobs import BlobStore
from citizenspace.store.models import FollowUp
from tests.pictures import jpeg_bytes, phone_photo, png_bytes, svg_bytes, traces

TODAY = date(2026, 11, 20)


class Day:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def everything_under(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in files_under(root))


def test_the_daily_run_deletes_pictures_no_record_names_and_keeps_the_others(db):
    store = BlobStore.for_database(db.path)
    day = Day(date(2025, 9, 1))
    tickets = TicketService(db, today=day)
    tickets.add_category(CategoryDraft("roads", "Voirie", 21))
    roads = next(c.id for c in tickets.categories() if c.code == "roads")

    # A pothole photographed by a citizen, the ticket closed 14 months ago.
    old = tickets.open_ticket(TicketDraft(roads, "Trou rue d'Isle"), photo=phone_photo())
    tickets.resolve(old, "rebouché")
    old_photo = tickets.ticket(old).photo_hash
    old_bytes = store.get(old_photo)
    # One closed last month, and one still open: both keep their photos.
    day.day = date(2026, 10, 1)
    recent = tickets.open_ticket(TicketDraft(roads, "Lampadaire"), photo=jpeg_bytes())
    tickets.resolve(recent, "réparé")
    still_open = tickets.open_ticket(TicketDraft(roads, "Banc cassé"), photo=png_bytes())

    # A project's picture replaced by another: the first is named by nothing.
    admin = BudgetAdminService(db, today=lambda: TODAY)
    edition = admin.create_edition(replace(admin.new_edition_draft(), title="Budget 2027"))
    draft = ProjectDraft(title="Une aire de jeux", cost_cents=100_000, easy_read="Jouer.")
    project = admin.create_project(edition.id, draft, png_bytes(rgb=(1, 2, 3)))
    replaced = project.picture_hash
    project = admin.update_project(project.id, project.draft, picture=svg_bytes())

    # A picture only an unsettled conflict names (the coordinator may still choose it).
    in_conflict = store.put_picture(svg_bytes("#06d6a0"))
    with db.write() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO conflict_records (id, table_name, row_id, field, kept_value, "
            "other_value, kept_hlc, other_hlc, kept_device, other_device, resolved, resolution) "
            "VALUES ('c1', 'projects', ?, 'picture_hash', ?, ?, 2, 1, 'a', 'b', 0, '')",
            (project.id, json.dumps(project.picture_hash), json.dumps(in_conflict)),
        )
    # A picture left by an old version, named by nothing; a write that never finished, an
    # hour ago and just now; a file someone put there by hand.
    orphan = store.put(png_bytes(rgb=(9, 9, 9)))
    old_tmp = store.root / orphan[:2] / ".tmp-0123456789abcdef"
    old_tmp.write_bytes(b"half a picture")
    an_hour_ago = time.time() - 3700
    os.utime(old_tmp, (an_hour_ago, an_hour_ago))
    young_tmp = store.root / orphan[:2] / ".tmp-fedcba9876543210"
    young_tmp.write_bytes(b"being written")
    by_hand = store.root / orphan[:2] / "read me.txt"
    by_hand.write_text("à garder")

    before = files_under(store.root)
    report = PrivacyService(db, today=lambda: TODAY).run_daily()
    assert report is not None

    with db.read() as s:
        assert s.get(FollowUp, old).photo_hash is None  # blanked by the 12-month rule
        assert s.get(FollowUp, old).status is TicketStatus.RESOLVED
    assert report.pictures_removed == 3
    gone = {old_photo, replaced, orphan}
    assert not any(store.has(h) for h in gone)
    named = {
        tickets.ticket(recent).photo_hash,
        tickets.ticket(still_open).photo_hash,
        project.picture_hash,
        in_conflict,
    }
    assert all(store.get(h) is not None for h in named)
    after = files_under(store.root)
    assert set(before) - set(after) == {store.path(h) for h in gone} | {old_tmp}
    assert young_tmp in after and by_hand.read_text() == "à garder"
    assert old_bytes not in everything_under(store.root)
    assert traces(everything_under(store.root)) == []

    # Nothing more the next day; a folder emptied of its pictures goes too.
    assert PrivacyService(db, today=lambda: TODAY).anonymise_expired().pictures_removed == 0
    assert all(p.parent.is_dir() for p in after)
    assert not (store.root / old_photo[:2]).exists() or any((store.root / old_photo[:2]).iterdir())


def test_a_database_without_pictures_has_nothing_to_collect(db):
    report = PrivacyService(db, today=lambda: TODAY).anonymise_expired()
    assert report.pictures_removed == 0
    assert not BlobStore.for_database(db.path).root.exists()
