"""Attacking ballot secrecy as someone holding a kiosk's files or the share would, and doing
no better than chance (threat model: docs/ballot-secrecy.md).

A real kiosk process votes 120 times (tests/services/vote_forever.py), moving votes to its
database as its background sync would and checkpointing its WAL now and then. Meanwhile the
test copies the kiosk's files (database, -wal, -shm, ballot box and its journal) at random
moments, once right after killing it with SIGKILL, and once after the vote is over and synced;
then it attacks every copy and the share. Only the child knows which used code and which
ballot each vote made (it writes them to a truth file the attacks never read).

The statistical margin: an attack pairs codes with ballots (k-th with k-th in the order it
sees, or by commit or segment); by chance it gets about `expected` pairs right, a Poisson
count. An attack fails the test when it gets at least the count that chance reaches with
probability below 10^-6 (with about 200 attacks run, a false alarm once in 5,000 runs). Orders
are compared to the order of voting by Spearman's rho, refused beyond 4.5 / sqrt(n - 1) (n =
120: |rho| > 0.41; chance: below 1 in 100,000 per comparison).
"""

from __future__ import annotations

import contextlib
import gzip
import json
import math
import random
import re
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest

from citizenspace.domain.budget import codes
from citizenspace.services.budget.budget import REPRINT_PREFIX, BudgetService
from citizenspace.store.ballot.ballot_box import BallotBox, path_for
from citizenspace.store.migrate import open_database
from citizenspace.sync.engine import SyncEngine
from citizenspace.sync.share import open_share
from tests.budget_fixtures import TODAY, open_vote

SCRIPT = Path(__file__).with_name("vote_forever.py")
VOTES = 120
UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
SIDE_FILES = ("", "-wal", "-shm", ".ballots", ".ballots-journal")


def poisson_ceiling(mean: float, p: float = 1e-6) -> int:
    """The smallest count that chance (a Poisson of this mean) reaches with probability < p."""
    mean = max(mean, 1e-9)
    term = math.exp(-mean)
    below = term
    k = 0
    while 1 - below >= p:
        k += 1
        term *= mean / k
        below += term
    return k + 1


def spearman(order: list[str], seen: list[str]) -> float:
    common = [x for x in order if x in set(seen)]
    position = {x: i for i, x in enumerate(x for x in seen if x in set(common))}
    n = len(common)
    if n < 3:
        return 0.0
    d2 = sum((i - position[x]) ** 2 for i, x in enumerate(common))
    return 1 - 6 * d2 / (n * (n * n - 1))


@dataclass
class Scenario:
    root: Path
    db: Path
    share: Path
    truth: dict[str, str]  # used code id -> ballot id
    cast_order: list[str]  # ballot ids, in the order children voted
    code_order: list[str]  # used code ids, likewise
    printed: list[str]
    batch_key: str
    copies: list[Path] = field(default_factory=list)


