"""Two rounds on one database: one waits for the other, or stops and says so; and the applied
state only moves forward, whatever order two rounds' commits land in."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from citizenspace.services.sync import sync as sync_service
from citizenspace.services.sync.sync import SyncProblem, SyncService
from citizenspace.store.migrate import open_database
from citizenspace.store.models import Person
from citizenspace.sync import merge
from citizenspace.sync.engine import SyncEngine
from citizenspace.sync.roundlock import round_lock
from citizenspace.sync.share import open_share
from tests import forkserver

BUSY_WORDS = "Another synchronisation is running on this database"


def now_ms() -> int:
    return int(time.time() * 1000)


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


def test_a_round_while_another_holds_the_database_stops_and_says_so(share, tmp_path):
    add_person(tmp_path / "writer.db", "p1")
    writer, _ = open_database(tmp_path / "writer.db")
    reader, _ = open_database(tmp_path / "reader.db")
    try:
        assert SyncEngine(writer, share).round().ok
        with round_lock(reader.path, 0):  # the other round, in this very process
            report = SyncEngine(reader, share, round_wait_s=0.2).round()
        assert report.problem == "busy" and not report.ok
        assert reader.path.name in report.problem_detail
        assert people(reader.path) == set()
        assert SyncEngine(reader, share, round_wait_s=0.2).round().ok
        assert people(reader.path) == {"p1"}
    finally:
        writer.close()
        reader.close()


def test_the_application_names_the_other_round(share, tmp_path, monkeypatch):
    monkeypatch.setattr(sync_service, "ROUND_WAIT_S", 0.2)
    db, _ = open_database(tmp_path / "desk.db")
    try:
        service = SyncService(db, lambda: str(share))
        with round_lock(db.path, 0):
            summary = service.run_round()
        assert summary.problem is SyncProblem.BUSY and not summary.ok
        assert service.run_round().ok
    finally:
        db.close()


# --------------------------------------------------------------------------- real processes


def start_sync(db: Path, share: Path, home: Path, *extra: str) -> subprocess.Popen[str]:
    home.mkdir(exist_ok=True)
    env = {**os.environ, "CITIZENSPACE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "citizenspace", "sync", "--db", str(db), "--share", str(share)]
        + list(extra)
        + ["--lang", "en"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def sync(db: Path, share: Path, home: Path, *extra: str) -> tuple[int, str, str]:
    """A `citizenspace sync` run to its end, in a process of its own forked from a server
    that imported the application once (`tests/forkserver.py`); `start_sync` keeps a plain
    interpreter for the round a test stops and resumes."""
    home.mkdir(exist_ok=True)
    env = {**os.environ, "CITIZENSPACE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    args = ["sync", "--db", str(db), "--share", str(share), *extra, "--lang", "en"]
    done = forkserver.run(["-m", "citizenspace", *args], env=env, timeout=120)
    return done.returncode, done.stdout, done.stderr


def wait_for_log(home: Path, words: str, proc: subprocess.Popen[str]) -> bool:
    """Whether the process at `home` logged `words` before it ended."""
    log = home / "logs" / "citizenspace.log"
    for _ in range(1200):
        if log.exists() and words in log.read_text(encoding="utf-8"):
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.05)
    raise AssertionError(f"{words!r} never logged")


@pytest.fixture
def paused_round(share, tmp_path):
    """A `citizenspace sync` of the reader that planned one segment of the writer and was
    then stopped before its commit, while the writer published a second segment.

    The order is forced: the test holds the reader's write lock until the round has
    planned (its log says what it is about to apply), then stops the process."""
    writer, reader = tmp_path / "writer.db", tmp_path / "reader.db"
    add_person(writer, "p1")
    add_person(reader, "r1")
    for db in (writer, reader, writer):
        assert sync(db, share, tmp_path / "home")[0] == 0
    add_person(writer, "p2")
    assert sync(writer, share, tmp_path / "home")[0] == 0

    holder = sqlite3.connect(reader, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    first = start_sync(reader, share, tmp_path / "first")
    try:
        assert wait_for_log(tmp_path / "first", "applying 1 segment", first), first.stderr.read()
        first.send_signal(signal.SIGSTOP)
        add_person(writer, "p3")  # the segment the first round did not see
        assert sync(writer, share, tmp_path / "home")[0] == 0
        holder.execute("ROLLBACK")
        holder.close()
        yield writer, reader, first
    finally:
        if first.poll() is None:
            first.send_signal(signal.SIGCONT)
            first.communicate(timeout=120)


def finish(first: subprocess.Popen[str]) -> None:
    first.send_signal(signal.SIGCONT)
    _out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err


def assert_keeps_receiving(writer: Path, reader: Path, share: Path, home: Path) -> None:
    add_person(writer, "p4")
    assert sync(writer, share, home)[0] == 0
    code, _out, err = sync(reader, share, home)
    assert (code, err) == (0, "")
    assert people(reader) >= {"p1", "p2", "p3", "p4"}


@pytest.mark.skipif(sys.platform == "win32", reason="pauses a process with SIGSTOP")
def test_a_second_sync_process_stops_with_a_plain_message(share, tmp_path, paused_round):
    writer, reader, first = paused_round

    code, out, err = sync(reader, share, tmp_path / "second", "--wait", "1")

    assert code == 1 and out == ""
    assert BUSY_WORDS in err and str(reader) in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    finish(first)
    assert_keeps_receiving(writer, reader, share, tmp_path / "home")


@pytest.mark.skipif(sys.platform == "win32", reason="pauses a process with SIGSTOP")
def test_a_second_sync_process_waits_for_the_first(share, tmp_path, paused_round):
    writer, reader, first = paused_round
    second = start_sync(reader, share, tmp_path / "second", "--wait", "600")
    try:
        # Let the first go on only once the second is waiting (or, without a lock, done).
        waited = wait_for_log(tmp_path / "second", "another sync round holds", second)
        finish(first)
        _out, err = second.communicate(timeout=120)
    finally:
        if second.poll() is None:
            second.kill()
            second.communicate()
    assert (second.returncode, err) == (0, "")
    assert people(reader) >= {"p1", "p2", "p3"}
    assert_keeps_receiving(writer, reader, share, tmp_path / "home")
    assert waited  # the second round did not run beside the first
