"""The `citizenspace` command: the staff application, and headless jobs for scripts and IT.

    citizenspace [--db PATH] [--lang fr|en] [--demo] [--screenshot FILE.png]
    citizenspace demo --db PATH [--scale N] [--seed N] [--today YYYY-MM-DD]
    citizenspace db check|backup|upgrade --db PATH
    citizenspace people import --db PATH FILE.csv

Exit code 0 on success; otherwise non-zero with one plain line on standard error. One
exception, `sync`: 3 when the round went through (this machine's changes are on the share, the
others' healthy changes applied) but something on the share was refused or left aside (a
damaged segment, an unreadable or stray entry), each named on standard error: a scheduled
task must not take that for success, nor for a round that failed (1).
Imports stay inside the functions so that opening the window starts fast.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from citizenspace import __version__

if TYPE_CHECKING:
    from citizenspace.services.sync.sync import SyncService

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
# `sync` only: the exchange went through, but entries of the share were refused or skipped.
EXIT_PARTIAL = 3

log = logging.getLogger("citizenspace.cli")


# The most of an unexpected error's message printed on the one line (the log has it all).
UNEXPECTED_MAX_CHARS = 200


class CommandFailed(Exception):
    """A command could not do its job; the message is the one line the user reads."""


def _one_line(exc: BaseException, limit: int = UNEXPECTED_MAX_CHARS) -> str:
    """The exception's type and the first line of its message, cut to `limit` characters:
    a message may span lines or hold a whole SQL statement, and the user reads one line."""
    lines = str(exc).strip().splitlines()
    first = lines[0].strip() if lines else ""
    if len(first) > limit:
        first = first[: limit - 1].rstrip() + "…"
    name = type(exc).__name__
    return f"{name}: {first}" if first else name


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake on the command line is one line in the user's language."""

    def error(self, message: str) -> None:  # type: ignore[override]  # argparse's error() returns NoReturn; ours raises too
        line = (
            QCoreApplication.translate("Cli", "This command is not valid (%1). See: %2 --help")
            .replace("%1", message)
            .replace("%2", self.prog)
        )
        print(line, file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _command(
    sub: argparse._SubParsersAction, name: str, help_text: str, common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    """A sub-command taking the common options (`--db`, `--lang`); `help_text` translated."""
    return sub.add_parser(name, parents=[common], help=help_text)


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        help=QCoreApplication.translate("Cli", "as JSON, for scripts"),
    )


def _parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help=QCoreApplication.translate("Cli", "database file"),
    )
    common.add_argument(
        "--lang",
        choices=("fr", "en"),
        default=argparse.SUPPRESS,
        help=QCoreApplication.translate("Cli", "language of messages (default: French)"),
    )

    p = _Parser(
        prog="citizenspace",
        description=QCoreApplication.translate(
            "Cli", "Citizen Space: the participation office's desk, kiosk and printed page."
        ),
        parents=[common],
    )
    p.add_argument("--version", action="version", version=f"citizenspace {__version__}")
    p.add_argument(
        "--demo",
        action="store_true",
        help=QCoreApplication.translate("Cli", "open a demo city (created if needed)"),
    )
    p.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help=QCoreApplication.translate("Cli", "render the main window to a PNG file and exit"),
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    demo = _command(
        sub,
        "demo",
        QCoreApplication.translate("Cli", "write a demo city into a new database"),
        common,
    )
    demo.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help=QCoreApplication.translate(
            "Cli", "1 = a year of a 55,000-inhabitant city (about 20,000 visits)"
        ),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=2026,
        help=QCoreApplication.translate("Cli", "another number gives another city (default: 2026)"),
    )
    demo.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        help=QCoreApplication.translate("Cli", "the demo's reference date (default: today)"),
    )

    db = sub.add_parser(
        "db", help=QCoreApplication.translate("Cli", "check, back up or upgrade a database")
    )
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    check = _command(
        dbsub,
        "check",
        QCoreApplication.translate("Cli", "check a database without changing it"),
        common,
    )
    check.add_argument(
        "--full",
        action="store_true",
        help=QCoreApplication.translate("Cli", "complete (slower) integrity check"),
    )
    backup = _command(
        dbsub, "backup", QCoreApplication.translate("Cli", "make a backup copy now"), common
    )
    backup.add_argument(
        "--to",
        type=Path,
        default=None,
        metavar="DIR",
        help=QCoreApplication.translate(
            "Cli", "folder for the copy (default: 'backups' beside the database)"
        ),
    )
    _command(
        dbsub,
        "upgrade",
        QCoreApplication.translate(
            "Cli", "bring the database to this version's schema (after a backup)"
        ),
        common,
    )

    people = sub.add_parser(
        "people", help=QCoreApplication.translate("Cli", "import people from a spreadsheet")
    )
    psub = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    pimport = _command(
        psub,
        "import",
        QCoreApplication.translate(
            "Cli", "import a CSV file (French Excel ';' or ','), all or nothing"
        ),
        common,
    )
    pimport.add_argument("file", type=Path, metavar="FILE.csv")

    _command(
        dbsub,
        "dump",
        QCoreApplication.translate(
            "Cli", "print every synced record, sorted: converged replicas print the same bytes"
        ),
        common,
    )
    kiosk = _command(
        sub,
        "kiosk",
        QCoreApplication.translate("Cli", "open the children's voting kiosk (full screen)"),
        common,
    )
    kiosk.add_argument(
        "--demo",
        action="store_true",
        help=QCoreApplication.translate("Cli", "open the demo city's kiosk (created if needed)"),
    )
    kiosk.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help=QCoreApplication.translate("Cli", "render the kiosk to a PNG file and exit"),
    )
    kiosk.add_argument(
        "--windowed",
        action="store_true",
        help=QCoreApplication.translate("Cli", "in a window rather than full screen"),
    )

    budget = _command(
        sub, "budget", QCoreApplication.translate("Cli", "children's participatory budget"), common
    )
    bsub = budget.add_subparsers(dest="budget_command", metavar="ACTION", required=True)
    batches = _command(
        bsub, "batches", QCoreApplication.translate("Cli", "list the voting code batches"), common
    )
    _json_option(batches)

    tally = _command(
        bsub,
        "tally",
        QCoreApplication.translate(
            "Cli", "count a pabulib .pb file: funded projects, cost, and why"
        ),
        common,
    )
    tally.add_argument("file", type=Path, metavar="FILE.pb")
    tally.add_argument(
        "--rule",
        choices=("greedy", "mes"),
        default="greedy",
        help=QCoreApplication.translate(
            "Cli", "greedy by votes (default) or the Method of Equal Shares"
        ),
    )
    tally.add_argument(
        "--no-completion",
        action="store_true",
        help=QCoreApplication.translate("Cli", "Equal Shares without the add-one completion"),
    )
    _json_option(tally)
    bimport = _command(
        bsub,
        "import",
        QCoreApplication.translate(
            "Cli", "create an edition, its projects and ballots from a pabulib .pb file"
        ),
        common,
    )
    bimport.add_argument("file", type=Path, metavar="FILE.pb")
    bexport = _command(
        bsub,
        "export",
        QCoreApplication.translate(
            "Cli", "write an edition's projects and ballots as a pabulib .pb file"
        ),
        common,
    )
    bexport.add_argument("--edition", required=True, metavar="ID")
    bexport.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pb")
    slips = _command(
        bsub,
        "slips",
        QCoreApplication.translate("Cli", "print a batch's voting slips to a PDF file"),
        common,
    )
    slips.add_argument("--batch", required=True, metavar="ID")
    slips.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    ballots = _command(
        bsub,
        "ballots",
        QCoreApplication.translate("Cli", "print paper ballots to a PDF file"),
        common,
    )
    ballots.add_argument("--edition", required=True, metavar="ID")
    ballots.add_argument(
        "--count",
        type=int,
        default=50,
        help=QCoreApplication.translate("Cli", "how many ballots (default: 50)"),
    )
    ballots.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")

    sync = _command(
        sub,
        "sync",
        QCoreApplication.translate(
            "Cli", "exchange changes with the central share once, and print a summary"
        ),
        common,
    )
    sync.add_argument(
        "--share",
        type=Path,
        required=True,
        metavar="DIR",
        help=QCoreApplication.translate("Cli", "the central share folder (server or USB stick)"),
    )
    sync.add_argument(
        "--wait",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help=QCoreApplication.translate(
            "Cli",
            "how long to wait for another synchronisation of the same database to end "
            "(default: 60)",
        ),
    )
    sync.add_argument(
        "--init-demo-share",
        action="store_true",
        help=QCoreApplication.translate(
            "Cli",
            "first make DIR (empty or new) a demo shared folder for this demo city, to try "
            "the sync with demo cities made alike; a real city never uses it",
        ),
    )
    return p


