"""Two rounds on one database: one waits for the other, or stops and says so; and the applied
state only moves forward, whatever order two rounds' commits land in."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from citizenspace.store.migrate import open_database
from citizenspace.store.models import Person
from citizenspace.sync import merge
from citizenspace.sync.engine import SyncEngine
from citizenspace.sync.share import open_share


def now_ms() -> int:
    return int(time.time() * 1000)


@pytest.fixture
def share(tmp_path) -> Path:
    root = tmp_path / "share"
    root.mkdir()
    open_share(root)
    return root


def add_person(path: Path, ident: str) -> None:
    db, _ = open_database(path)
    try:
        with db.write() as s:
            s.add(Person(id=ident, first_name="Léa", last_name=ident))
    finally:
        db.close()


def people(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT id FROM people")}
    finally:
        con.close()


# --------------------------------------------------------------------------- in one process


def test_a_segment_already_applied_is_refused_even_without_the_lock(share, tmp_path):
    """The commit of a round that planned only the first segment, landing after another
    round applied the first two: it changes neither the data nor the applied state."""
    writer, _ = open_database(tmp_path / "writer.db")
    reader, _ = open_database(tmp_path / "reader.db")
    try:
        with writer.write() as s:
            s.add(Person(id="p1", first_name="Léa", last_name="Depaepe"))
        assert SyncEngine(writer, share).round().ok
        with writer.write() as s:
            s.get(Person, "p1").phone = "06 11 11 11 11"
        assert SyncEngine(writer, share).round().ok
        segments = sorted(
            (s for s in open_share(share).list_segments()),
            key=lambda i: i.seq_from,
        )
        first, second = (open_share(share).read_segment(i) for i in segments)
        as_args = [(g.header, g.body, g.info.checksum) for g in (first, second)]
        merge.apply_segments(reader, as_args, now_ms())
        before = list(merge.dump(reader))

        [result] = merge.apply_segments(reader, as_args[:1], now_ms())  # the late commit

        assert list(merge.dump(reader)) == before
        with reader.read() as s:
            state = s.execute(text("SELECT last_seq, last_checksum FROM sync_applied")).all()
        assert state == [(second.info.seq_to, second.info.checksum)]
        assert result.stale and result.changes == 0
        with writer.write() as s:  # and the reader keeps receiving from that writer
            s.get(Person, "p1").notes = "third"
        assert SyncEngine(writer, share).round().ok
        report = SyncEngine(reader, share).round()
        assert report.ok and not report.gaps and report.applied == 1
        with reader.read() as s:
            assert s.get(Person, "p1").notes == "third"
    finally:
        writer.close()
        reader.close()
