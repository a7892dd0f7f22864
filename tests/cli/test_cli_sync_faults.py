"""`citizenspace sync` on a share with bad entries, and after a damaged segment was published
again, run as real processes on real folders (issue 11, findings 4 and 6).

Exit codes: 0 all went through; 3 the round went through (our changes are on the share, the
others' healthy changes applied) but something on the share was refused or left aside, each
named on standard error; 1 the round failed.

A file this machine may not read is made real: the tests run as root, whom file modes do not
stop, so the replica's round runs as the unprivileged user `nobody` (setpriv), with its
database and the share made accessible to it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from citizenspace.store.media.blobs import BlobStore
from citizenspace.store.migrate import open_database
from citizenspace.store.models import Person
from tests import forkserver
from tests.pictures import svg_bytes
from tests.sync.test_blobs import add_project

NOBODY = 65534
FAKE = "f" * 64


def seg_name(seq: int, checksum: str = FAKE) -> str:
    return f"seg-{seq:012d}-{seq:012d}-{checksum}.json.gz"


class Place:
    """A folder for databases, the share and the app's home, that an unprivileged user can
    use too (pytest's own temporary folders are root's alone)."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="cs-sync-faults-"))
        os.chmod(self.root, 0o777)
        self.home = self.root / "home"
        self.share = self.root / "share"
        for folder in (self.home, self.share):
            folder.mkdir()

    def db(self, name: str, *people: str, picture: bool = False) -> Path:
        path = self.root / f"{name}.db"
        db, _ = open_database(path)
        try:
            with db.write() as s:
                for ident in people:
                    s.add(Person(id=ident, first_name="Léa", last_name=ident))
            if picture:
                add_project(db, BlobStore.for_database(path).put_picture(svg_bytes()))
        finally:
            db.close()
        return path

    def sync(self, db: Path, *, user: int | None = None) -> subprocess.CompletedProcess[str]:
        return self.run("sync", "--db", str(db), "--share", str(self.share), user=user)

    def run(self, *args: str, user: int | None = None) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "CITIZENSPACE_HOME": str(self.home),
            "HOME": str(self.home),
            "QT_QPA_PLATFORM": "offscreen",
        }
        env.pop("XDG_RUNTIME_DIR", None)
        if user is None:  # a process of its own, forked with the application imported
            return forkserver.run(["-m", "citizenspace", *args], env=env, timeout=180)
        command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"]
        command += [sys.executable, "-m", "citizenspace", *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=180)

    def open_to_all(self) -> None:
        """Everything under the place readable and writable by anyone (links left alone)."""
        for folder, dirs, files in os.walk(self.root):
            for name in [*dirs, *files]:
                path = Path(folder) / name
                if not path.is_symlink():
                    path.chmod(0o777 if path.is_dir() else 0o666)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture
def place():
    made = Place()
    yield made
    made.close()


def epoch_folders(share: Path) -> dict[str, Path]:
    """Each device's only epoch folder, by device id."""
    return {d.name: next(d.iterdir()) for d in (share / "devices").iterdir()}


def people_of(place: Place, db: Path) -> list[str]:
    dump = place.run("db", "dump", "--db", str(db))
    assert dump.returncode == 0, dump.stderr
    rows = [json.loads(line) for line in dump.stdout.splitlines()]
    return sorted(r["row"]["id"] for r in rows if r.get("table") == "people")


def unprivileged() -> int | None:
    """The user to run a round as, so that a file mode refuses a read; None: the current one."""
    if os.geteuid() != 0:
        return None
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: a file mode cannot refuse a read here")
    return NOBODY