def _seconds(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 86_400:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "not a number of seconds: %1").replace("%1", raw)
        )
    return value


def _require_db(args: argparse.Namespace) -> Path:
    db = getattr(args, "db", None)
    if db is None:
        raise CommandFailed(
            QCoreApplication.translate("Cli", "Missing --db PATH: which database file?")
        )
    return db


def _database_error(exc: Exception) -> CommandFailed:
    from citizenspace.messages import database_problem

    return CommandFailed(database_problem(exc))  # type: ignore[arg-type]  # every store error has a message


def _inspect(path: Path, full: bool = False):  # noqa: ANN202 - a HealthReport; imports stay lazy
    """What the health check finds in the database at `path`; a database that cannot be
    used is the command's one line."""
    from citizenspace.store.safety import health

    try:
        return health.inspect(path, full=full)
    except health.DatabaseError as exc:
        raise _database_error(exc) from exc


def _open(path: Path, *, create: bool = True, upgrade: bool = True):  # noqa: ANN202 - (Database, report); imports stay lazy
    """`open_database`; a database that cannot be opened is the command's one line."""
    from citizenspace.store.migrate import open_database
    from citizenspace.store.safety.health import DatabaseError

    try:
        return open_database(path, create=create, upgrade=upgrade)
    except DatabaseError as exc:
        raise _database_error(exc) from exc


