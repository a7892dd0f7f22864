"""Personal data: retention periods, automatic anonymisation, and one person's rights
(access: export; erasure).

Why so much care after the UPDATE: a blanked field is not yet gone. Its old value also sits
in this machine's outbox (`change_log`: the JSON of the insert, of each update), in the
history of writes (`field_writes`), in conflict records, and in the WAL file and free pages.
Every anonymisation and erasure therefore ends by scrubbing those local copies of any value
the row itself no longer holds, then checkpointing the WAL (TRUNCATE); `secure_delete` (set
on every connection, see `store.engine`) overwrites what was freed. Rows are never deleted
by retention: only their personal fields are blanked, so counts and indicators stay.

Pictures go with their records: each run also deletes from this machine's blob folder every
picture no record names any more (a ticket's photo once its ticket's details expired).

What this module cannot reach: the copies already published to the share (segments,
snapshots and pictures under `blobs/`, until compaction drops them) and other machines' own
local copies (each machine runs the same rules once a day; see the reports of issues 5, 12).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from citizenspace.domain import people as people_rules
from citizenspace.domain import privacy as rules
from citizenspace.domain.ids import id_for_key
from citizenspace.domain.privacy import DataKind
from citizenspace.domain.sync_kinds import SyncKind
from citizenspace.services.common.audit import who_acts
from citizenspace.services.common.errors import NotFound, ServiceError
from citizenspace.services.common.spreadsheets import write_document_xlsx
from citizenspace.store.database import Database
from citizenspace.store.media.blobs import BlobStore, named_blobs
from citizenspace.store.models import (
    AuditEntry,
    LocalSetting,
    Setting,
    personal_columns,
    synced_tables,
)
from citizenspace.store.safety import backup
from citizenspace.store.search import like_contains

log = logging.getLogger(__name__)

#: LocalSetting: the day the automatic anonymisation last ran on this machine.
LAST_RUN_KEY = "privacy.last_run"
ACTION_EXPORT = "privacy.export"
ACTION_ERASURE = "privacy.erasure"
ACTION_ANONYMISATION = "privacy.anonymisation"
PRIVACY_ACTIONS = (ACTION_EXPORT, ACTION_ERASURE, ACTION_ANONYMISATION)
_CLOSED = "('resolved', 'rejected')"
#: Mutable tables whose deleted rows must leave no copy of their fields in the outbox.
_ERASABLE = ("people", "memberships", "candidacies", "follow_ups")


class PrivacyError(StrEnum):
    MONTHS_OUT_OF_RANGE = "months_out_of_range"
    DAYS_OUT_OF_RANGE = "days_out_of_range"
    EXPORT_NOT_WRITTEN = "export_not_written"


class PrivacyRefused(ServiceError):
    def __init__(self, code: PrivacyError, detail: str = "") -> None:
        super().__init__(code.value if not detail else f"{code.value}: {detail}")
        self.code = code


@dataclass(frozen=True, slots=True)
class RetentionSetting:
    kind: DataKind
    months: int
    default_months: int


@dataclass(frozen=True, slots=True)
class KindCount:
    """Rows of one kind with personal fields past their period. `blocked`: rows that could
    not be blanked because the table does not accept it (see `blocked_fields`)."""

    kind: DataKind
    rows: int
    blocked: int = 0


@dataclass(frozen=True, slots=True)
class AnonymisationReport:
    day: date
    counts: tuple[KindCount, ...]
    #: Local copies of old values overwritten (outbox entries, field writes, conflicts).
    scrubbed: int
    #: The WAL was emptied: no page image of the old values is left in it.
    checkpointed: bool
    #: Pictures no record names any more, deleted from this machine's blob folder.
    pictures_removed: int = 0
    #: Copies of the database older than the backups' maximum age, deleted (files).
    backups_removed: int = 0

    @property
    def total(self) -> int:
        return sum(c.rows for c in self.counts)

    def count(self, kind: DataKind) -> int:
        return next((c.rows for c in self.counts if c.kind is kind), 0)


@dataclass(frozen=True, slots=True)
class PersonHeld:
    """What is held about one person, by kind (counts)."""

    memberships: int = 0
    candidacies: int = 0
    attendance: int = 0
    draws: int = 0
    visits: int = 0
    tickets: int = 0
    audit_entries: int = 0


@dataclass(frozen=True, slots=True)
class PersonMatch:
    id: str
    first_name: str
    last_name: str
    email: str
    phone: str
    district: str
    held: PersonHeld


@dataclass(frozen=True, slots=True)
class ErasureReport:
    person_id: str
    memberships: int
    candidacies: int
    attendance: int
    visits: int
    tickets: int
    audit_entries: int
    scrubbed: int
    checkpointed: bool
    #: When the last backup on this computer that still holds the person ages out (None:
    #: no backup holds them).
    backups_gone_on: date | None = None


@dataclass(frozen=True, slots=True)
class AuditRow:
    at: datetime
    actor: str
    action: str
    subject: str
    #: Parsed JSON details (counts), {} when blank or not JSON.
    details: dict[str, Any]


# ----------------------------------------------------------------------------- SQL pieces


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _holds(col: str, blank: object) -> str:
    """SQL: the column still holds something other than its anonymised value."""
    if blank is False:
        return f"coalesce({col}, 0) != 0"
    if blank is None:
        return f"({col} IS NOT NULL AND {col} != '')"
    return f"coalesce({col}, '') != ''"


def _expired_where(kind: DataKind) -> str:
    """SQL condition on a row `t` of the kind's table: its period ended before :cut."""
    if kind is DataKind.VISITS:
        return (
            "t.arrived_at < :cut AND NOT EXISTS ("
            "SELECT 1 FROM follow_ups f WHERE f.visit_id = t.id "
            f"AND (f.closed_on IS NULL OR f.status NOT IN {_CLOSED}))"
        )
    if kind is DataKind.TICKETS:
        return f"t.closed_on IS NOT NULL AND t.closed_on < :cut AND t.status IN {_CLOSED}"
    if kind is DataKind.TICKET_EVENTS:
        return (
            "t.ticket_id IN (SELECT f.id FROM follow_ups f WHERE f.closed_on IS NOT NULL "
            f"AND f.closed_on < :cut AND f.status IN {_CLOSED})"
        )
    if kind is DataKind.SURVEYS:
        return "t.surveyed_on < :cut"
    if kind is DataKind.AUDIT:
        return "t.at < :cut"
    # People: nothing of theirs newer than the cut-off, and nothing still running.
    return (
        "t.created_on < :cut "
        "AND coalesce(t.consent_contact_on, '') < :cut "
        "AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = t.id "
        "  AND (m.ends_on IS NULL OR m.ends_on >= :cut OR m.starts_on >= :cut)) "
        "AND NOT EXISTS (SELECT 1 FROM candidacies c WHERE c.person_id = t.id "
        "  AND (c.submitted_on >= :cut OR c.status = 'pending')) "
        "AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.person_id = t.id "
        "  AND a.recorded_on >= :cut) "
        "AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.person_id = t.id "
        "  AND v.arrived_at >= :cut) "
        "AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.person_id = t.id "
        f"  AND (f.closed_on IS NULL OR f.closed_on >= :cut OR f.status NOT IN {_CLOSED})) "
        # Visits and tickets whose link to them an earlier run already cut.
        f"AND coalesce(t.{rules.LAST_INVOLVED}, '') < :cut"
    )