def test_bad_entries_everywhere_are_named_once_and_every_healthy_segment_arrives(place):
    user = unprivileged()
    writers = {
        "a": place.db("a", "p1", "p2", picture=True),
        "b": place.db("b", "p3"),
        "c": place.db("c", "p4"),
    }
    for path in writers.values():
        assert place.sync(path).returncode == 0
    folders = epoch_folders(place.share)
    ids = {name: _device_of(place, path) for name, path in writers.items()}
    a_epoch, b_epoch, c_epoch = (folders[ids[n]] for n in "abc")

    bad: dict[Path, str] = {}  # each bad entry, and the words that must name it
    folder_as_segment = a_epoch / seg_name(1)
    folder_as_segment.mkdir()
    bad[folder_as_segment] = "dossier à la place d'un fichier"
    [c_segment] = sorted(c_epoch.glob("seg-*"))
    loop_segment = b_epoch / seg_name(1)
    os.symlink(loop_segment.name, loop_segment)
    bad[loop_segment] = "ne peut pas être lu"
    loop_device = place.share / "devices" / "0a0a0a0a-loop-4000-8000-000000000000"
    os.symlink(loop_device.name, loop_device)
    bad[loop_device] = "ne peut pas être lu"
    zero_segment = b_epoch / seg_name(1, "e" * 64)  # 0 bytes, named like a segment
    zero_segment.write_bytes(b"")
    (place.share / "snapshots").mkdir()
    stray_folders = [
        place.share / "devices",
        a_epoch.parent,
        a_epoch,
        place.share / "acks",
        place.share / "acks" / ids["a"],
        place.share / "snapshots",
        place.share / "blobs",
        next((place.share / "blobs").iterdir()),
    ]
    for folder in [place.share, *stray_folders]:
        (folder / "vide.txt").write_bytes(b"")  # a file of 0 bytes in each folder
    for folder in stray_folders:
        bad[folder / "vide.txt"] = "n'est pas un fichier d'Espace Citoyens"
    fresh = place.db("fresh")
    place.open_to_all()
    c_segment.chmod(0)  # the one file this machine may not read
    bad[c_segment] = "ne peut pas être lu"

    result = place.sync(fresh, user=user)

    out = result.stdout + result.stderr
    assert result.returncode == 3, out
    assert "Traceback" not in out and "indisponible" not in out
    for path, words in bad.items():
        name = path.relative_to(place.share).as_posix()
        assert out.count(name) == 1, (name, out)
        line = next(line for line in out.splitlines() if name in line)
        assert words in line, line
    assert out.count(zero_segment.name) == 1  # refused as damaged, named once
    # The share's root is the user's folder: a file there is none of our business.
    assert (place.share / "vide.txt").exists()
    assert not any(line.strip().startswith("vide.txt") for line in out.splitlines())
    # Every healthy segment arrived; c's only one waits for the rights to read it.
    assert people_of(place, fresh) == ["p1", "p2", "p3"]

    c_segment.chmod(0o666)
    result = place.sync(fresh, user=user)
    assert result.returncode == 3  # the other bad entries are still there, named again
    assert people_of(place, fresh) == ["p1", "p2", "p3", "p4"]


def _device_of(place: Place, path: Path) -> str:
    db, _ = open_database(path)
    try:
        return db.local_state().device_id
    finally:
        db.close()


def bit_flip(path: Path) -> None:
    data = path.read_bytes()
    middle = len(data) // 2
    path.write_bytes(data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :])


def test_a_damaged_segment_is_no_ones_error_once_its_writer_republished(place):
    a, b, c = place.db("a", "p1"), place.db("b", "p2"), place.db("c")
    for path in (a, b):
        assert place.sync(path).returncode == 0
    more = open_database(a)[0]
    with more.write() as s:
        s.add(Person(id="p3", first_name="Kamel", last_name="p3"))
    more.close()
    assert place.sync(a).returncode == 0
    a_epoch = epoch_folders(place.share)[_device_of(place, a)]
    second = sorted(a_epoch.glob("seg-*"))[1]
    bit_flip(second)
    refused = place.sync(b)
    assert refused.returncode == 3 and second.name in refused.stderr

    writer = place.sync(a)  # finds its own segment damaged: publishes everything again
    assert writer.returncode == 0, writer.stdout + writer.stderr

    for path in (b, c, a):  # one more round each, the writer included
        result = place.sync(path)
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stderr == ""
        assert "refusés\xa0: 0\u202f;" in result.stdout, result.stdout
    dumps = {place.run("db", "dump", "--db", str(p)).stdout for p in (a, b, c)}
    assert len(dumps) == 1
    assert people_of(place, c) == ["p1", "p2", "p3"]