def _open_existing(path: Path):  # noqa: ANN202 - a Database; imports stay lazy
    """Open a database that must exist and be current: commands never create or upgrade
    one behind the user's back."""
    db, _ = _open(path, create=False, upgrade=False)
    return db


@contextlib.contextmanager
def _existing(path: Path) -> Iterator:
    """`_open_existing`, closed once the command is done with it."""
    db = _open_existing(path)
    try:
        yield db
    finally:
        db.close()


def cmd_demo(args: argparse.Namespace) -> int:
    from citizenspace.services.common.errors import ServiceError
    from citizenspace.services.demo.demo import DemoRefused, generate

    path = _require_db(args)
    if args.scale <= 0 or args.scale > 100:
        raise CommandFailed(
            QCoreApplication.translate("Cli", "The scale must be above 0 and at most 100.")
        )
    db, _ = _open(path, upgrade=False)
    try:
        summary = generate(db, scale=args.scale, seed=args.seed, today=args.today)
    except DemoRefused as exc:
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli", "%1 already holds data: the demo city is only written into a new database."
            ).replace("%1", str(path))
        ) from exc
    except ServiceError as exc:
        log.exception("demo city not written to %s", path)
        raise CommandFailed(
            QCoreApplication.translate("Cli", "The demo city could not be written to %1: %2")
            .replace("%1", str(path))
            .replace("%2", _one_line(exc))
        ) from exc
    finally:
        db.close()
    print(
        QCoreApplication.translate(
            "Cli", "Demo city written to %1: %2 people, %3 events, %4 visits."
        )
        .replace("%1", str(path))
        .replace("%2", _number(summary.counts.get("people", 0)))
        .replace("%3", _number(summary.counts.get("events", 0)))
        .replace("%4", _number(summary.counts.get("visits", 0)))
    )
    return EXIT_OK


def cmd_db_check(args: argparse.Namespace) -> int:
    from sqlalchemy import create_engine

    from citizenspace.store import capture
    from citizenspace.store.safety import health

    path = _require_db(args)
    report = _inspect(path, full=args.full)
    engine = create_engine(f"sqlite:///{path.resolve().as_uri()}?mode=ro&uri=true")
    try:
        with engine.connect() as conn:
            problems = capture.verify(conn)
    finally:
        engine.dispose()
    if problems:
        raise _database_error(
            health.DatabaseError(
                health.Problem.CAPTURE_BROKEN,
                ", ".join(f"{p.table}: {p.reason}" for p in problems[:3]),
            )
        )
    if report.needs_upgrade:
        print(
            QCoreApplication.translate(
                "Cli", "OK: %1 is sound; schema %2 will be upgraded when the application opens it."
            )
            .replace("%1", str(path))
            .replace("%2", str(report.revision))
        )
    else:
        print(
            QCoreApplication.translate(
                "Cli", "OK: %1 is a sound Citizen Space database (schema %2)."
            )
            .replace("%1", str(path))
            .replace("%2", str(report.revision))
        )
    return EXIT_OK