def _copy_kiosk(db: Path, target: Path) -> Path:
    """What a thief or a disk image gets: the files as they are at this instant."""
    target.mkdir(parents=True)
    for suffix in SIDE_FILES:
        source = db.with_name(db.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            shutil.copyfile(source, target / source.name)
    return target


def _child(db: Path, codes_file: Path, truth: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [
            sys.executable,
            str(SCRIPT),
            str(db),
            str(codes_file),
            TODAY.isoformat(),
            "--truth",
            str(truth),
            "--settle-every",
            "5",
            "--checkpoint-every",
            "37",
            "--pause",
            "0.004",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    return child


@pytest.fixture(scope="module")
def scenario(tmp_path_factory) -> Scenario:
    root = tmp_path_factory.mktemp("secrecy")
    db_path = root / "kiosk" / "citizenspace.db"
    db_path.parent.mkdir()
    db, _ = open_database(db_path)
    vote = open_vote(db, n_codes=VOTES + 10)
    service = BudgetService(db, today=lambda: TODAY)
    with db.read() as s:
        from citizenspace.store.models import LocalSetting

        batch_key = s.get(LocalSetting, REPRINT_PREFIX + vote.batch_id).value
    assert service.forget_reprint_keys() == 1  # what `citizenspace kiosk` does at start
    db.close()
    codes_file = root / "codes.json"
    codes_file.write_text(json.dumps(vote.codes[:VOTES]))
    truth_file = root / "truth.txt"
    rng = random.Random(412)
    copies: list[Path] = []

    child = _child(db_path, codes_file, truth_file)
    killed = False
    voted = 0
    while True:
        time.sleep(rng.uniform(0.02, 0.25))
        copies.append(_copy_kiosk(db_path, root / f"copy-{len(copies):02d}"))
        if child.poll() is not None:
            break
        voted = sum(1 for _ in truth_file.open()) if truth_file.exists() else 0
        if not killed and voted >= VOTES // 2:
            child.send_signal(signal.SIGKILL)  # killed in the middle of the vote
            child.wait()
            copies.append(_copy_kiosk(db_path, root / f"copy-{len(copies):02d}-killed"))
            killed = True
            child.stdout.close()
            child = _child(db_path, codes_file, truth_file)
    child.wait()
    child.stdout.close()
    assert killed

    # The vote is over: the kiosk syncs, everything leaves in one shuffled batch.
    share = root / "share"
    share.mkdir()
    open_share(share)
    db, _ = open_database(db_path)
    try:
        after = BudgetService(db, today=lambda: TODAY + timedelta(days=30))
        assert after.settle_box().held == 0
        assert SyncEngine(db, share).round().ok
    finally:
        db.close()
    copies.append(_copy_kiosk(db_path, root / "copy-final"))

    pairs = [line.split() for line in truth_file.read_text().splitlines()]
    truth = dict(pairs)
    assert len(truth) == len(pairs) == VOTES, "every code voted exactly once"
    return Scenario(
        root=root,
        db=db_path,
        share=share,
        truth=truth,
        cast_order=[b for _c, b in pairs],
        code_order=[c for c, _b in pairs],
        printed=vote.codes,
        batch_key=batch_key,
        copies=copies,
    )


class Verdicts:
    """Every attack's score against chance, checked together so that a failure names all."""

    def __init__(self, truth: dict[str, str]) -> None:
        self.truth = truth
        self.ballots = set(truth.values())
        self.failures: list[str] = []
        self.run = 0

    def pairing(self, name: str, codes_seen: list[str], ballots_seen: list[str]) -> None:
        """k-th code seen with k-th ballot seen."""
        codes_seen = [c for c in codes_seen if c in self.truth]
        ballots_seen = [b for b in ballots_seen if b in self.ballots]
        if not codes_seen or not ballots_seen:
            return
        self.run += 1
        right = sum(self.truth[c] == b for c, b in zip(codes_seen, ballots_seen, strict=False))
        both = sum(1 for c in codes_seen if self.truth[c] in set(ballots_seen))
        expected = both / max(len(codes_seen), len(ballots_seen))
        if right >= poisson_ceiling(expected):
            self.failures.append(f"{name}: {right} right pairs, chance gives ~{expected:.1f}")

    def grouped(
        self, name: str, groups: list[tuple[list[str], list[str]]], min_ballots: int = 10
    ) -> None:
        """Codes and ballots that appear together (a commit, a segment): every group that holds
        both must hold at least `min_ballots` ballots, and pairing inside groups does no better
        than chance."""
        right, expected = 0, 0.0
        for codes_seen, ballots_seen in groups:
            codes_seen = sorted(c for c in codes_seen if c in self.truth)
            ballots_seen = sorted(b for b in ballots_seen if b in self.ballots)
            linked = sum(1 for c in codes_seen if self.truth[c] in set(ballots_seen))
            if linked and len(ballots_seen) < min_ballots:
                self.failures.append(
                    f"{name}: {len(ballots_seen)} ballots appear with their codes together"
                )
            right += sum(self.truth[c] == b for c, b in zip(codes_seen, ballots_seen, strict=False))
            expected += linked / max(1, len(ballots_seen), len(codes_seen))
        self.run += 1
        if right >= poisson_ceiling(expected):
            self.failures.append(f"{name}: {right} right pairs, chance gives ~{expected:.1f}")

    def order(self, name: str, truth_order: list[str], seen: list[str]) -> None:
        seen = [x for x in seen if x in set(truth_order)]
        if len(seen) < 20:
            return
        self.run += 1
        rho = spearman(truth_order, seen)
        if abs(rho) > 4.5 / math.sqrt(len(seen) - 1):
            self.failures.append(f"{name}: follows the voting order (rho {rho:+.2f})")


def _first_offsets(data: bytes, wanted: set[str]) -> list[str]:
    """Ids in the order they first appear in the raw bytes."""
    seen: dict[str, int] = {}
    for match in UUID.finditer(data):
        ident = match.group().decode()
        if ident in wanted and ident not in seen:
            seen[ident] = match.start()
    return sorted(seen, key=seen.get)


def _wal_commits(wal: bytes) -> list[tuple[bytes, bool]]:
    """The pages each commit of a WAL file wrote, as raw bytes, in file order (frames of
    older generations, left behind by a checkpoint, included), each with whether it is such
    a remnant. A remnant may be only the end of a commit (the restarted WAL wrote over its
    beginning), and what it seems to add first is skewed: the current generation, earlier
    in the file, was written later and already holds part of its rows."""
    if len(wal) < 32:
        return []
    page_size = struct.unpack(">I", wal[8:12])[0]
    salts = wal[16:24]
    commits, current = [], []
    offset = 32
    generation = salts
    while offset + 24 + page_size <= len(wal):
        _pgno, commit = struct.unpack(">II", wal[offset : offset + 8])
        frame_salts = wal[offset + 8 : offset + 16]
        if frame_salts != generation:
            generation, current = frame_salts, []  # another generation: a cut commit
        current.append(wal[offset + 24 : offset + 24 + page_size])
        offset += 24 + page_size
        if commit:
            commits.append((b"".join(current), generation != salts))
            current = []
    return commits


def _open_copy(path: Path) -> sqlite3.Connection | None:
    """The copy opened as a thief would (a scratch copy, so SQLite may replay its journal)."""
    scratch = path.parent / "scratch"
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir()
    for f in path.parent.iterdir():
        if f.is_file() and f.name.startswith(path.name):
            shutil.copyfile(f, scratch / f.name)
    try:
        conn = sqlite3.connect(scratch / path.name)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.DatabaseError:
        return None  # torn mid-write: the raw-byte attacks still apply


def test_a_kiosks_files_at_any_moment_link_no_ballot_to_its_code(scenario):
    verdicts = Verdicts(scenario.truth)
    used_ids, ballot_ids = set(scenario.truth), set(scenario.truth.values())
    for copy in scenario.copies:
        name = copy.name
        db_file = copy / scenario.db.name
        db_bytes = db_file.read_bytes() if db_file.exists() else b""
        wal = copy / (scenario.db.name + "-wal")
        wal_bytes = wal.read_bytes() if wal.exists() else b""
        box = copy / path_for(scenario.db).name
        box_bytes = box.read_bytes() if box.exists() else b""
        journal = copy / (box.name + "-journal")
        journal_bytes = journal.read_bytes() if journal.exists() else b""

        # 1. WAL commit order: what each commit added, codes and ballots first seen together.
        groups, remnants, first_seen = [], [], set()
        for pages, partial in _wal_commits(wal_bytes):
            ids = {m.group().decode() for m in UUID.finditer(pages)} - first_seen
            first_seen |= ids
            # A remnant of an older generation holds part of a batch, seen in a skewed order:
            # no size rule for it, but its pairing is held to chance like the rest (and every
            # commit is met whole in the current generation of the copies taken meanwhile).
            (remnants if partial else groups).append(
                (sorted(ids & used_ids), sorted(ids & ballot_ids))
            )
        verdicts.grouped(f"{name} WAL commits", groups)
        verdicts.grouped(f"{name} WAL commit remnants", remnants, min_ballots=0)
        verdicts.pairing(
            f"{name} WAL frame order",
            _first_offsets(wal_bytes, used_ids),
            _first_offsets(wal_bytes, ballot_ids),
        )
        # 2. Page order: where rows sit in the database file (and file + WAL).
        for label, data in (("file", db_bytes), ("file+WAL", db_bytes + wal_bytes)):
            codes_seen = _first_offsets(data, used_ids)
            ballots_seen = _first_offsets(data, ballot_ids)
            verdicts.pairing(f"{name} {label} layout", codes_seen, ballots_seen)
            # (No order check here: votes reach the database in batches whose sequence is
            # visible, as on the share; within a batch their order is random.)
        # 3. The ballot box: slots, the used-code table's layout, a hot journal.
        conn = _open_copy(box) if box.exists() else None
        if conn is not None:
            try:
                # A copy taken in the middle of a write may hold a slot still zeroed: the
                # attacker reads nothing from it, and neither does this test.
                unpacked = (
                    _unpack(body)
                    for (body,) in conn.execute(
                        "SELECT s.body FROM slots s JOIN occupancy o ON o.n = s.n "
                        "WHERE o.full = 1 ORDER BY s.n"
                    )
                )
                slots = [u["id"] for u in unpacked if u is not None]
                used_rows = [r[0] for r in conn.execute("SELECT id FROM used")]
            except sqlite3.DatabaseError:
                slots, used_rows = [], []
            conn.close()
            verdicts.pairing(f"{name} box slots", used_rows, slots)
            layout = _first_offsets(box_bytes, used_ids)
            # SQLite fills a page's cells from its end: try the layout both ways round.
            verdicts.pairing(f"{name} box layout", layout, slots)
            verdicts.pairing(f"{name} box layout reversed", layout[::-1], slots)
            verdicts.order(f"{name} box slot order", scenario.cast_order, slots)
        if journal_bytes:
            verdicts.pairing(
                f"{name} box journal",
                _first_offsets(journal_bytes, used_ids),
                _first_offsets(journal_bytes, ballot_ids),
            )
        # 4. The outbox waiting for the share, ids sorted, the days.
        conn = _open_copy(db_file) if db_file.exists() else None
        if conn is not None:
            try:
                outbox = [
                    r[0] for r in conn.execute("SELECT row_id FROM secret_outbox ORDER BY id")
                ]
                in_db_codes = [r[0] for r in conn.execute("SELECT id FROM used_codes ORDER BY id")]
                in_db_ballots = [r[0] for r in conn.execute("SELECT id FROM ballots ORDER BY id")]
                days = {r[0] for r in conn.execute("SELECT used_on FROM used_codes")}
                days |= {r[0] for r in conn.execute("SELECT cast_on FROM ballots")}
            except sqlite3.DatabaseError:
                outbox, in_db_codes, in_db_ballots, days = [], [], [], set()
            conn.close()
            verdicts.pairing(f"{name} outbox order", outbox, outbox)
            verdicts.pairing(f"{name} ids sorted", in_db_codes, in_db_ballots)
            assert days <= {TODAY.isoformat()}, f"{name}: a time finer than the day: {days}"
    assert verdicts.run >= 100, f"only {verdicts.run} attacks ran: the copies were empty"
    print(f"{verdicts.run} attacks on {len(scenario.copies)} copies of the kiosk's files")
    assert not verdicts.failures, "\n".join(verdicts.failures)


def _unpack(body: bytes) -> dict | None:
    """A slot's ballot, or None for a slot a torn copy holds half-written."""
    import zlib

    from citizenspace.store.ballot.ballot_box import _unpack as unpack

    try:
        return unpack(body)
    except (zlib.error, ValueError):
        return None


def _segments(share: Path) -> list[dict]:
    return [
        json.loads(gzip.decompress(p.read_bytes()))
        for p in sorted((share / "devices").glob("*/*/seg-*.json.gz"))
    ]


def test_the_share_links_no_ballot_to_its_code_better_than_its_batches_allow(scenario):
    verdicts = Verdicts(scenario.truth)
    groups = []
    for segment in _segments(scenario.share):
        secret = segment["body"]["secret"]
        kiosk = [r for t, r, d in secret if t == "ballots" and d["channel"] != "paper"]
        assert not kiosk or len(kiosk) >= 10, "fewer than ten votes left the kiosk together"
        codes_seen = [r for t, r, _d in secret if t == "used_codes"]
        groups.append((codes_seen, kiosk))
        verdicts.pairing("segment order", codes_seen, kiosk)
        verdicts.order("segment ballot order", scenario.cast_order, kiosk)
        verdicts.order("segment code order", scenario.code_order, codes_seen)
        for t, _r, d in secret:
            day = d["cast_on"] if t == "ballots" else d["used_on"]
            assert day == TODAY.isoformat()
    verdicts.grouped("segment membership", groups)
    assert sum(len(b) for _c, b in groups) == VOTES, "every vote reached the share"
    assert not verdicts.failures, "\n".join(verdicts.failures)


def _everything(scenario: Scenario) -> list[bytes]:
    """Every byte a thief of the kiosk and of the share holds, compressed files opened."""
    found = []
    for folder in (*scenario.copies, scenario.share):
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found.append(data)
                if path.suffix == ".gz":
                    found.append(gzip.decompress(data))
    return found


def test_no_valid_code_can_be_made_from_the_kiosk_or_the_share(scenario):
    everything = _everything(scenario)
    blob = b"\n".join(everything)
    # Not one printed code, in any of the forms a child or a scanner types it.
    for code in scenario.printed:
        for form in (code, codes.format_code(code), code.lower()):
            assert form.encode() not in blob
    # Not the key that makes the batch (the kiosk forgot it at start, WAL included).
    assert scenario.batch_key.encode() not in blob
    assert bytes.fromhex(scenario.batch_key) not in blob
    # Every key-like string on the kiosk or the share, tried as a batch key or an old
    # edition secret: none makes a printed code.
    printed = set(scenario.printed)
    candidates = {m.group().decode() for m in re.finditer(rb"[0-9a-f]{64}", blob)}
    assert candidates, "no key-like string at all: the attack tried nothing"
    for hex_key in candidates:
        key = bytes.fromhex(hex_key)
        assert not set(codes.batch_codes(key, 20)) & printed
        legacy = codes.batch_key(hex_key, "b1")
        assert not set(codes.legacy_batch_codes(legacy, "K7", 20)) & printed
    # What is there — verifiers and a salt — checks codes; 300 guesses find none unused.
    db, _ = open_database(scenario.copies[-1] / scenario.db.name)
    try:
        service = BudgetService(db, today=lambda: TODAY)
        from citizenspace.services.budget.budget import VoteRefused

        for _ in range(300):
            with pytest.raises(VoteRefused):
                service.check_code("ed1", codes.new_code())
    finally:
        db.close()


def test_logs_name_no_code_no_verifier_no_id(db, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    vote = open_vote(db, n_codes=12)
    service = BudgetService(db, today=lambda: TODAY)
    for code in vote.codes:
        service.cast_with_code(vote.edition_id, code, ["p1"])
    held = BallotBox.for_database(db.path).held()
    BudgetService(db, today=lambda: TODAY + timedelta(days=30)).settle_box()
    logging.getLogger("citizenspace.services.budget.budget").debug("probe")
    logs = caplog.text
    assert "probe" in logs, "the application's logs were not captured: this would prove nothing"
    secrets = [*vote.codes, *(u["code_hash"] for u in held.used_codes)]
    secrets += [u["id"] for u in held.used_codes] + [b["id"] for b in held.ballots]
    for text in secrets:
        assert text not in logs