def _extra_expired_where(table: str) -> str:
    if table == "attendance":
        return "t.recorded_on < :cut"
    raise ValueError(table)  # pragma: no cover - a new rule must say its own


def _targets(kind: DataKind) -> list[tuple[str, str, tuple[tuple[str, object], ...]]]:
    """(table, SQL condition on its row `t`: expired and still holding something to blank,
    blanks) for each table a kind blanks. The cheap test (does it hold anything?) comes
    first: most old rows were blanked long ago, and only the others need the rule's own
    look at other tables."""
    rule = rules.RULES[kind]
    wheres = [(rule.table, _expired_where(kind), rule.blanks)]
    wheres += [(table, _extra_expired_where(table), blanks) for table, blanks in rule.extra]
    out = []
    for table, where, blanks in wheres:
        holds = " OR ".join(_holds(f"t.{_q(f)}", b) for f, b in blanks)
        out.append((table, f"({holds}) AND {where}", blanks))
    return out


#: SQL for the day a record's link to a person stands for (`t` is the record), by what its
#: rule counts from: the people rule counts the same day (`_expired_where`).
_LINK_DAY = {rules.Start.VISIT: "date(t.arrived_at)", rules.Start.CLOSURE: "t.closed_on"}

#: Told the fraction of a long action done (see `anonymise_expired`, `erase_person`); may
#: raise to stop it before its transaction commits.
Progress = Callable[[float], None]


def _no_progress(_fraction: float) -> None:
    pass


#: The plan of one run: every row each rule will blank, decided before any is blanked.
_PLAN = "temp.retention_plan"