def cmd_db_backup(args: argparse.Namespace) -> int:
    from citizenspace.store.safety.backup import make_backup

    path = _require_db(args)
    _inspect(path)
    import sqlite3

    folder = args.to or path.parent / "backups"
    try:
        target = make_backup(path, "manual", folder=args.to)
    except (OSError, sqlite3.Error) as exc:
        log.warning("backup of %s into %s failed: %s", path, folder, exc)
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli",
                "The backup could not be written into %1: check that it is a folder this "
                "computer can write to, with enough free space.",
            ).replace("%1", str(folder))
        ) from exc
    print(QCoreApplication.translate("Cli", "Backup written to %1").replace("%1", str(target)))
    return EXIT_OK


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    path = _require_db(args)
    db, report = _open(path, create=False)
    db.close()
    if report is None:
        print(
            QCoreApplication.translate("Cli", "%1 is already up to date.").replace("%1", str(path))
        )
    else:
        print(
            QCoreApplication.translate(
                "Cli", "%1 upgraded from schema %2 to %3; backup kept at %4."
            )
            .replace("%1", str(path))
            .replace("%2", str(report.from_revision))
            .replace("%3", report.to_revision)
            .replace("%4", str(report.backup))
        )
    return EXIT_OK


def _number(n: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(n)


def cmd_people_import(args: argparse.Namespace) -> int:
    from citizenspace.messages import import_problem
    from citizenspace.services.people.people_import import ImportRejected, PeopleImportService

    # An older database is not upgraded behind the user's back by an import.
    try:
        with _existing(_require_db(args)) as db:
            report = PeopleImportService(db).import_file(args.file)
    except ImportRejected as exc:
        first = import_problem(exc.problems[0])
        total = len(exc.problems)
        if exc.more:
            first += " " + QCoreApplication.translate(
                "Cli", "(problems found: more than %1; nothing was imported)"
            ).replace("%1", _number(total))
        elif total > 1:
            # No plural forms in the command line (lupdate cannot see them in translate()):
            # a number after a label reads right in both languages.
            first += " " + QCoreApplication.translate(
                "Cli", "(problems found: %1 in all; nothing was imported)"
            ).replace("%1", _number(total))
        else:
            first += " " + QCoreApplication.translate("Cli", "(nothing was imported)")
        raise CommandFailed(first) from exc
    line = (
        QCoreApplication.translate("Cli", "People imported from %1: %2.")
        .replace("%1", str(args.file))
        .replace("%2", _number(report.imported))
    )
    if report.already_known:
        line += " " + QCoreApplication.translate(
            "Cli", "Already in the register, skipped: %1."
        ).replace("%1", _number(report.already_known))
    print(line)
    return EXIT_OK


def cmd_db_dump(args: argparse.Namespace) -> int:
    from citizenspace.sync.merge import dump

    with _existing(_require_db(args)) as db:
        out = sys.stdout
        for line in dump(db):
            out.write(line + "\n")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from citizenspace.services.sync.sync import SyncService
    from citizenspace.sync.engine import ROUND_WAIT_S

    path = _require_db(args)
    wait = ROUND_WAIT_S if args.wait is None else args.wait
    with _existing(path) as db:
        from citizenspace.store.identity import check_machine

        check_machine(db)  # a copied or cloned database must not publish as its original
        if getattr(args, "init_demo_share", False):
            _init_demo_share(SyncService(db), path, args.share)
        # Through the service, as the application does: the round is recorded alike (the
        # Sync page and the status bar tell a command-line round too).
        summary = SyncService(db, lambda: str(args.share)).run_round(flush_secret=True, wait_s=wait)
    report = summary.report
    if report is None:  # stopped before the engine could report (a file error, a bug)
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli", "The central share %1 cannot be used now: %2. Nothing was lost."
            )
            .replace("%1", str(args.share))
            .replace("%2", summary.problem_detail or str(summary.problem))
        )
    if report.problem in ("demo", "demo_share", "demo_other_city"):
        raise CommandFailed(_demo_refusal(report.problem, report.problem_detail, path, args.share))
    if report.problem == "busy":
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli",
                "Another synchronisation is running on this database (%1): this one waited "
                "%2 seconds, then stopped without changing anything. Run it again once the "
                "other one is over.",
            )
            .replace("%1", str(path))
            .replace("%2", _number(round(wait)))
        )
    if report.problem == "SnapshotUnusable":
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli",
                "%1 is new and cannot start from the share's snapshot (%2), and the oldest "
                "segments were compacted away: nothing was applied. Another computer's next "
                "sync publishes a new snapshot; try again then.",
            )
            .replace("%1", str(path))
            .replace("%2", _snapshot_problem(report.snapshot_problem, report.problem_detail))
        )
    if report.problem:
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli", "The central share %1 cannot be used now: %2. Nothing was lost."
            )
            .replace("%1", str(args.share))
            .replace("%2", report.problem_detail or report.problem)
        )
    if report.started_from:
        print(
            QCoreApplication.translate(
                "Cli", "New database: started from the share's snapshot %1."
            ).replace("%1", report.started_from)
        )
    elif report.snapshot_problem:
        print(
            QCoreApplication.translate(
                "Cli",
                "New database: the share's snapshot could not be used (%1); "
                "following the segments instead.",
            ).replace("%1", _snapshot_problem(report.snapshot_problem, "")),
            file=sys.stderr,
        )
    print(
        QCoreApplication.translate(
            "Cli",
            "Segments written: %1, applied: %2, rejected: %3; changes applied: %4; "
            "conflicts to review: %5; devices seen: %6.",
        )
        .replace("%1", _number(report.written))
        .replace("%2", _number(report.applied))
        .replace("%3", _number(len(report.rejected)))
        .replace("%4", _number(report.changes_applied))
        .replace("%5", _number(report.conflicts))
        .replace("%6", _number(len(report.devices_seen)))
    )
    if report.identity_left:
        print(
            QCoreApplication.translate(
                "Cli",
                "Another copy of this database also exchanges with the share (a cloned disk, "
                "or a file copied or put back by hand): this one now exchanges as a device of "
                "its own. Nothing was lost. Seen in: %1",
            ).replace("%1", "; ".join(report.copies_seen)),
            file=sys.stderr,
        )
    if report.snapshot_published or report.segments_compacted:
        print(
            QCoreApplication.translate(
                "Cli", "Share upkeep: snapshot published: %1; segments removed: %2."
            )
            .replace("%1", report.snapshot_published or "-")
            .replace("%2", _number(report.segments_compacted))
        )
    if report.rejected or report.held_back or report.gaps:
        details = report.rejected + report.held_back + report.gaps
        print(
            QCoreApplication.translate("Cli", "Not applied: %1").replace("%1", "; ".join(details)),
            file=sys.stderr,
        )
    if report.skipped:
        from citizenspace.messages import share_entry

        print(
            QCoreApplication.translate(
                "Cli", "Left aside on the shared folder (everything else was exchanged):"
            ),
            file=sys.stderr,
        )
        for path, fault in report.skipped:
            print("  " + share_entry(path, fault), file=sys.stderr)
    return EXIT_PARTIAL if report.rejected or report.skipped else EXIT_OK


