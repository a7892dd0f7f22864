"""The budget commands, run as real processes: the known figures, JSON for scripts, one plain
line and a non-zero exit on bad input."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from citizenspace.services.budget.budget import BudgetService
from citizenspace.store.migrate import open_database
from tests import forkserver
from tests.budget_fixtures import open_vote

DATA = Path(__file__).resolve().parents[1] / "data" / "pabulib"
CENTRAL_FALLS = (
    DATA / "US_Stanford_Dataset_2022_Central_Falls_High_School_Participatory_Budgeting_Vote_"
    "vote_approvals.pb"
)


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CITIZENSPACE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    # A process of its own, forked from a server that imported the application once
    # (tests/forkserver.py): the command's own exit code, output and files, without
    # paying the interpreter's start for each of them.
    return forkserver.run(["-m", "citizenspace", *args], env=env, timeout=120)


@pytest.mark.parametrize(
    ("args", "spent"),
    [
        (["--rule", "greedy"], 8700),
        (["--rule", "mes"], 8700),
        (["--rule", "mes", "--no-completion"], 5500),
    ],
)
def test_tally_gives_the_known_central_falls_figures(tmp_path, args, spent):
    r = run("budget", "tally", str(CENTRAL_FALLS), *args, "--json", home=tmp_path)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["total_cost"] == spent and report["budget"] == 10_000


def test_tally_in_words_says_why_in_french(tmp_path):
    r = run("budget", "tally", str(CENTRAL_FALLS), home=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "8\u202f700" in r.stdout
    assert "Non financé" in r.stdout and "Financé" in r.stdout


def test_tally_of_a_broken_file_fails_in_one_line(tmp_path):
    bad = tmp_path / "bad.pb"
    bad.write_text("META\nkey;value\nbudget;10\n", encoding="utf-8")
    r = run("budget", "tally", str(bad), home=tmp_path)
    assert r.returncode == 1 and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and "bad.pb" in r.stderr


def test_import_export_batches_and_slips(tmp_path):
    db_path = tmp_path / "city.db"
    r = run("budget", "import", str(CENTRAL_FALLS), "--db", str(db_path), home=tmp_path)
    # The file must exist for import (an edition goes into a database): create it first.
    assert r.returncode == 1
    db, _ = open_database(db_path)
    vote = open_vote(db, n_codes=10)
    db.close()
    r = run("budget", "import", str(CENTRAL_FALLS), "--db", str(db_path), home=tmp_path)
    assert r.returncode == 0, r.stderr
    r = run("budget", "batches", "--db", str(db_path), "--json", home=tmp_path)
    (batch,) = json.loads(r.stdout)
    assert batch["id"] == vote.batch_id and batch["size"] == 10
    out = tmp_path / "slips.pdf"
    r = run(
        "budget",
        "slips",
        "--db",
        str(db_path),
        "--batch",
        vote.batch_id,
        "-o",
        str(out),
        home=tmp_path,
    )
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF")
    editions = {e.title: e.id for e in _editions(db_path)}
    pb = tmp_path / "export.pb"
    central = editions["2022 Central Falls High School Participatory Budgeting Vote"]
    r = run(
        "budget", "export", "--db", str(db_path), "--edition", central, "-o", str(pb), home=tmp_path
    )
    assert r.returncode == 0, r.stderr
    r = run("budget", "tally", str(pb), "--json", home=tmp_path)
    assert json.loads(r.stdout)["total_cost"] == 8700


def _editions(db_path: Path):
    db, _ = open_database(db_path)
    try:
        return BudgetService(db).editions()
    finally:
        db.close()