def _plan(
    conn: Connection, cuts: dict[DataKind, date], blocked: dict[str, tuple[str, ...]]
) -> tuple[KindCount, ...]:
    """Decide what every rule blanks today, all from the database as it is now, into the
    connection's temporary table `_PLAN`; returns the counts per kind.

    Why all first: the rules read each other's columns. The visit and ticket rules cut links
    to people that the people rule counts as activity; applied one after the other, the
    people rule no longer saw visits the visit rule had just unlinked, and the run blanked
    people that the preview (which only reads) had rightly kept. The preview and the run
    both call this, so the preview shows what the run does."""
    conn.execute(
        text(
            f"CREATE TABLE IF NOT EXISTS {_PLAN} (kind TEXT NOT NULL, tbl TEXT NOT NULL, "
            "id TEXT NOT NULL, PRIMARY KEY (tbl, id)) WITHOUT ROWID"
        )
    )
    conn.execute(text(f"DELETE FROM {_PLAN}"))
    counts = []
    for kind, cut in cuts.items():
        rows = stuck = 0
        for table, expired, _blanks in _targets(kind):
            n = conn.execute(
                text(
                    f"INSERT INTO {_PLAN} (kind, tbl, id) SELECT :kind, :tbl, t.id "
                    f"FROM {_q(table)} t WHERE {expired}"
                ),
                {"kind": kind.value, "tbl": table, "cut": cut.isoformat()},
            ).rowcount
            if table in blocked:
                stuck += n
            else:
                rows += n
        counts.append(KindCount(kind, rows, stuck))
    return tuple(counts)


def _drop_plan(conn: Connection) -> None:
    conn.execute(text(f"DROP TABLE IF EXISTS {_PLAN}"))


def _keep_involvement(conn: Connection) -> int:
    """Before the planned links to people are cut, keep on each person's sheet the latest
    day those links stood for (`last_involved_on`), so that the people rule of later runs
    still counts them. Not for sheets this run blanks, nor sheets already blanked. Returns
    how many sheets changed. Written before the links go, so a machine applying this run's
    changes in order never sees a link gone without its day."""
    links = [
        f"SELECT t.{rules.PERSON_LINK} AS person, {_LINK_DAY[rule.start]} AS day "
        f"FROM {_q(rule.table)} t JOIN {_PLAN} p ON p.tbl = '{rule.table}' AND p.id = t.id "
        f"WHERE t.{rules.PERSON_LINK} IS NOT NULL"
        for rule in rules.RULES.values()
        if rule.cuts_person_link
    ]
    people = rules.RULES[DataKind.PEOPLE]
    holds = " OR ".join(_holds(_q(f), b) for f, b in people.blanks)
    last = rules.LAST_INVOLVED
    return conn.execute(
        text(
            f"WITH cut(person, day) AS ({' UNION ALL '.join(links)}), "
            "latest(person, day) AS (SELECT person, max(day) FROM cut GROUP BY person) "
            f"UPDATE people SET {last} = (SELECT day FROM latest WHERE person = people.id) "
            "WHERE id IN (SELECT person FROM latest) "
            f"AND id NOT IN (SELECT id FROM {_PLAN} WHERE tbl = 'people') AND ({holds}) "
            f"AND coalesce({last}, '') < (SELECT day FROM latest WHERE person = people.id)"
        )
    ).rowcount


def blocked_fields() -> dict[str, tuple[str, ...]]:
    """Fields a rule wants to blank in an insert-only table that the table does not let a
    redaction touch (its model does not list them in `__personal__`). Empty when all is
    well; otherwise the model needs those columns added to its `__personal__`."""
    kinds = synced_tables()
    personal = personal_columns()
    missing: dict[str, tuple[str, ...]] = {}
    for rule in rules.RULES.values():
        for table, blanks in ((rule.table, rule.blanks), *rule.extra):
            if kinds.get(table) is SyncKind.INSERT_ONLY:
                lacking = tuple(f for f, _b in blanks if f not in personal.get(table, ()))
                if lacking:
                    missing[table] = lacking
    return missing


def _scrub_fields() -> dict[str, tuple[str, ...]]:
    """Every (table -> text or number fields) whose old values must not outlive the row's:
    the fields of the rules, and every insert-only table's personal columns."""
    out: dict[str, list[str]] = {}
    for rule in rules.RULES.values():
        for table, blanks in ((rule.table, rule.blanks), *rule.extra):
            out.setdefault(table, []).extend(f for f, b in blanks if b is not False)
    for table, cols in personal_columns().items():
        out.setdefault(table, []).extend(cols)
    return {t: tuple(dict.fromkeys(fs)) for t, fs in out.items()}