def _demo_again(key: str) -> str:
    """The command that makes a demo city like the one `key` names (see services.demo)."""
    from citizenspace.services.demo.demo import DemoCity

    city = DemoCity.from_key(key)
    if city is None:
        return "citizenspace demo --db FILE"
    return (
        f"citizenspace demo --db FILE --today {city.today.isoformat()} --seed {city.seed} "
        f"--scale {city.scale:g}"
    )


def _demo_refusal(problem: str, detail: str, db: Path, share: Path) -> str:
    """Why a demo city and a share were not exchanged, in words (`sync.engine._demo_rule`)."""
    if problem == "demo_share":
        return QCoreApplication.translate(
            "Cli",
            "%1 is a demo shared folder, made to try the sync with demo cities: a real "
            "city's database is never exchanged with it. Nothing was exchanged.",
        ).replace("%1", str(share))
    if problem == "demo_other_city":
        return (
            QCoreApplication.translate(
                "Cli",
                "%1 is the demo shared folder of another demo city (made another day, or "
                "from other data files): nothing was exchanged, so that two demo cities are "
                "not mixed. Make a demo city like that one, then sync it: %2",
            )
            .replace("%1", str(share))
            .replace("%2", _demo_again(detail))
        )
    return (
        QCoreApplication.translate(
            "Cli",
            "%1 holds a demo city: it is exchanged only with a demo shared folder, never "
            "with a real city's, and %2 is not one. Nothing was exchanged. To try the sync, "
            "make a demo shared folder in an empty folder: %3",
        )
        .replace("%1", str(db))
        .replace("%2", str(share))
        .replace("%3", f"citizenspace sync --db {db} --share FOLDER --init-demo-share")
    )


