"""Shared fixtures: real SQLite files in temporary folders, real widgets offscreen."""

from __future__ import annotations

import atexit
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: The test files that take ten seconds or more each, longest first (measured with
#: `--durations=0`, summed by file): run first, so that with `-n auto` the workers share out
#: the short ones afterwards instead of one worker finishing a long file alone at the end.
#: Order only: nothing is skipped.
HEAVY_FIRST = (
    "tests/sync/test_convergence.py",
    "tests/sync/test_concurrent_rounds.py",
    "tests/sync/test_compaction.py",
    "tests/services/test_ballot_secrecy.py",
    "tests/sync/test_identity_share.py",
    "tests/views/test_app_startup.py",
    "tests/sync/test_copies.py",
    "tests/services/test_demo.py",
    "tests/cli/test_cli_in_process.py",
    "tests/cli/test_cli.py",
    "tests/services/test_directory_io.py",
    "tests/services/test_budget_crash.py",
    "tests/sync/test_sync_rounds.py",
    "tests/views/test_kiosk.py",
    "tests/cli/test_cli_sync_faults.py",
    "tests/cli/test_cli_budget.py",
    "tests/store/test_health.py",
    "tests/sync/test_superseded.py",
    "tests/views/test_sync_fault_messages.py",
    "tests/services/test_power_cut.py",
    "tests/views/test_main_window.py",
)


def pytest_configure(config: pytest.Config) -> None:
    """`-n auto` hands tests out by work stealing rather than in fixed shares: a worker that
    finishes early takes tests queued for the other, so neither ends alone (about 20 s less
    on 2 cores). Runs without xdist (`-p no:xdist`) have no such option and are left alone."""
    if getattr(config.option, "dist", "no") == "load":
        config.option.dist = "worksteal"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        path = item.nodeid.split("::", 1)[0]
        return HEAVY_FIRST.index(path) if path in HEAVY_FIRST else len(HEAVY_FIRST)

    items.sort(key=rank)  # stable: the order within each file, and of the rest, stays


@pytest.fixture(autouse=True, scope="session")
def _citizenspace_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep logs, backups and demo databases of the test run out of the user's folders."""
    home = tmp_path_factory.mktemp("citizenspace-home")
    old = os.environ.get("CITIZENSPACE_HOME")
    os.environ["CITIZENSPACE_HOME"] = str(home)
    yield home
    if old is None:
        os.environ.pop("CITIZENSPACE_HOME", None)
    else:
        os.environ["CITIZENSPACE_HOME"] = old


_template: Path | None = None


def new_database(path: Path):
    """A new, migrated database at `path`, as `open_database` makes one, under an identity
    of its own: the migrations run once per test process, into a template that each new
    database is a consistent copy of (running them for every database took most of a
    minute of the suite's time per hundred tests). Opened by `open_database`, as the
    application opens an existing file."""
    import shutil
    import sqlite3
    import tempfile
    import uuid

    from citizenspace.store.migrate import open_database
    from citizenspace.store.safety.backup import copy_consistent

    if path.exists() and path.stat().st_size:
        return open_database(path)[0]  # a file the test put there (a copy): opened as it is
    global _template
    if _template is None:
        folder = Path(tempfile.mkdtemp(prefix="cs-test-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        made, _ = open_database(folder / "template.db")
        made.close()
        _template = folder / "template.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    copy_consistent(_template, path)
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "UPDATE local_state SET device_id = ?, epoch = ? WHERE id = 1",
            (str(uuid.uuid4()), str(uuid.uuid4())),
        )
    con.close()
    database, _report = open_database(path)
    return database


@pytest.fixture
def db(tmp_path: Path):
    """A fresh, migrated Citizen Space database in a temporary folder."""
    database = new_database(tmp_path / "t.db")
    yield database
    database.close()


@pytest.fixture
def replicas(tmp_path: Path):
    """Make replica databases by name (a file each, in the test's folder); all closed at
    the end."""
    made = []

    def make(name: str):
        db = new_database(tmp_path / f"{name}.db")
        made.append(db)
        return db

    yield make
    for db in made:
        db.close()


@pytest.fixture
def share(tmp_path: Path) -> Path:
    """An empty central share: a plain folder, as on the city's file server."""
    root = tmp_path / "share"
    root.mkdir()
    return root


@pytest.fixture
def computer_maker(tmp_path: Path, share: Path):
    """Make computers for sync tests: each its own database, its name, and the shared
    folder in its settings; `computer_maker(language)` gives the `make(name, folder)`."""
    from citizenspace.services.shell.settings import SettingsService, SettingsValues

    made = []

    def for_language(language: str):
        def make(name: str, folder: Path | None = None):
            db = new_database(tmp_path / f"{name}.db")
            made.append(db)
            SettingsService(db).save(
                SettingsValues(
                    city_name="Saint-Quentin",
                    site_id=None,
                    device_name=name,
                    share_folder=str(folder or share),
                    language=language,
                )
            )
            return db

        return make

    yield for_language
    for db in made:
        db.close()


@pytest.fixture
def french(qapp):
    """The screens as the French staff read them, plural forms included; the English source
    strings again afterwards."""
    from PySide6.QtCore import QLocale, QTranslator

    from citizenspace import i18n

    locale = QLocale()
    i18n.install(qapp, "fr")
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