def scrub_local_copies(conn: Connection) -> int:
    """Overwrite, in this machine's outbox and write history, every old value of a personal
    field that the row itself no longer holds (blanked, or the row deleted). Returns how
    many entries were rewritten. Runs inside the caller's transaction.

    The rule is about the row's present state, not about what this call blanked: it also
    cleans what a redaction or deletion received from another machine left in entries this
    machine wrote itself."""
    n = 0
    for table, fields in _scrub_fields().items():
        t = _q(table)
        gone = {
            f: f"NOT EXISTS (SELECT 1 FROM {t} r WHERE r.id = {{row}} AND "
            f"r.{_q(f)} IS NOT NULL AND r.{_q(f)} != '')"
            for f in fields
        }
        json_has = {f: f"coalesce(json_extract(data, '$.\"{f}\"'), '') != ''" for f in fields}
        sets = ", ".join(
            f"'$.\"{f}\"', CASE WHEN {json_has[f]} AND {gone[f].format(row='change_log.row_id')} "
            f"THEN (SELECT r.{_q(f)} FROM {t} r WHERE r.id = change_log.row_id) "
            f"ELSE json_extract(data, '$.\"{f}\"') END"
            for f in fields
        )
        # json_extract gives text for a JSON string: json_replace writes it back as a string,
        # numbers as numbers; only fields that must be blanked change.
        where = " OR ".join(
            f"({json_has[f]} AND {gone[f].format(row='change_log.row_id')})" for f in fields
        )
        n += conn.execute(
            text(
                f"UPDATE change_log SET data = json_replace(data, {sets}) "
                f"WHERE table_name = :t AND data IS NOT NULL AND op != 'D' AND ({where})"
            ),
            {"t": table},
        ).rowcount
        for f in fields:
            n += conn.execute(
                text(
                    "UPDATE field_writes SET value = json_quote("
                    f"(SELECT r.{_q(f)} FROM {t} r WHERE r.id = field_writes.row_id)) "
                    "WHERE table_name = :t AND field = :f "
                    "AND coalesce(json_extract(value, '$'), '') != '' "
                    f"AND {gone[f].format(row='field_writes.row_id')}"
                ),
                {"t": table, "f": f},
            ).rowcount
            n += conn.execute(
                text(
                    "DELETE FROM conflict_records WHERE table_name = :t AND field = :f "
                    f"AND {gone[f].format(row='conflict_records.row_id')}"
                ),
                {"t": table, "f": f},
            ).rowcount
    for table in _ERASABLE:
        n += conn.execute(
            text(
                "UPDATE change_log SET data = NULL WHERE table_name = :t AND data IS NOT NULL "
                f"AND NOT EXISTS (SELECT 1 FROM {_q(table)} r WHERE r.id = change_log.row_id) "
                "AND EXISTS (SELECT 1 FROM row_versions v WHERE v.table_name = :t "
                "AND v.row_id = change_log.row_id AND v.deleted_hlc IS NOT NULL)"
            ),
            {"t": table},
        ).rowcount
    return n


def checkpoint(db: Database, attempts: int = 5) -> bool:
    """Copy the WAL into the database file and truncate it to nothing, so that no page image
    of an old value stays in the -wal file. False if readers kept it busy every time."""
    for _ in range(attempts):
        with db.engine.connect() as conn:
            busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
            conn.commit()
        if not busy:
            return True
    log.warning("WAL checkpoint stayed busy: old values may remain in the -wal file")
    return False


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone or "")


# ----------------------------------------------------------------------------- the service