def _init_demo_share(service: SyncService, db: Path, share: Path) -> None:
    """`sync --init-demo-share`: make the folder a demo share first, and say so."""
    from citizenspace.services.sync.sync import DemoShareError, DemoShareNotMade

    try:
        made = service.init_demo_share(share)
    except DemoShareNotMade as exc:
        words = {
            DemoShareError.NOT_DEMO: QCoreApplication.translate(
                "Cli",
                "%1 holds a real city: a demo shared folder is made from a demo city only "
                "(citizenspace demo --db FILE).",
            ),
            DemoShareError.NO_CITY_KEY: QCoreApplication.translate(
                "Cli",
                "%1 holds a demo city made by an older version, which does not say which "
                "demo it is: make it again (citizenspace demo --db FILE), then try again.",
            ),
            DemoShareError.REAL_SHARE: QCoreApplication.translate(
                "Cli",
                "%2 is a real city's shared folder: it is never turned into a demo one. "
                "Choose an empty folder.",
            ),
            DemoShareError.OTHER_CITY: QCoreApplication.translate(
                "Cli",
                "%2 is already the demo shared folder of another demo city. Choose an empty "
                "folder, or make a demo city like that one: %3",
            ),
            DemoShareError.UNUSABLE: QCoreApplication.translate(
                "Cli", "%2 cannot be made a demo shared folder: %3"
            ),
        }
        third = _demo_again(exc.detail) if exc.code is DemoShareError.OTHER_CITY else exc.detail
        raise CommandFailed(
            words[exc.code].replace("%1", str(db)).replace("%2", str(share)).replace("%3", third)
        ) from exc
    if made:
        print(
            QCoreApplication.translate(
                "Cli",
                "%1 is now a demo shared folder, for this demo city: demo cities made alike "
                "(%2) may try the sync through it; a real city never will.",
            )
            .replace("%1", str(share))
            .replace("%2", _demo_again(service.demo_city() or ""))
        )


def _snapshot_problem(code: str, detail: str) -> str:
    """Why the share's snapshot could not serve a new database, in words."""
    words = {
        "damaged": QCoreApplication.translate("Cli", "it is damaged, and was removed"),
        "newer": QCoreApplication.translate("Cli", "it was made by a newer version"),
        "none joins up": QCoreApplication.translate(
            "Cli", "none matches the segments left on the share"
        ),
        "unpublished changes": QCoreApplication.translate(
            "Cli", "this database still has changes to publish"
        ),
        "missing": QCoreApplication.translate("Cli", "there is none"),
    }
    return words.get(code) or detail or code


def _window_db(args: argparse.Namespace) -> Path:
    """The database a window opens: `--db`, else the demo city's or this computer's own."""
    from citizenspace import paths

    db = getattr(args, "db", None)
    if db is None:
        db = paths.demo_db() if args.demo else paths.default_db()
    return db


def cmd_gui(args: argparse.Namespace) -> int:
    from citizenspace.services.shell.startup import check_early

    db = _window_db(args)
    check_early(db)  # the file is checked while the window is made (a large one takes a while)
    from citizenspace.views.shell.app import run_staff_app

    return run_staff_app(
        db,
        demo=args.demo,
        lang=getattr(args, "lang", None),
        screenshot=args.screenshot,
    )


def cmd_budget_batches(args: argparse.Namespace) -> int:
    from citizenspace.services.budget.budget import BudgetService

    with _existing(_require_db(args)) as db:
        rows = BudgetService(db).batches()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "edition_id": r.edition_id,
                        "edition": r.edition_title,
                        "label": r.label,
                        "site": r.site_name,
                        "kiosk": r.device_name,
                        "size": r.size,
                        "prefix": r.prefix,
                        "created_on": r.created_on.isoformat(),
                        "printed_on": r.printed_on.isoformat() if r.printed_on else None,
                        "used": r.used,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not rows:
        print(QCoreApplication.translate("Cli", "No voting code batch yet."))
    for r in rows:
        print(
            QCoreApplication.translate("Cli", "%1  %2 (%3): %4 codes, %5 used, printed: %6")
            .replace("%1", r.id)
            .replace("%2", r.label or r.prefix)
            .replace("%3", r.device_name or r.site_name or r.edition_title)
            .replace("%4", _number(r.size))
            .replace("%5", _number(r.used))
            .replace(
                "%6",
                r.printed_on.isoformat()
                if r.printed_on
                else QCoreApplication.translate("Cli", "not yet"),
            )
        )
    return EXIT_OK


def _print_failed(exc: Exception, target: Path) -> CommandFailed:
    from citizenspace.services.budget.budget_print import PrintFailed

    if isinstance(exc, PrintFailed) and exc.reason == "too_long":
        return CommandFailed(
            QCoreApplication.translate(
                "Cli", "The projects do not fit on one ballot page: shorten their texts."
            )
        )
    return CommandFailed(
        QCoreApplication.translate("Cli", "%1 could not be written (%2). Nothing was printed.")
        .replace("%1", str(target))
        .replace("%2", getattr(exc, "detail", "") or _one_line(exc))
    )


