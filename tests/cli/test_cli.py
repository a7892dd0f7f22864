"""The command line, run as a real process: exit codes and one plain line on failure."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from citizenspace import __version__
from citizenspace.store.migrate import open_database
from tests import forkserver


def run(*args: str, env_home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CITIZENSPACE_HOME": str(env_home), "QT_QPA_PLATFORM": "offscreen"}
    # A process of its own, forked from a server that imported the application once
    # (tests/forkserver.py): the command's own exit code, output and files, without
    # paying the interpreter's start for each of them.
    return forkserver.run(["-m", "citizenspace", *args], env=env, timeout=120)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def good(tmp_path) -> Path:
    path = tmp_path / "good.db"
    db, _ = open_database(path)
    db.close()
    return path


def test_version(tmp_path):
    """Through the real entry point, `python -m citizenspace`, in a fresh interpreter."""
    env = {**os.environ, "CITIZENSPACE_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run(
        [sys.executable, "-m", "citizenspace", "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0 and r.stdout.strip() == f"citizenspace {__version__}"


@pytest.mark.parametrize("kind", ["random", "truncated"])
def test_db_check_on_a_broken_file_fails_in_one_line_and_changes_nothing(tmp_path, good, kind):
    broken = tmp_path / "broken.db"
    if kind == "random":
        broken.write_bytes(os.urandom(50_000))
    else:
        broken.write_bytes(good.read_bytes()[:6000])
    before = sha(broken)
    r = run("db", "check", "--db", str(broken), env_home=tmp_path)
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert "Traceback" not in r.stderr
    assert (
        lines[0]
        == {
            "random": f"{broken} n'est pas une base Espace Citoyens (ce n'est pas un fichier SQLite).",
            "truncated": "Le fichier de la base de données est incomplet, probablement tronqué par "
            f"une copie qui a échoué ({broken}).",
        }[kind]
    )
    assert sha(broken) == before
    assert not Path(str(broken) + "-wal").exists()


def test_db_check_speaks_french_by_default_and_english_on_request(tmp_path):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database at all" * 100)
    fr = run("db", "check", "--db", str(broken), env_home=tmp_path)
    en = run("db", "check", "--db", str(broken), "--lang", "en", env_home=tmp_path)
    assert "n'est pas une base Espace Citoyens" in fr.stderr
    assert "is not a Citizen Space database" in en.stderr


def test_db_check_on_a_sound_database(tmp_path, good):
    r = run("db", "check", "--db", str(good), "--full", env_home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("OK")


def test_db_backup_writes_a_copy(tmp_path, good):
    target = tmp_path / "copies"
    r = run("db", "backup", "--db", str(good), "--to", str(target), env_home=tmp_path)
    assert r.returncode == 0, r.stderr
    copies = list(target.glob("good-*.db"))
    assert len(copies) == 1
    assert run("db", "check", "--db", str(copies[0]), env_home=tmp_path).returncode == 0


def test_db_upgrade_on_a_current_database(tmp_path, good):
    r = run("db", "upgrade", "--db", str(good), env_home=tmp_path)
    assert r.returncode == 0, r.stderr


def test_db_upgrade_refuses_to_create_a_database(tmp_path):
    missing = tmp_path / "missing.db"
    r = run("db", "upgrade", "--db", str(missing), env_home=tmp_path)
    assert r.returncode != 0 and len(r.stderr.strip().splitlines()) == 1
    assert not missing.exists()


def test_a_command_without_db_says_so(tmp_path):
    r = run("db", "check", env_home=tmp_path)
    assert r.returncode != 0 and "--db" in r.stderr


def test_an_unknown_command_is_a_usage_error(tmp_path):
    r = run("frobnicate", env_home=tmp_path)
    assert r.returncode == 2


def test_people_import_names_the_bad_line_and_writes_nothing(tmp_path, good):
    bad = tmp_path / "candidats.csv"
    bad.write_bytes(
        "Nom;Prénom;Année de naissance\nDupont;Jean;1950\nMartin;;1960\n".encode("cp1252")
    )
    r = run("people", "import", "--db", str(good), str(bad), "--lang", "en", env_home=tmp_path)
    assert r.returncode == 1
    assert r.stderr.strip() == "Line 3: first name is required. (nothing was imported)"
    ok = tmp_path / "ok.csv"
    ok.write_bytes("\ufeffNom;Prénom\nDupont;Jean\nMartin;Anne\n".encode())
    r = run("people", "import", "--db", str(good), str(ok), "--lang", "en", env_home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"People imported from {ok}: 2."


def test_a_command_line_mistake_is_one_line_in_french(tmp_path):
    r = run("demo", "--db", str(tmp_path / "d.db"), "--today", "2026-13-01", env_home=tmp_path)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Cette commande n'est pas valide")