class PrivacyService:
    def __init__(self, db: Database, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today

    # ---------------------------------------------------------------- settings

    def settings(self) -> list[RetentionSetting]:
        """The period of every kind, in months, as the city set it (or the default)."""
        with self._db.read() as s:
            rows = s.execute(
                select(Setting.key, Setting.value).where(Setting.key.like("retention.%"))
            )
            stored = {key: value for key, value in rows}
        return [
            RetentionSetting(
                kind,
                rules.parse_months(stored.get(rules.setting_key(kind)), kind),
                rules.RULES[kind].default_months,
            )
            for kind in DataKind
        ]

    def months(self, kind: DataKind) -> int:
        return next(r.months for r in self.settings() if r.kind is kind)

    def set_months(self, kind: DataKind, months: int) -> None:
        """Change a period for the whole city (the setting syncs). 1 to 120 months."""
        if not rules.valid_months(months):
            raise PrivacyRefused(PrivacyError.MONTHS_OUT_OF_RANGE, str(months))
        key = rules.setting_key(kind)
        with self._db.write() as s:
            row = s.get(Setting, id_for_key("setting", key))
            if row is None:
                s.add(Setting(key=key, value=str(months)))
            elif row.value != str(months):
                row.value = str(months)

    # ---------------------------------------------------------------- retention

    def cutoffs(self) -> dict[DataKind, date]:
        today = self._today()
        return {r.kind: rules.cutoff(r.kind, r.months, today) for r in self.settings()}

    def preview(self) -> tuple[KindCount, ...]:
        """What `anonymise_expired` would blank today, per kind (nothing is written): the
        same plan as the run's, from the same data."""
        with self._db.read() as s:
            conn = s.connection()
            try:
                return _plan(conn, self.cutoffs(), blocked_fields())
            finally:
                _drop_plan(conn)

    def preview_ids(self, kind: DataKind) -> frozenset[str]:
        """The ids of the rows of `kind` that `anonymise_expired` would blank today (people:
        the sheets, not the guest names), from the same plan as `preview`."""
        table = rules.RULES[kind].table
        with self._db.read() as s:
            conn = s.connection()
            try:
                _plan(conn, self.cutoffs(), blocked_fields())
                return frozenset(
                    conn.execute(
                        text(f"SELECT id FROM {_PLAN} WHERE kind = :k AND tbl = :t"),
                        {"k": kind.value, "t": table},
                    ).scalars()
                )
            finally:
                _drop_plan(conn)

    def anonymise_expired(
        self, *, automatic: bool = False, progress: Progress | None = None
    ) -> AnonymisationReport:
        """Blank the personal fields of everything past its period, in one transaction, then
        scrub this machine's copies of the old values and empty the WAL. Idempotent: a second
        run the same day finds nothing and writes nothing (no audit entry either).

        Every rule's rows are decided first, from the data as it stands (`_plan`), and only
        then blanked: the preview shows exactly this.

        `progress` is told the fraction done before each step of the transaction; what it
        raises (a user cancelling) rolls the transaction back, changes nothing and goes on
        to the caller. It is not called once the transaction is committed: the rest (old
        pictures and backups removed, the WAL emptied) is short and always finished."""
        step = progress or _no_progress
        today = self._today()
        blocked = blocked_fields()
        cuts = self.cutoffs()
        step(0.0)
        with self._db.write() as s:
            conn = s.connection()
            counts = _plan(conn, cuts, blocked)
            step(0.2)
            _keep_involvement(conn)
            for n, kind in enumerate(cuts):
                step(0.25 + 0.45 * n / len(cuts))
                for table, _expired, blanks in _targets(kind):
                    if table in blocked:
                        continue
                    sets = ", ".join(f"{_q(f)} = :b_{f}" for f, _b in blanks)
                    conn.execute(
                        text(
                            f"UPDATE {_q(table)} SET {sets} "
                            f"WHERE id IN (SELECT id FROM {_PLAN} WHERE tbl = :tbl)"
                        ),
                        {"tbl": table, **{f"b_{f}": b for f, b in blanks}},
                    )
            _drop_plan(conn)
            changed = sum(c.rows for c in counts)
            step(0.7)
            scrubbed = scrub_local_copies(conn)
            if changed:
                details = {c.kind.value: c.rows for c in counts if c.rows}
                self._audit(
                    s,
                    ACTION_ANONYMISATION,
                    "" if automatic else self._actor(s),
                    "",
                    {"automatic": automatic, **details},
                )
            step(0.8)  # the last moment to stop: the commit follows
        removed = self.remove_unnamed_pictures()
        aged = self.remove_old_backups()
        done = checkpoint(self._db)
        return AnonymisationReport(today, tuple(counts), scrubbed, done, removed, len(aged))

    # ---------------------------------------------------------------- backups

    def backup_days(self) -> int:
        """How long this city keeps copies of a database, in days (the setting syncs)."""
        with self._db.read() as s:
            row = s.get(Setting, id_for_key("setting", rules.BACKUP_DAYS_KEY))
        return rules.parse_backup_days(row.value if row is not None else None)

    def set_backup_days(self, days: int) -> None:
        if not rules.valid_backup_days(days):
            raise PrivacyRefused(PrivacyError.DAYS_OUT_OF_RANGE, str(days))
        with self._db.write() as s:
            row = s.get(Setting, id_for_key("setting", rules.BACKUP_DAYS_KEY))
            if row is None:
                s.add(Setting(key=rules.BACKUP_DAYS_KEY, value=str(days)))
            elif row.value != str(days):
                row.value = str(days)

    def remove_old_backups(self) -> list[Path]:
        """Delete the copies of this database (backups beside it, damaged files a restore
        set aside) made before today's date minus the backups' maximum age. Run with every
        anonymisation, so once a day at least; returns the files deleted."""
        cutoff = datetime.combine(self._today(), time()) - timedelta(days=self.backup_days())
        removed = backup.remove_older_than(self._db.path, cutoff)
        if removed:
            log.info("%d old backup file(s) deleted", len(removed))
        return removed

    def write_register(self, path: Path | str, title: str, rows: list[list[str]]) -> Path:
        """Write the records of processing (RGPD art. 30) as the page laid them out in the
        user's language: a workbook a data protection officer files with the city's
        register. Appears whole or not at all."""
        target = Path(path)
        try:
            write_document_xlsx(target, title, rows, (28, 70, 22, 40))
        except OSError as exc:
            raise PrivacyRefused(PrivacyError.EXPORT_NOT_WRITTEN, str(exc)) from exc
        return target

    def backups_gone_on(self) -> date | None:
        """When every copy of the database made until now will have aged out."""
        return backup.last_copy_gone_on(self._db.path, self.backup_days(), datetime.now())

    def remove_unnamed_pictures(self) -> int:
        """Delete from this machine's blob folder every picture no record names any more
        (a ticket's photo once retention blanked it, a replaced project picture); returns
        how many. Run with every anonymisation, so once a day at least.

        Under the write lock, though nothing is written: a ticket or project being saved
        stores its picture inside its transaction, so none is between its file and its row
        while the names are read and the files removed. The copies on the share go at a sync
        round, a day later at the earliest (`sync.blobs.prune`)."""
        store = BlobStore.for_database(self._db.path)
        with self._db.write() as s:
            return store.remove_unnamed(named_blobs(s.connection()))

    def run_daily(self, progress: Progress | None = None) -> AnonymisationReport | None:
        """The automatic run at start-up: once a day per machine (each machine scrubs its
        own copies). Returns None when it already ran today. Stopped through `progress`
        (see `anonymise_expired`), it is not marked as run: the next start runs it."""
        today = self._today()
        with self._db.read() as s:
            row = s.get(LocalSetting, LAST_RUN_KEY)
            if row is not None and row.value == today.isoformat():
                return None
        report = self.anonymise_expired(automatic=True, progress=progress)
        with self._db.write() as s:
            row = s.get(LocalSetting, LAST_RUN_KEY)
            if row is None:
                s.add(LocalSetting(key=LAST_RUN_KEY, value=today.isoformat()))
            else:
                row.value = today.isoformat()
        return report

    def last_run(self) -> date | None:
        with self._db.read() as s:
            row = s.get(LocalSetting, LAST_RUN_KEY)
        try:
            return date.fromisoformat(row.value) if row and row.value else None
        except ValueError:
            return None

    # ---------------------------------------------------------------- one person

    def find_people(self, text_: str, limit: int = 50) -> list[PersonMatch]:
        """People whose name, e-mail or phone matches every word typed, with what is held
        about each. Anonymised sheets (no name left) are not offered."""
        words = people_rules.search_key(text_).split()
        if not words:
            return []
        where = []
        params: dict[str, Any] = {"limit": limit}
        for i, word in enumerate(words):
            params[f"w{i}"] = like_contains(word)
            where.append(
                f"(p.search_key LIKE :w{i} ESCAPE '\\' OR lower(p.email) LIKE :w{i} ESCAPE '\\' "
                f"OR replace(p.phone, ' ', '') LIKE :w{i} ESCAPE '\\')"
            )
        with self._db.read() as s:
            conn = s.connection()
            rows = conn.execute(
                text(
                    "SELECT p.id, p.first_name, p.last_name, p.email, p.phone, "
                    "coalesce(d.name, '') FROM people p "
                    "LEFT JOIN districts d ON d.id = p.district_id "
                    f"WHERE p.search_key != '' AND {' AND '.join(where)} "
                    "ORDER BY p.search_key, p.id LIMIT :limit"
                ),
                params,
            ).all()
            return [
                PersonMatch(
                    id=r[0],
                    first_name=r[1],
                    last_name=r[2],
                    email=r[3],
                    phone=r[4],
                    district=r[5],
                    held=self._held(conn, r[0]),
                )
                for r in rows
            ]

    def held(self, person_id: str) -> PersonHeld:
        with self._db.read() as s:
            conn = s.connection()
            self._person(conn, person_id)
            return self._held(conn, person_id)

    def _person(self, conn: Connection, person_id: str) -> dict[str, Any]:
        row = conn.execute(text("SELECT * FROM people WHERE id = :id"), {"id": person_id})
        found = row.mappings().first()
        if found is None:
            raise NotFound("person", person_id)
        return dict(found)

    def _ticket_ids(self, conn: Connection, person: dict[str, Any]) -> list[str]:
        """Tickets linked to the person, or whose contact is their e-mail or phone."""
        email = (person.get("email") or "").strip().lower()
        phone = _digits(person.get("phone") or "")
        rows = conn.execute(
            text(
                "SELECT id, contact_email, contact_phone, person_id FROM follow_ups "
                "WHERE person_id = :id OR (:email != '' AND lower(contact_email) = :email) "
                "OR (:phone != '' AND contact_phone != '')"
            ),
            {"id": person["id"], "email": email, "phone": phone},
        ).all()
        return [
            r[0]
            for r in rows
            if r[3] == person["id"]
            or (email and (r[1] or "").strip().lower() == email)
            or (phone and _digits(r[2]) == phone)
        ]

    def _draw_ids(self, conn: Connection, person_id: str) -> list[str]:
        return list(
            conn.execute(
                text("SELECT id FROM draws WHERE instr(result, :id) OR instr(parameters, :id)"),
                {"id": person_id},
            ).scalars()
        )

    def _audit_ids(self, conn: Connection, person: dict[str, Any]) -> list[str]:
        """Audit entries about the person: naming their id (outside this page's own
        entries, which name only the id) or their full name."""
        name = f"{person['first_name']} {person['last_name']}".strip()
        return list(
            conn.execute(
                text(
                    "SELECT id FROM audit_entries WHERE action NOT IN "
                    f"({', '.join(repr(a) for a in PRIVACY_ACTIONS)}) AND ("
                    "subject = :id OR instr(details, :id) "
                    "OR (:name != '' AND (instr(subject, :name) OR instr(details, :name))))"
                ),
                {"id": person["id"], "name": name},
            ).scalars()
        )

    def _held(self, conn: Connection, person_id: str) -> PersonHeld:
        person = self._person(conn, person_id)

        def count(sql: str) -> int:
            return conn.execute(text(sql), {"id": person_id}).scalar_one()

        return PersonHeld(
            memberships=count("SELECT count(*) FROM memberships WHERE person_id = :id"),
            candidacies=count("SELECT count(*) FROM candidacies WHERE person_id = :id"),
            attendance=count("SELECT count(*) FROM attendance WHERE person_id = :id"),
            draws=len(self._draw_ids(conn, person_id)),
            visits=count("SELECT count(*) FROM visits WHERE person_id = :id"),
            tickets=len(self._ticket_ids(conn, person)),
            audit_entries=len(self._audit_ids(conn, person)),
        )

    def export_person(self, person_id: str, path: Path | str, actor: str = "") -> Path:
        """Write everything held about the person to a readable UTF-8 JSON file (the right
        of access, RGPD art. 15), and record who exported it (the person's id, not name)."""
        path = Path(path)
        with self._db.read() as s:
            conn = s.connection()
            person = self._person(conn, person_id)

            def rows(sql: str, **params: Any) -> list[dict[str, Any]]:
                result = conn.execute(text(sql), {"id": person_id, **params}).mappings()
                return [dict(r) for r in result]

            tickets = self._ticket_ids(conn, person)
            draws = self._draw_ids(conn, person_id)
            audit = self._audit_ids(conn, person)
            data = {
                "exported_on": self._today().isoformat(),
                "person": person,
                "memberships": rows(
                    "SELECT m.*, b.name AS body_name FROM memberships m "
                    "JOIN bodies b ON b.id = m.body_id WHERE m.person_id = :id "
                    "ORDER BY m.starts_on"
                ),
                "candidacies": rows(
                    "SELECT c.*, b.name AS body_name FROM candidacies c "
                    "JOIN bodies b ON b.id = c.body_id WHERE c.person_id = :id "
                    "ORDER BY c.submitted_on"
                ),
                "attendance": rows(
                    "SELECT a.*, e.title AS event_title, e.starts_at AS event_starts_at "
                    "FROM attendance a JOIN events e ON e.id = a.event_id "
                    "WHERE a.person_id = :id ORDER BY e.starts_at"
                ),
                "draws": [
                    r
                    for d in draws
                    for r in rows(
                        "SELECT d.*, b.name AS body_name FROM draws d "
                        "JOIN bodies b ON b.id = d.body_id WHERE d.id = :d",
                        d=d,
                    )
                ],
                "visits": rows(
                    "SELECT v.id, v.arrived_at, v.channel, v.outcome, v.note, "
                    "t.name AS theme, s.name AS site FROM visits v "
                    "LEFT JOIN themes t ON t.id = v.theme_id "
                    "LEFT JOIN sites s ON s.id = v.site_id "
                    "WHERE v.person_id = :id ORDER BY v.arrived_at"
                ),
                "tickets": [
                    {
                        **t,
                        "events": rows(
                            "SELECT at, status, reason FROM ticket_events "
                            "WHERE ticket_id = :t ORDER BY at",
                            t=t["id"],
                        ),
                    }
                    for tid in tickets
                    for t in rows("SELECT * FROM follow_ups WHERE id = :t", t=tid)
                ],
                "audit_entries": [
                    r
                    for a in audit
                    for r in rows(
                        "SELECT at, actor, action, subject, details FROM audit_entries "
                        "WHERE id = :a",
                        a=a,
                    )
                ],
            }
        body = json.dumps(data, ensure_ascii=False, indent=2, default=str, sort_keys=False)
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            with open(tmp, "w", encoding="utf-8", newline="\n") as f:
                f.write(body + "\n")
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise PrivacyRefused(PrivacyError.EXPORT_NOT_WRITTEN, exc.strerror or "") from exc
        held = {
            k: len(v) if isinstance(v, list) else 1 for k, v in data.items() if k != "exported_on"
        }
        with self._db.write() as s:
            self._audit(s, ACTION_EXPORT, actor or self._actor(s), person_id, held)
        return path

    def erase_person(
        self, person_id: str, actor: str = "", progress: Progress | None = None
    ) -> ErasureReport:
        """Erase everything held about the person (RGPD art. 17): their sheet, seats and
        candidacies go; visits, sign-in marks and tickets stay for the counts with the link
        to them and their words blanked; ticket contacts that are theirs are blanked. Then
        this machine's copies are scrubbed and the WAL emptied. The audit entry names the
        person's id and counts only.

        One transaction: `progress` is told the fraction done before each of its steps, and
        what it raises (a user cancelling) rolls it back — nothing is erased — and goes on to
        the caller. Once committed, the erasure is finished whatever happens (the WAL is
        emptied after, never stopped)."""
        step = progress or _no_progress
        step(0.0)
        with self._db.write() as s:
            conn = s.connection()
            person = self._person(conn, person_id)
            tickets = self._ticket_ids(conn, person)
            audit = self._audit_ids(conn, person)
            step(0.15)
            p = {"id": person_id}
            memberships = conn.execute(
                text("DELETE FROM memberships WHERE person_id = :id"), p
            ).rowcount
            candidacies = conn.execute(
                text("DELETE FROM candidacies WHERE person_id = :id"), p
            ).rowcount
            attendance = conn.execute(
                text(
                    "UPDATE attendance SET person_id = NULL, guest_name = '' WHERE person_id = :id"
                ),
                p,
            ).rowcount
            step(0.25)
            visits = conn.execute(
                text("UPDATE visits SET person_id = NULL, note = '' WHERE person_id = :id"), p
            ).rowcount
            step(0.4)
            for tid in tickets:
                conn.execute(
                    text(
                        "UPDATE follow_ups SET contact_name = '', contact_phone = '', "
                        "contact_email = '', person_id = NULL WHERE id = :t"
                    ),
                    {"t": tid},
                )
            for aid in audit:
                conn.execute(
                    text("UPDATE audit_entries SET subject = '', details = '' WHERE id = :a"),
                    {"a": aid},
                )
            conn.execute(text("DELETE FROM people WHERE id = :id"), p)
            step(0.5)
            scrubbed = scrub_local_copies(conn)
            report = {
                "memberships": memberships,
                "candidacies": candidacies,
                "attendance": attendance,
                "visits": visits,
                "tickets": len(tickets),
                "audit_entries": len(audit),
            }
            self._audit(s, ACTION_ERASURE, actor or self._actor(s), person_id, report)
            step(0.7)  # the last moment to stop: the commit follows
        done = checkpoint(self._db)
        return ErasureReport(
            person_id,
            **report,
            scrubbed=scrubbed,
            checkpointed=done,
            backups_gone_on=self.backups_gone_on(),
        )

    # ---------------------------------------------------------------- audit

    def recent_audit(self, limit: int = 50) -> list[AuditRow]:
        """The latest exports, erasures and anonymisation runs, newest first."""
        with self._db.read() as s:
            rows = s.execute(
                select(
                    AuditEntry.at,
                    AuditEntry.actor,
                    AuditEntry.action,
                    AuditEntry.subject,
                    AuditEntry.details,
                )
                .where(AuditEntry.action.in_(PRIVACY_ACTIONS))
                .order_by(AuditEntry.at.desc(), AuditEntry.id)
                .limit(limit)
            ).all()
        out = []
        for at, actor, action, subject, details in rows:
            try:
                parsed = json.loads(details) if details else {}
            except ValueError:
                parsed = {}
            out.append(
                AuditRow(at, actor, action, subject, parsed if isinstance(parsed, dict) else {})
            )
        return out

    def _audit(
        self, s: Session, action: str, actor: str, subject: str, details: dict[str, Any]
    ) -> None:
        s.add(
            AuditEntry(
                # The service's day (a test's fixed day), at the clock's time of day.
                at=datetime.combine(self._today(), datetime.now().time()).replace(microsecond=0),
                actor=actor[:120],
                action=action,
                subject=subject,
                details=json.dumps(details, sort_keys=True),
            )
        )

    def _actor(self, s: Session) -> str:
        return who_acts(s)


def run_daily_anonymisation(db: Database) -> AnonymisationReport | None:
    """Start-up's call: anonymise what expired, once a day. Never stops the application:
    a failure is logged and tried again at the next start."""
    try:
        return PrivacyService(db).run_daily()
    except Exception:  # noqa: BLE001 - start-up goes on; the log says why
        log.exception("automatic anonymisation failed; it will run again at next start")
        return None