def cmd_budget_slips(args: argparse.Namespace) -> int:
    from citizenspace.messages import slip_words
    from citizenspace.services.budget.budget import NotPrintableHere
    from citizenspace.services.budget.budget_print import BudgetPrinting, PrintFailed
    from citizenspace.services.common.errors import NotFound

    try:
        with _existing(_require_db(args)) as db:
            pages = BudgetPrinting(db).slips(args.batch, args.output, slip_words())
    except NotPrintableHere as exc:
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli",
                "Batch %1 can only be printed on the computer that made it: no other machine "
                "holds what makes its codes.",
            ).replace("%1", args.batch)
        ) from exc
    except NotFound as exc:
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli", "There is no code batch %1 (see: citizenspace budget batches)."
            ).replace("%1", args.batch)
        ) from exc
    except PrintFailed as exc:
        raise _print_failed(exc, args.output) from exc
    print(
        QCoreApplication.translate("Cli", "%1 written: %2 page(s) of voting slips.")
        .replace("%1", str(args.output))
        .replace("%2", _number(pages))
    )
    return EXIT_OK


def cmd_budget_ballots(args: argparse.Namespace) -> int:
    from citizenspace.messages import ballot_words
    from citizenspace.services.budget.budget import BudgetService
    from citizenspace.services.budget.budget_print import MAX_BALLOTS, BudgetPrinting, PrintFailed
    from citizenspace.services.common.errors import NotFound

    if not 1 <= args.count <= MAX_BALLOTS:
        raise CommandFailed(
            QCoreApplication.translate("Cli", "Print 1 to %1 ballots at a time.").replace(
                "%1", _number(MAX_BALLOTS)
            )
        )
    try:
        with _existing(_require_db(args)) as db:
            ballot = BudgetService(db).ballot(args.edition)
            words = ballot_words(ballot.method, ballot.limit, ballot.budget_cents)
            pages = BudgetPrinting(db).ballots(args.edition, args.count, args.output, words)
    except NotFound as exc:
        raise CommandFailed(
            QCoreApplication.translate("Cli", "There is no edition %1.").replace("%1", args.edition)
        ) from exc
    except PrintFailed as exc:
        raise _print_failed(exc, args.output) from exc
    print(
        QCoreApplication.translate("Cli", "%1 written: %2 paper ballot(s).")
        .replace("%1", str(args.output))
        .replace("%2", _number(pages))
    )
    return EXIT_OK


def cmd_budget_tally(args: argparse.Namespace) -> int:

    from citizenspace.messages import amount_in, outcome_sentence, rule_explanation
    from citizenspace.services.budget.budget_tally import TallyRejected, report_as_json, tally_file

    try:
        report = tally_file(args.file, args.rule, completion=not args.no_completion)
    except TallyRejected as exc:
        raise CommandFailed(_tally_problem(exc, args.file)) from exc
    money = amount_in(unit_cents=False, currency=report.currency)
    if args.json:
        data = report_as_json(report, lambda line: outcome_sentence(line, money))
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK

    print(f"{report.file_name} — {report.description}".rstrip(" —"))
    print(rule_explanation(str(report.rule), report.completion))
    print(
        QCoreApplication.translate("Cli", "Budget: %1 · Spent: %2 · Left: %3 · Voters: %4")
        .replace("%1", money(report.budget))
        .replace("%2", money(report.total_cost))
        .replace("%3", money(report.money_left))
        .replace("%4", _number(report.voters))
    )
    print(
        QCoreApplication.translate("Cli", "Funded, in order: %1").replace(
            "%1", ", ".join(report.funded) or "—"
        )
    )
    print()
    for i, line in enumerate(report.projects, start=1):
        name = f"{line.project_id} {line.name}".strip()
        print(f"{i}. {name} — {money(line.cost)} — {outcome_sentence(line, money)}")
    return EXIT_OK


def _tally_problem(exc: Exception, path: Path) -> str:
    from citizenspace.services.budget.budget_tally import TallyIssue

    if exc.issue is TallyIssue.UNREADABLE:
        return (
            QCoreApplication.translate("Cli", "%1 cannot be read (%2).")
            .replace("%1", str(path))
            .replace("%2", exc.detail)
        )
    if exc.issue is TallyIssue.TOO_LARGE:
        return QCoreApplication.translate("Cli", "%1 is too large for a pabulib file.").replace(
            "%1", str(path)
        )
    where = (
        QCoreApplication.translate("Cli", "line %1").replace("%1", str(exc.line))
        if exc.line
        else QCoreApplication.translate("Cli", "the file")
    )
    return (
        QCoreApplication.translate(
            "Cli", "%1 is not a pabulib file that can be counted: %2 (%3). Nothing was counted."
        )
        .replace("%1", str(path))
        .replace("%2", exc.detail or str(exc.pabulib_code or exc.issue))
        .replace("%3", where)
    )


