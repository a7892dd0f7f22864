"""A database on a read-only folder or medium: checked without a trace, never taken for a
damaged one, and refused for writing with the right reason."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from citizenspace.store.migrate import open_database
from citizenspace.store.safety import health

SETPRIV = shutil.which("setpriv")
needs_unprivileged = pytest.mark.skipif(
    SETPRIV is None or os.geteuid() != 0,
    reason="needs root and setpriv to drop the right to ignore file permissions",
)


def test_a_check_leaves_no_companion_files(tmp_path):
    path = tmp_path / "office.db"
    db, _ = open_database(path)
    db.close()
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    health.inspect(path, full=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.db"]


@needs_unprivileged
def test_a_read_only_folder(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "office.db"
    db, _ = open_database(path)
    db.close()
    folder.chmod(0o555)
    path.chmod(0o444)
    before = path.read_bytes()
    code = (
        "import sys\n"
        "from citizenspace.store.safety import health\n"
        "from citizenspace.store.migrate import open_database\n"
        f"p = {str(path)!r}\n"
        "print(health.inspect(p).revision is not None)\n"
        "try:\n"
        "    open_database(p)\n"
        "except health.DatabaseError as e:\n"
        "    print(e.problem.value)\n"
    )
    try:
        r = subprocess.run(
            [SETPRIV, "--inh-caps=-all", "--bounding-set=-all", sys.executable, "-c", code],
            capture_output=True,
            text=True,
        )
    finally:
        folder.chmod(0o755)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["True", "read_only"]
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["office.db"]
