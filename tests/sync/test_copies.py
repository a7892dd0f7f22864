"""Copies of a database, tried as IT makes them, with real processes and real folders.

Who could break the promise that every change made anywhere arrives once and stays: a disk
image cloned before the first start (on distinct machines, or as virtual machines with the
same hostname and MAC address), a file copied on the same PC before or after its first sync,
a file copied to another PC, a backup put back by hand over the database. Each case is
followed by edits on every copy (inserts, a conflicting edit, a delete) and by rounds of
`citizenspace sync` in an order drawn at random (each command a process of its own, forked
from one that imported the application once: `tests/forkserver.py`). Afterwards every replica's `db dump` is
identical (rows and conflicts), every insert is there once, and no deleted row is back.

The seeds are fixed so that a failure replays; CITIZENSPACE_COPY_SEEDS=n tries n more.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests import forkserver

EDIT = Path(__file__).with_name("people_edit.py")
SEEDS = [7] + list(range(100, 100 + int(os.environ.get("CITIZENSPACE_COPY_SEEDS", "0"))))
#: The suite tries the hardest variant of each case (each costs a minute of processes);
#: CITIZENSPACE_COPY_SEEDS also brings the others.
EVERY = bool(os.environ.get("CITIZENSPACE_COPY_SEEDS"))
_COUNTS = re.compile(r"Segments written: (\d+), applied: (\d+)")


class City:
    """Databases on machines, one share, and the command line."""

    def __init__(self, root: Path, seed: int) -> None:
        self.root = root
        self.share = root / "share"
        self.share.mkdir()
        self.rng = random.Random(seed)
        self.machines: dict[str, str] = {}
        self.log: list[str] = []

    def path(self, name: str) -> Path:
        return self.root / f"{name}.db"

    def _env(self, name: str) -> dict[str, str]:
        return {**os.environ, "CITIZENSPACE_MACHINE_ID": self.machines[name]}

    def start(self, name: str, machine: str, *actions: str) -> None:
        """The application opened (and used) on `machine`: its first start, or a later one."""
        self.machines[name] = machine
        self.edit(name, *actions)

    def edit(self, name: str, *actions: str) -> None:
        done = forkserver.run(
            [str(EDIT), str(self.path(name)), *actions], env=self._env(name), timeout=120
        )
        assert done.returncode == 0, done.stderr

    def cli(self, name: str, *args: str) -> subprocess.CompletedProcess[str]:
        return forkserver.run(
            ["-m", "citizenspace", "--lang", "en", "--db", str(self.path(name)), *args],
            env=self._env(name),
        )

    def sync(self, name: str) -> tuple[int, int]:
        done = self.cli(name, "sync", "--share", str(self.share))
        self.log.append(f"{name}: {done.stdout.strip()} {done.stderr.strip()}")
        assert done.returncode == 0, f"{name}: {done.stdout}{done.stderr}"
        m = _COUNTS.search(done.stdout)
        assert m, done.stdout
        return int(m[1]), int(m[2])

    def rounds(self, names: list[str], passes: int = 1) -> None:
        for _ in range(passes):
            order = list(names)
            self.rng.shuffle(order)
            for name in order:
                self.sync(name)

    def settle(self, names: list[str]) -> None:
        """Rounds in random order until a whole pass moves nothing."""
        for _ in range(6):
            order = list(names)
            self.rng.shuffle(order)
            moved = [self.sync(name) for name in order]  # every one, no short cut
            if not any(any(counts) for counts in moved):
                return
        raise AssertionError(
            "the replicas still exchange segments after six passes:\n" + "\n".join(self.log)
        )

    def dump(self, name: str) -> list[dict]:
        done = self.cli(name, "db", "dump")
        assert done.returncode == 0, done.stderr
        return [json.loads(line) for line in done.stdout.splitlines()]

    def copy(self, source: str, target: str) -> None:
        """A plain file copy of a closed database, as IT makes it (its -wal, if any, too)."""
        for suffix in ("", "-wal"):
            src = Path(f"{self.path(source)}{suffix}")
            dst = Path(f"{self.path(target)}{suffix}")
            if src.exists():
                shutil.copyfile(src, dst)
            elif dst.exists():
                dst.unlink()
        Path(f"{self.path(target)}-shm").unlink(missing_ok=True)

    def converged(self, names: list[str], present: set[str], absent: set[str]) -> list[dict]:
        """Every replica holds the same rows and conflicts; each person inserted anywhere
        is there once; no deleted person is back."""
        self.settle(names)
        dumps = {name: self.dump(name) for name in names}
        first = dumps[names[0]]
        for name in names[1:]:
            assert dumps[name] == first, f"{name} differs from {names[0]}"
        people = [d["row"] for d in first if d["table"] == "people"]
        ids = [p["id"] for p in people]
        names_seen = [p["last_name"] for p in people]
        assert len(ids) == len(set(ids)) and len(names_seen) == len(set(names_seen))
        assert present <= set(ids), f"missing: {present - set(ids)}"
        assert not (absent & set(ids)), f"back from the dead: {absent & set(ids)}"
        return first


def _conflicts(dump: list[dict]) -> list[tuple[str, str]]:
    return sorted(
        (d["row"]["row_id"], d["row"]["field"]) for d in dump if d["table"] == "conflict_records"
    )


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "synced_first",
    [False, True] if EVERY else [False],
    ids=["before-first-sync", "after"][: 2 if EVERY else 1],
)
def test_a_copy_on_the_same_pc(tmp_path, seed, synced_first):
    city = City(tmp_path, seed)
    city.start("a", "pc-1", "add:base:Base")
    city.start("b", "pc-2", "add:bea:Bea")
    if synced_first:
        city.rounds(["a", "b"])
    city.copy("a", "a2")
    city.machines["a2"] = "pc-1"
    city.edit("a", "add:alice:Alice", "phone:base:01")
    city.edit("a2", "add:bob:Bob", "phone:base:02")
    city.edit("b", "add:carol:Carol")
    # The smallest case first: nothing more is done after the copies' first rounds.
    city.converged(["a", "a2", "b"], {"base", "alice", "bob", "carol", "bea"}, set())
    city.edit("a", "add:alice2:Alice2", "delete:bea")
    city.edit("a2", "add:bob2:Bob2")
    city.edit("b", "add:carol2:Carol2")
    everyone = {"base", "alice", "bob", "carol", "alice2", "bob2", "carol2"}
    dump = city.converged(["a", "a2", "b"], everyone, {"bea"})
    assert _conflicts(dump) == [("base", "phone")]  # 01 against 02, shown everywhere


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "machines",
    [["vm"] * 3, ["k-1", "k-2", "k-3"]][: 2 if EVERY else 1],
    ids=["vm-clones", "pcs"][: 2 if EVERY else 1],
)
def test_an_image_made_before_the_first_start(tmp_path, seed, machines):
    city = City(tmp_path, seed)
    # The installer made the database; the application never opened it before imaging.
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from citizenspace.store.migrate import "
            "open_database; open_database(sys.argv[1])[0].close()",
            str(city.path("image")),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    kiosks = ["k1", "k2", "k3"]
    for kiosk, machine in zip(kiosks, machines, strict=True):
        city.copy("image", kiosk)
        city.start(kiosk, machine, f"add:{kiosk}:{kiosk.upper()}")
    city.start("desk", "desk-pc", "add:desk:Desk")
    city.converged([*kiosks, "desk"], {"desk", *kiosks}, set())
    for kiosk in kiosks:
        city.edit(kiosk, f"add:{kiosk}b:{kiosk.upper()}B", "phone:desk:0" + kiosk[-1])
    everyone = {"desk", *kiosks, *(f"{k}b" for k in kiosks)}
    dump = city.converged([*kiosks, "desk"], everyone, set())
    assert _conflicts(dump) == [("desk", "phone")] * 2  # three values: two records


@pytest.mark.parametrize("seed", SEEDS)
def test_a_copy_to_another_pc(tmp_path, seed):
    city = City(tmp_path, seed)
    city.start("a", "pc-1", "add:base:Base", "add:gone:Gone")
    city.start("b", "pc-2", "add:bea:Bea")
    city.rounds(["a", "b"])
    city.edit("a", "add:unsent:Unsent", "phone:base:01")  # not published when copied
    city.copy("a", "c")
    city.start("c", "pc-3", "add:cyril:Cyril", "phone:base:03", "delete:gone")
    city.edit("a", "add:alice:Alice", "phone:base:02")
    city.edit("b", "add:bob:Bob")
    city.converged(["a", "b", "c"], {"base", "bea", "unsent", "cyril", "alice", "bob"}, {"gone"})
    city.edit("c", "add:cyril2:Cyril2")
    city.edit("a", "add:alice2:Alice2")
    everyone = {"base", "bea", "unsent", "cyril", "alice", "bob", "cyril2", "alice2"}
    dump = city.converged(["a", "b", "c"], everyone, {"gone"})
    # 02 (the original, after the copy) against 03 (the copy, after the copy): one
    # conflict, the same everywhere; 01, made before the copy, was replaced on both sides.
    assert _conflicts(dump) == [("base", "phone")]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_backup_copied_back_by_hand(tmp_path, seed):
    city = City(tmp_path, seed)
    city.start("a", "pc-1", "add:p1:P1", "add:p2:P2")
    city.start("b", "pc-2", "add:bea:Bea")
    city.rounds(["a", "b"])
    city.copy("a", "saved")  # IT's own backup: a plain copy of the file
    city.edit("a", "add:p3:P3", "delete:p1", "phone:p2:02")
    city.rounds(["a", "b"])
    city.copy("saved", "a")  # ...put back by hand over the database
    city.edit("a", "add:n1:N1", "add:n2:N2", "add:n3:N3", "add:n4:N4")
    city.edit("b", "add:bob:Bob")
    dump = city.converged(["a", "b"], {"p2", "p3", "bea", "bob", "n1", "n2", "n3", "n4"}, {"p1"})
    phones = {d["row"]["id"]: d["row"]["phone"] for d in dump if d["table"] == "people"}
    assert phones["p2"] == "02"  # what the machine published before the restore is kept
    assert _conflicts(dump) == []
