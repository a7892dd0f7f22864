"""Each fault of the share, as the user reads it (in French): a real share folder is broken
one way, a round runs as the application runs it, and the words the Sync page would show
are checked — with the database holding only whole, verified changes."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from citizenspace.services.sync.sync import SyncProblem, SyncService
from citizenspace.store.migrate import open_database
from citizenspace.store.models import Person
from citizenspace.sync import merge
from citizenspace.sync.share import TMP_PREFIX, open_share
from citizenspace.views.sync import sync_texts


@pytest.fixture
def pair(tmp_path: Path):
    share = tmp_path / "share"
    share.mkdir()
    open_share(share)
    made = []
    for name in ("office", "bus"):
        db, _ = open_database(tmp_path / f"{name}.db")
        made.append(db)
    yield share, made[0], made[1]
    for db in made:
        db.close()


def add(db, ident: str) -> None:
    with db.write() as s:
        s.add(Person(id=ident, first_name="Léa", last_name="Depaepe"))


def segments_of(share: Path, db) -> list[Path]:
    device = db.local_state().device_id
    return sorted((share / "devices" / device).glob("*/seg-*.json.gz"))


def test_an_unreachable_share_is_said_in_plain_french(french, pair, tmp_path):
    share, office, _bus = pair
    gone = tmp_path / "usb-stick-pulled-out"
    summary = SyncService(office, lambda: str(gone)).run_round()
    assert summary.problem is SyncProblem.UNREACHABLE
    text = sync_texts.problem_text(summary.problem)
    assert "injoignable" in text and "conservé" in text, text
    assert summary.pending >= 0


@pytest.mark.parametrize("damage", ["truncated", "bit-flipped", "half-copied"])
def test_a_damaged_file_is_refused_and_named(french, pair, damage):
    share, office, bus = pair
    add(bus, "p1")
    assert SyncService(bus, lambda: str(share)).run_round().ok
    (segment,) = segments_of(share, bus)
    good = segment.read_bytes()
    if damage == "truncated":
        segment.write_bytes(good[: len(good) // 3])
    elif damage == "bit-flipped":
        segment.write_bytes(good[:40] + bytes([good[40] ^ 0x08]) + good[41:])
    else:
        segment.write_bytes(good[: len(good) // 2] + b"\0" * (len(good) - len(good) // 2))
    before = list(merge.dump(office))
    summary = SyncService(office, lambda: str(share)).run_round()
    assert summary.rejected == (segment.name,)
    assert list(merge.dump(office)) == before  # nothing of it applied
    text = sync_texts.SyncCounts().rejected_text(len(summary.rejected))
    assert "fichier abîmé" in text and "rien de son contenu" in text, text


def test_a_gap_in_a_computers_files_is_reported(french, pair):
    share, office, bus = pair
    for ident in ("p1", "p2", "p3"):
        add(bus, ident)
        assert SyncService(bus, lambda: str(share)).run_round().ok
    first, middle, last = segments_of(share, bus)
    middle.unlink()  # a file lost in a copy
    summary = SyncService(office, lambda: str(share)).run_round()
    assert summary.gaps
    with office.read() as s:
        assert [p.id for p in s.query(Person)] == ["p1"]  # never skips the missing link
    text = sync_texts.SyncCounts().gaps_text(1)
    assert "partie manquante" in text, text


def test_a_file_from_a_newer_version_is_held_back(french, pair):
    share, office, _bus = pair
    future = open_share(share)
    header = {"schema": "9999_from_the_future", "prev": None, "seq_from": 1, "seq_to": 0}
    future.write_segment("newer-kiosk", "epoch-1", header, {"changes": [], "secret": []})
    summary = SyncService(office, lambda: str(share)).run_round()
    assert summary.held_back == ("newer-kiosk/epoch-1",)
    text = sync_texts.SyncCounts().held_back_text(1)
    assert "version" in text.lower(), text


def test_stale_temporary_files_are_ignored_without_alarm(french, pair):
    share, office, bus = pair
    add(bus, "p1")
    assert SyncService(bus, lambda: str(share)).run_round().ok
    (segment,) = segments_of(share, bus)
    (segment.parent / f"{TMP_PREFIX}0123456789abcdef").write_bytes(gzip.compress(b"half"))
    summary = SyncService(office, lambda: str(share)).run_round()
    assert summary.ok and not summary.rejected
    with office.read() as s:
        assert [p.id for p in s.query(Person)] == ["p1"]


def test_every_problem_has_its_words_in_french(french):
    for problem in SyncProblem:
        short, long = sync_texts.problem_short(problem), sync_texts.problem_text(problem)
        assert short and long and short != long
    assert "refus" in sync_texts.problem_text(SyncProblem.WRITE_REFUSED).lower()
