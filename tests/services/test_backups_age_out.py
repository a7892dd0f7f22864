"""Backups age out (issue 12, finding 2: "backups keep everything"). A backup holds every
person the database held when it was made, erased ones included: the daily run deletes the
copies older than the city's maximum age, and an erasure says until when the backups on
this computer still hold the person."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from citizenspace.domain.privacy import BACKUP_DAYS_KEY, DEFAULT_BACKUP_DAYS
from citizenspace.services.privacy.privacy import PrivacyError, PrivacyRefused, PrivacyService
from citizenspace.store.models import Person, Setting
from citizenspace.store.safety import backup

MARKER = "Zébulon-Quatremarques"


class Day:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def backdate(path: Path, days: int) -> Path:
    """The same backup, as if made `days` ago (backups carry their date in their name)."""
    when = datetime.now() - timedelta(days=days)
    stem = path.name.split("-")[0]
    reason = path.name.rsplit("-", 1)[1]
    moved = path.with_name(f"{stem}-{when:%Y%m%d-%H%M%S-%f}-{reason}")
    path.rename(moved)
    box = path.with_name(path.name + ".ballots")
    if box.exists():
        box.rename(moved.with_name(moved.name + ".ballots"))
    return moved


def holds_marker(path: Path) -> bool:
    return MARKER.encode() in path.read_bytes()


def add_marked_person(db) -> str:
    with db.write() as s:
        person = Person(first_name=MARKER, last_name="Témoin")
        s.add(person)
        s.flush()
        return person.id


def test_the_daily_run_deletes_backups_older_than_the_maximum_age_and_keeps_the_others(db):
    add_marked_person(db)
    old = backdate(backup.make_backup(db.path, "before-0009"), DEFAULT_BACKUP_DAYS + 2)
    old_box = old.with_name(old.name + ".ballots")
    old_box.write_bytes(b"a ballot box copied with it")
    recent = backdate(backup.make_backup(db.path, "before-0010"), DEFAULT_BACKUP_DAYS - 2)
    # A damaged file a restore set aside long ago, with its -wal.
    aside_stamp = (datetime.now() - timedelta(days=90)).strftime("%Y%m%d-%H%M%S")
    aside = db.path.with_name(f"{db.path.name}.damaged-{aside_stamp}")
    aside.write_bytes(old.read_bytes())
    Path(f"{aside}-wal").write_bytes(b"old frames")
    # A folder IT chose is IT's: never touched.
    it_folder = db.path.parent / "it-backups"
    chosen = backdate(backup.make_backup(db.path, "manual", folder=it_folder), 400)
    assert holds_marker(old) and holds_marker(aside)

    report = PrivacyService(db).anonymise_expired(automatic=True)

    assert not old.exists() and not old_box.exists()
    assert not aside.exists() and not Path(f"{aside}-wal").exists()
    assert recent.exists() and holds_marker(recent)
    assert chosen.exists()
    assert report.backups_removed == 4
    # Nothing else beside the database went.
    assert db.path.exists()


def test_the_maximum_age_is_the_citys_setting_and_is_refused_out_of_range(db):
    service = PrivacyService(db)
    assert service.backup_days() == DEFAULT_BACKUP_DAYS
    service.set_backup_days(7)
    assert service.backup_days() == 7
    with db.read() as s:
        assert s.query(Setting).filter_by(key=BACKUP_DAYS_KEY).one().value == "7"
    for bad in (0, -1, 366):
        with pytest.raises(PrivacyRefused) as refused:
            service.set_backup_days(bad)
        assert refused.value.code is PrivacyError.DAYS_OUT_OF_RANGE
    assert service.backup_days() == 7

    kept = backdate(backup.make_backup(db.path, "manual"), 5)
    gone = backdate(backup.make_backup(db.path, "manual"), 8)
    assert len(service.remove_old_backups()) == 1
    assert kept.exists() and not gone.exists()


def test_a_stored_setting_that_is_not_a_number_falls_back_to_the_default(db):
    with db.write() as s:
        s.add(Setting(key=BACKUP_DAYS_KEY, value="trente"))
    assert PrivacyService(db).backup_days() == DEFAULT_BACKUP_DAYS


def test_an_erasure_says_until_when_the_backups_still_hold_the_person(db):
    service = PrivacyService(db)
    person = add_marked_person(db)
    assert service.erase_person(add_marked_person(db)).backups_gone_on is None

    made = backup.make_backup(db.path, "manual")
    backdate(made, 3)
    report = service.erase_person(person)
    made = (datetime.now() - timedelta(days=3)).date()
    assert report.backups_gone_on == made + timedelta(days=DEFAULT_BACKUP_DAYS + 1)
    # ...which is the very day the daily run deletes it, and not the day before.
    service._today = lambda: report.backups_gone_on - timedelta(days=1)
    assert service.remove_old_backups() == []
    service._today = lambda: report.backups_gone_on
    assert len(service.remove_old_backups()) == 1
    # The database itself no longer holds the marker; the backup does, until that day.
    con = sqlite3.connect(db.path)
    assert (
        con.execute("SELECT count(*) FROM people WHERE first_name = ?", (MARKER,)).fetchone()[0]
        == 0
    )
    con.close()


def test_a_database_named_like_a_date_keeps_its_recent_backups(tmp_path):
    from citizenspace.store.migrate import open_database

    db, _ = open_database(tmp_path / "ville-20190301-120000.db")
    try:
        recent = backup.make_backup(db.path, "manual")
        assert PrivacyService(db).remove_old_backups() == []
        assert recent.exists()
        assert backup.made_at(recent, db.path).date() == date.today()
    finally:
        db.close()