def cmd_budget_import(args: argparse.Namespace) -> int:
    from citizenspace.services.budget.budget_exchange import ExchangeRejected, import_pabulib

    try:
        with _existing(_require_db(args)) as db:
            imported = import_pabulib(db, args.file)
    except ExchangeRejected as exc:
        raise CommandFailed(_exchange_problem(exc, args.file)) from exc
    print(
        QCoreApplication.translate("Cli", "Edition %1 created: %2 projects, %3 ballots (id %4).")
        .replace("%1", imported.title)
        .replace("%2", _number(imported.projects))
        .replace("%3", _number(imported.ballots))
        .replace("%4", imported.edition_id)
    )
    return EXIT_OK


def cmd_budget_export(args: argparse.Namespace) -> int:
    from citizenspace.services.budget.budget_exchange import ExchangeRejected, export_pabulib

    try:
        with _existing(_require_db(args)) as db:
            ballots = export_pabulib(db, args.edition, args.output)
    except ExchangeRejected as exc:
        raise CommandFailed(_exchange_problem(exc, args.output)) from exc
    print(
        QCoreApplication.translate("Cli", "%1 written: %2 ballots.")
        .replace("%1", str(args.output))
        .replace("%2", _number(ballots))
    )
    return EXIT_OK


def _exchange_problem(exc: Exception, path: Path) -> str:
    from citizenspace.services.budget.budget_exchange import ExchangeIssue

    issue = exc.issue
    if issue is ExchangeIssue.NO_EDITION:
        return QCoreApplication.translate("Cli", "There is no edition %1.").replace(
            "%1", exc.detail
        )
    if issue is ExchangeIssue.POINTS:
        return QCoreApplication.translate(
            "Cli",
            "%1 holds point ballots (cumulative or scoring): an edition takes ticks only. "
            "Count it with: citizenspace budget tally.",
        ).replace("%1", str(path))
    if issue is ExchangeIssue.CANNOT_WRITE:
        return (
            QCoreApplication.translate("Cli", "%1 could not be written (%2).")
            .replace("%1", str(path))
            .replace("%2", exc.detail)
        )
    if issue is ExchangeIssue.CENTS:
        return QCoreApplication.translate(
            "Cli", "A cost or the budget has cents: pabulib files hold whole amounts only."
        )
    return _tally_problem(exc.cause, path) if exc.cause is not None else str(exc)


def cmd_kiosk(args: argparse.Namespace) -> int:
    from citizenspace.views.shell.kiosk_app import run_kiosk_app

    return run_kiosk_app(
        _window_db(args),
        demo=args.demo,
        lang=getattr(args, "lang", None),
        screenshot=args.screenshot,
        windowed=args.windowed,
    )


def _headless_translations(lang: str | None) -> None:
    from PySide6.QtCore import QCoreApplication

    from citizenspace import i18n

    app = QCoreApplication.instance() or QCoreApplication(["citizenspace"])
    i18n.install(app, lang)


SUBCOMMANDS = ("demo", "db", "people", "budget", "sync")


def _prescan_lang(argv: list[str]) -> str | None:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    headless = any(a in ("-h", "--help") or a in SUBCOMMANDS for a in argv)
    if headless:
        # Translations before parsing, so that help and errors speak the user's language.
        _headless_translations(_prescan_lang(argv))
    args = _parser().parse_args(argv)
    if args.command is None:
        return cmd_gui(args)
    if args.command == "kiosk":
        return cmd_kiosk(args)

    from citizenspace.logsetup import setup_logging

    setup_logging()
    handler = {
        "demo": cmd_demo,
        "db": {
            "check": cmd_db_check,
            "backup": cmd_db_backup,
            "upgrade": cmd_db_upgrade,
            "dump": cmd_db_dump,
        }.get(getattr(args, "db_command", "")),
        "people": cmd_people_import,
        "budget": {
            "batches": cmd_budget_batches,
            "tally": cmd_budget_tally,
            "import": cmd_budget_import,
            "export": cmd_budget_export,
            "slips": cmd_budget_slips,
            "ballots": cmd_budget_ballots,
        }.get(getattr(args, "budget_command", "")),
        "sync": cmd_sync,
    }[args.command]
    try:
        return handler(args)
    except CommandFailed as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(QCoreApplication.translate("Cli", "Interrupted."), file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # the reader went away (`| head`): nothing more to say
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - no flush error at exit
        return EXIT_OK
    except Exception as exc:  # the last line of defence: one plain line, details in the log
        from citizenspace.paths import log_dir

        log.exception("command %s failed", args.command)
        print(
            QCoreApplication.translate("Cli", "Unexpected error: %1 (details in %2)")
            .replace("%1", _one_line(exc))
            .replace("%2", str(log_dir())),
            file=sys.stderr,
        )
        return EXIT_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
