"""The sync service: two real databases exchanging through a real folder, as the Sync page
and the status bar see it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.domain.people import PersonDraft
from citizenspace.services.people.people import PeopleService
from citizenspace.services.shell.status import StatusService
from citizenspace.services.sync.sync import SyncProblem, SyncService
from citizenspace.store.models import Visit
from citizenspace.sync import merge

NOON = datetime(2026, 3, 12, 14, 32, 5)


@pytest.fixture
def replicas(computer_maker):
    """Make a computer: its own database, its name, the shared folder in its settings."""
    return computer_maker("fr")


def viviane(db) -> str:
    return (
        PeopleService(db)
        .create(PersonDraft(first_name="Viviane", last_name="Gautier", consent_contact=True))
        .id
    )


def set_phone(db, person_id: str, phone: str) -> None:
    people = PeopleService(db)
    draft = people.get(person_id).draft
    people.update(person_id, replace(draft, phone=phone))


def sync_all(*services: SyncService, rounds: int = 2) -> None:
    for _ in range(rounds):
        for service in services:
            summary = service.run_round()
            assert summary.ok, summary


def test_a_round_exchanges_and_remembers_when(replicas) -> None:
    a, b = replicas("Accueil 1"), replicas("Bus")
    sa, sb = SyncService(a, now=lambda: NOON), SyncService(b, now=lambda: NOON)
    person = viviane(a)
    assert sa.pending() > 0

    first = sa.run_round()
    assert first.ok and first.problem is None
    assert first.written == 1 and first.pending == 0
    assert first.when == NOON.replace(microsecond=0)

    second = sb.run_round()
    assert second.ok and second.applied >= 1 and second.changes_applied >= 1
    assert PeopleService(b).get(person).draft.last_name == "Gautier"
    # After a restart, the status bar still knows.
    assert SyncService(b).last_round().last_success == NOON
    assert SyncService(b).last_round().problem is None
    snap = StatusService(b).snapshot()
    assert snap.last_success == NOON and snap.last_problem is None


def test_a_missing_share_loses_nothing_and_is_remembered(replicas, tmp_path: Path) -> None:
    gone = tmp_path / "stick-not-plugged-in"
    a = replicas("Accueil 1", gone)
    service = SyncService(a, now=lambda: NOON)
    viviane(a)
    before = service.pending()

    summary = service.run_round()
    assert not summary.ok
    assert summary.problem is SyncProblem.UNREACHABLE
    assert summary.written == 0 and summary.pending == before  # all kept here
    last = service.last_round()
    assert last.problem is SyncProblem.UNREACHABLE and last.last_success is None
    assert last.problem_when == NOON
    assert not gone.exists()  # never created on the local disk instead

    gone.mkdir()
    again = service.run_round()
    assert again.ok and again.pending == 0
    last = service.last_round()
    assert last.problem is None and last.last_success == NOON


def test_no_shared_folder_means_nothing_is_tried(db) -> None:
    summary = SyncService(db).run_round()
    assert summary.problem is SyncProblem.NOT_CONFIGURED and not summary.ok
    assert SyncService(db).last_round().problem is None  # nothing recorded


def test_the_share_folder_can_come_from_elsewhere(db, share: Path) -> None:
    summary = SyncService(db, lambda: str(share)).run_round()
    assert summary.ok
    assert (share / "FORMAT.json").exists()


def test_a_damaged_file_is_ignored_and_said(replicas, share: Path) -> None:
    a, b = replicas("Accueil 1"), replicas("Bus")
    viviane(a)
    assert SyncService(a).run_round().written == 1
    [segment] = list(share.rglob("seg-*"))
    data = bytearray(segment.read_bytes())
    data[len(data) // 2] ^= 0xFF
    segment.write_bytes(bytes(data))

    summary = SyncService(b).run_round()
    assert not summary.ok and summary.problem is None
    assert summary.rejected == (segment.name,)
    assert PeopleService(b).search("Gautier") == []  # nothing bad applied
    assert SyncService(b).last_round().rejected == (segment.name,)
    assert StatusService(b).snapshot().rejected_files == 1


def test_the_demo_city_never_syncs(db, share: Path) -> None:
    with db.write() as s:
        from sqlalchemy import text

        s.execute(text("INSERT INTO local_settings (key, value) VALUES ('is_demo', '1')"))
    summary = SyncService(db, lambda: str(share)).run_round()
    assert summary.problem is SyncProblem.DEMO
    assert not any(share.iterdir())


def test_devices_seen_name_the_computers(replicas) -> None:
    a, b = replicas("Accueil 1"), replicas("Bus")
    sa, sb = SyncService(a), SyncService(b)
    viviane(b)
    sync_all(sa, sb)
    devices = sa.devices()
    assert [d.name for d in devices] == ["Accueil 1", "Bus"]
    me, bus = devices
    assert me.this_machine and me.device_id == sa.this_device_id()
    assert me.segments >= 1 and me.last_activity is not None
    assert not bus.this_machine and bus.segments >= 1 and bus.last_activity is not None


def test_conflicts_show_the_person_both_values_and_both_computers(replicas) -> None:
    a, b = replicas("Accueil 1"), replicas("Bus")
    sa, sb = SyncService(a), SyncService(b)
    person = viviane(a)
    sync_all(sa, sb)
    set_phone(a, person, "06 11 11 11 11")
    set_phone(b, person, "06 22 22 22 22")
    sync_all(sa, sb)

    [conflict] = sa.conflicts()
    assert conflict.table_name == "people" and conflict.field == "phone"
    assert conflict.label == "Gautier Viviane"
    values = {conflict.kept_device_name: conflict.kept_value}
    values[conflict.other_device_name] = conflict.other_value
    assert values == {"Accueil 1": "06 11 11 11 11", "Bus": "06 22 22 22 22"}
    assert conflict.kept_is_this_machine != conflict.other_is_this_machine
    [same] = sb.conflicts()  # the same conflict on the other computer
    assert (same.id, same.kept_value, same.other_value) == (
        conflict.id,
        conflict.kept_value,
        conflict.other_value,
    )
    assert sa.run_round().conflicts_open == 1

    sa.resolve(conflict.id, keep_other=True)
    assert sa.conflicts() == []
    sync_all(sa, sb)
    for db, service in ((a, sa), (b, sb)):
        assert service.conflicts() == []
        assert PeopleService(db).get(person).draft.phone == conflict.other_value
    assert list(merge.dump(a)) == list(merge.dump(b))


def test_alarms_are_listed(replicas) -> None:
    a, b = replicas("Accueil 1"), replicas("Bus")
    for db, note in ((a, "one"), (b, "two")):
        with db.write() as s:
            s.add(
                Visit(
                    id="v1",
                    channel=Channel.DESK,
                    outcome=VisitOutcome.ANSWERED,
                    arrived_at=datetime(2026, 11, 25, 9),
                    note=note,
                )
            )
    sa, sb = SyncService(a), SyncService(b)
    for service in (sa, sb, sa):
        service.run_round()
    [alarm] = sa.alarms()
    assert alarm.kind == "conflicting_insert" and alarm.table_name == "visits"
    assert alarm.row_id == "v1" and alarm.noticed_at is not None


def test_pending_counts_changes_not_yet_on_the_share(replicas) -> None:
    a = replicas("Accueil 1")
    service = SyncService(a)
    before = service.pending()
    viviane(a)
    assert service.pending() == before + 1
    assert StatusService(a).snapshot().pending_changes == service.pending()
    service.run_round()
    assert service.pending() == 0
