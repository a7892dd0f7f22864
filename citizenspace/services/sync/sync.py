"""Sync as the application sees it: one round on the share folder chosen in Settings, what
came of it (kept across restarts), the computers seen, the conflicts to review and the alarms.

The share may vanish at any moment and a round never raises: whatever happens ends as a
`SyncSummary` with a problem code that the screens put into plain words. Nothing here touches
Qt; the screens run `run_round` off the GUI thread (views.sync_controller).

A demo city (`services.demo`) exchanges only with a demo share made for it
(`init_demo_share`, for IT rehearsing the sync), and a real city never with a demo share.
"""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from citizenspace.services.common.errors import ServiceError
from citizenspace.store.ballot.ballot_settle import ALARM_DOUBLE_USE
from citizenspace.store.database import Database
from citizenspace.store.models import (
    CodeBatch,
    Device,
    LocalSetting,
    LocalState,
    SyncAlarm,
    SyncApplied,
    SyncPublished,
)
from citizenspace.sync import merge, retire
from citizenspace.sync.engine import (
    DEMO,
    DEMO_CITY,
    DEMO_FLAG,
    DEMO_OTHER_CITY,
    DEMO_SHARE,
    RETIRED,
    UNUSABLE,
    SyncEngine,
)
from citizenspace.sync.share import DemoShareRefused, ShareError, init_demo_share, open_share

log = logging.getLogger(__name__)

SHARE_FOLDER_KEY = "share_folder"
LAST_SUCCESS_KEY = "sync_last_success"
LAST_PROBLEM_KEY = "sync_last_problem"

#: How long a round waits for another round on this database to end (`sync.roundlock`).
#: Short: the next timed round comes within minutes, and closing the window waits for it.
ROUND_WAIT_S = 10.0

#: Columns that name a row, tried in this order, for the conflict review of tables other
#: than people.
_LABEL_COLUMNS = ("name", "title", "key")


class SyncProblem(StrEnum):
    """Why a round did not go through; stable codes the screens turn into sentences."""

    NOT_CONFIGURED = "not_configured"  # no shared folder chosen in Settings
    UNREACHABLE = "unreachable"  # folder missing, unplugged stick, lost network
    WRITE_REFUSED = "write_refused"  # the share refused our segment (rights, disk, antivirus)
    SHARE_TOO_NEW = "share_too_new"  # written by a newer application
    BAD_FORMAT = "bad_format"  # FORMAT.json unreadable: never "repaired" by us
    DEMO = "demo"  # a demo city, and a folder that is not a demo share
    DEMO_SHARE = "demo_share"  # a real city, and a demo share
    #: A demo city, and the demo share of another demo city (made another day, or from
    #: other data files): their people would be two cities mixed.
    DEMO_OTHER_CITY = "demo_other_city"
    BUSY = "busy"  # another round on this database (a scheduled command) went on too long
    #: A new computer that can start neither from the share's snapshot (damaged, or behind
    #: the segments left) nor from its segments (compacted): it waits for the next snapshot.
    WAITING_FOR_SNAPSHOT = "waiting_for_snapshot"
    #: This computer was retired by an administrator while away, and waits for a snapshot
    #: of the share to start again from (`sync.retire`).
    RETIRED = "retired"
    FAILED = "failed"  # anything else: the details are in the log


#: The engine names a share error by its class; these are the ones with their own words.
_ENGINE_PROBLEMS = {
    DEMO: SyncProblem.DEMO,
    DEMO_SHARE: SyncProblem.DEMO_SHARE,
    DEMO_OTHER_CITY: SyncProblem.DEMO_OTHER_CITY,
    "busy": SyncProblem.BUSY,
    "ShareUnavailable": SyncProblem.UNREACHABLE,
    "WriteFailed": SyncProblem.WRITE_REFUSED,
    "ShareTooNew": SyncProblem.SHARE_TOO_NEW,
    "BadShareFormat": SyncProblem.BAD_FORMAT,
    UNUSABLE: SyncProblem.WAITING_FOR_SNAPSHOT,
    RETIRED: SyncProblem.RETIRED,
}


class DemoShareError(StrEnum):
    """Why `init_demo_share` made no demo share."""

    NOT_DEMO = "not_demo"  # the database holds a real city
    NO_CITY_KEY = "no_city_key"  # a demo made before demo shares existed: make it again
    REAL_SHARE = "real_share"  # the folder is a real city's share: never turned into a demo
    OTHER_CITY = "other_city"  # the folder is another demo city's demo share
    UNUSABLE = "unusable"  # the folder cannot be made or written


class DemoShareNotMade(ServiceError):
    def __init__(self, code: DemoShareError, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        #: For OTHER_CITY: the key of the demo city the share is for.
        self.detail = detail


class RetireError(StrEnum):
    THIS_COMPUTER = "this_computer"  # a computer does not retire itself
    NOT_CONFIGURED = "not_configured"  # no shared folder: nothing to read its state from
    UNREACHABLE = "unreachable"


class RetireRefused(ServiceError):
    def __init__(self, code: RetireError, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class SyncSummary:
    """What one round did. `ok` is true when the share was reached, everything of ours was
    written and nothing on the share had to be refused or left aside."""

    when: datetime
    ok: bool
    written: int = 0
    applied: int = 0
    changes_applied: int = 0
    conflicts_open: int = 0
    rejected: tuple[str, ...] = ()
    held_back: tuple[str, ...] = ()
    gaps: tuple[str, ...] = ()
    #: Entries of the share left aside: (path under the share, `sync.share.EntryFault`).
    skipped: tuple[tuple[str, str], ...] = ()
    problem: SyncProblem | None = None
    problem_detail: str = ""
    #: Changes of this computer still not on the share after the round.
    pending: int = 0
    #: The round was asked to publish the held-back secret items too (USB stick mode).
    flushed_secret: bool = False
    #: A copy of this database was found on the share (a cloned disk, a copied file): this
    #: computer now exchanges as a device of its own; nothing was lost.
    identity_left: bool = False
    #: This computer had been retired while away: it sent what it had not sent, then started
    #: again from the share's snapshot (`sync.retire`).
    rejoined: bool = False
    #: The engine's own report (`sync.engine.RoundReport`), for the command line's details;
    #: None when the round stopped before the engine could report.
    report: Any = None

    @property
    def reached_share(self) -> bool:
        """The share was reached and our changes are on it (some files of others may still
        have been refused)."""
        return self.problem is None


@dataclass(frozen=True, slots=True)
class LastRound:
    """What the last rounds left behind, read back after a restart for the status bar."""

    last_success: datetime | None
    problem: SyncProblem | None
    problem_detail: str
    problem_when: datetime | None
    rejected: tuple[str, ...]
    held_back: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class DeviceSeen:
    device_id: str
    #: From the registry of devices; "" when that device's own row has not arrived yet.
    name: str
    #: For another computer: when its changes were last applied here. For this computer:
    #: its last successful exchange.
    last_activity: datetime | None
    #: Segments applied from that computer (for this computer: segments it published).
    segments: int
    this_machine: bool
    #: When an administrator retired it (`retire_device`); None while it counts.
    retired_on: datetime | None = None


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """One conflict for the review screen: the two competing values and who wrote them.
    `kept_value` is the one the record shows now."""

    id: str
    table_name: str
    row_id: str
    field: str
    #: The row in words: "Gautier Viviane" for a person, the name or title otherwise.
    label: str
    kept_value: Any
    other_value: Any
    kept_device: str
    other_device: str
    kept_device_name: str
    other_device_name: str
    kept_is_this_machine: bool
    other_is_this_machine: bool


@dataclass(frozen=True, slots=True)
class AlarmRow:
    id: str
    kind: str
    table_name: str
    row_id: str
    detail: str
    noticed_at: datetime | None


# --------------------------------------------------------------------------- reading helpers


def pending_count(s: Session) -> int:
    """Changes of this computer not yet on the share: the outbox and the secret outbox
    (ballots wait there until there are enough of them to be shuffled)."""
    conn = s.connection()
    changes = conn.execute(text("SELECT count(*) FROM change_log WHERE published = 0")).scalar()
    secret = conn.execute(text("SELECT count(*) FROM secret_outbox WHERE published = 0")).scalar()
    return int(changes or 0) + int(secret or 0)


def conflict_count(s: Session) -> int:
    return int(s.execute(text("SELECT count(*) FROM conflict_records")).scalar() or 0)


def read_last_round(s: Session) -> LastRound:
    """The outcome of the last rounds as recorded in the local settings."""
    success = _parse_time(_local(s, LAST_SUCCESS_KEY))
    raw = _local(s, LAST_PROBLEM_KEY)
    data: dict[str, Any] = {}
    if raw:
        try:
            loaded = json.loads(raw)
            data = loaded if isinstance(loaded, dict) else {}
        except ValueError:
            log.warning("unreadable %s setting: %r", LAST_PROBLEM_KEY, raw[:200])
    code = data.get("code") or ""
    try:
        problem = SyncProblem(code) if code else None
    except ValueError:
        problem = SyncProblem.FAILED
    return LastRound(
        last_success=success,
        problem=problem,
        problem_detail=str(data.get("detail") or ""),
        problem_when=_parse_time(str(data.get("when") or "")),
        rejected=tuple(str(x) for x in data.get("rejected") or ()),
        held_back=tuple(str(x) for x in data.get("held_back") or ()),
        skipped=tuple(
            (str(x[0]), str(x[1]))
            for x in data.get("skipped") or ()
            if isinstance(x, list) and len(x) == 2
        ),
    )


def _parse_time(raw: str) -> datetime | None:
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None


def _local(s: Session, key: str) -> str:
    row = s.get(LocalSetting, key)
    return row.value if row else ""


def _set_local(s: Session, key: str, value: str) -> None:
    row = s.get(LocalSetting, key)
    if row is None:
        s.add(LocalSetting(key=key, value=value))
    elif row.value != value:
        row.value = value


# --------------------------------------------------------------------------- the service


class SyncService:
    """Sync for the screens: one round on demand, and everything the Sync page shows."""

    def __init__(
        self,
        db: Database,
        share_folder_provider: Callable[[], str] | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        """`share_folder_provider` says where the share is; by default the folder saved in
        Settings, read again at each round so that a change there takes effect at once."""
        self._db = db
        self._share_folder = share_folder_provider or self.saved_share_folder
        self._now = now

    def saved_share_folder(self) -> str:
        with self._db.read() as s:
            return _local(s, SHARE_FOLDER_KEY).strip()

    def share_folder(self) -> str:
        return self._share_folder()

    def demo_city(self) -> str | None:
        """The key of the demo city this database holds (see `services.demo.demo.city_key`):
        None for a real city, "" for a demo made before demo shares."""
        with self._db.read() as s:
            if _local(s, DEMO_FLAG) != "1":
                return None
            return _local(s, DEMO_CITY)

    def init_demo_share(self, folder: Path) -> bool:
        """Make `folder` a demo share for this demo city, so that demo cities made alike
        (the same day, seed, scale and data files) can try the sync through it: for IT
        rehearsing before the real city's share. Returns False when it already was one for
        this city. A real city's database never makes one, and no share is ever turned from
        one kind into the other (`DemoShareNotMade`)."""
        city = self.demo_city()
        if city is None:
            raise DemoShareNotMade(DemoShareError.NOT_DEMO)
        if not city:
            raise DemoShareNotMade(DemoShareError.NO_CITY_KEY)
        try:
            made = init_demo_share(Path(folder), city)
        except DemoShareRefused as exc:
            code = DemoShareError.REAL_SHARE if exc.reason == "real" else DemoShareError.OTHER_CITY
            raise DemoShareNotMade(code, exc.demo_city) from exc
        except (ShareError, OSError) as exc:
            raise DemoShareNotMade(DemoShareError.UNUSABLE, str(exc)) from exc
        if made:
            log.info("demo share made in %s for the demo city %s", folder, city)
        return made

    # ---------------------------------------------------------------- the round

    def run_round(self, flush_secret: bool = False, wait_s: float | None = None) -> SyncSummary:
        """Publish this computer's changes and apply the others'. Never raises: a share that
        went away, refused a write or was written by a newer version ends as a problem code,
        and everything stays on this computer until the next round.

        `flush_secret` also publishes ballots held back until there are enough of them: for
        the end of a vote, or a USB stick about to leave. `wait_s`: how long to wait for a
        round already running on this database (the command line's `--wait`). The
        application and the command line both go through here, so that a round is recorded
        the same way whoever started it."""
        when = self._now().replace(microsecond=0)
        folder = self._share_folder()
        if not folder:
            return self._finish(when, None, SyncProblem.NOT_CONFIGURED, "", flush_secret)
        try:
            engine = SyncEngine(
                self._db,
                Path(folder),
                round_wait_s=ROUND_WAIT_S if wait_s is None else wait_s,
            )
            report = engine.round(flush_secret=flush_secret)
        except OSError as exc:  # the share vanished under a step that does not wrap it
            log.warning("sync round stopped on a file error: %s", exc)
            return self._finish(when, None, SyncProblem.UNREACHABLE, str(exc), flush_secret)
        except Exception as exc:  # noqa: BLE001 - a round must never stop the application
            log.exception("sync round failed")
            return self._finish(when, None, SyncProblem.FAILED, str(exc), flush_secret)
        problem: SyncProblem | None = None
        if report.problem:
            problem = _ENGINE_PROBLEMS.get(report.problem, SyncProblem.FAILED)
        return self._finish(when, report, problem, report.problem_detail, flush_secret)

    def _finish(
        self,
        when: datetime,
        report: Any,
        problem: SyncProblem | None,
        detail: str,
        flush_secret: bool,
    ) -> SyncSummary:
        rejected = tuple(report.rejected) if report is not None else ()
        held_back = tuple(report.held_back) if report is not None else ()
        gaps = tuple(report.gaps) if report is not None else ()
        skipped = tuple(report.skipped) if report is not None else ()
        try:
            with self._db.read() as s:
                conflicts = conflict_count(s)
                pending = pending_count(s)
        except Exception:  # noqa: BLE001 - the figures are a courtesy; the round is done
            log.exception("could not count conflicts and pending changes")
            conflicts = pending = 0
        summary = SyncSummary(
            when=when,
            ok=problem is None and not rejected and not skipped,
            written=report.written if report is not None else 0,
            applied=report.applied if report is not None else 0,
            changes_applied=report.changes_applied if report is not None else 0,
            conflicts_open=conflicts,
            rejected=rejected,
            held_back=held_back,
            gaps=gaps,
            skipped=skipped,
            problem=problem,
            problem_detail=detail,
            pending=pending,
            flushed_secret=flush_secret,
            identity_left=bool(report is not None and report.identity_left),
            rejoined=bool(report is not None and report.rejoined),
            report=report,
        )
        # No folder: nothing was tried, so nothing to remember. (A demo rule's refusal is
        # remembered: the status bar says why this computer does not exchange.)
        if problem is not SyncProblem.NOT_CONFIGURED:
            self._record(summary)
        return summary

    def _record(self, summary: SyncSummary) -> None:
        """Keep the outcome in the local settings, so the status bar can tell it after a
        restart: the last success, and the last problem (cleared by a clean round)."""
        if (
            summary.problem is None
            and not summary.rejected
            and not summary.held_back
            and not summary.skipped
        ):
            problem = ""
        else:
            problem = json.dumps(
                {
                    "when": summary.when.isoformat(),
                    "code": summary.problem.value if summary.problem else "",
                    "detail": summary.problem_detail,
                    "rejected": list(summary.rejected),
                    "held_back": list(summary.held_back),
                    "skipped": [list(x) for x in summary.skipped],
                },
                ensure_ascii=False,
            )
        try:
            with self._db.write() as s:
                if summary.problem is None:
                    _set_local(s, LAST_SUCCESS_KEY, summary.when.isoformat())
                _set_local(s, LAST_PROBLEM_KEY, problem)
        except Exception:  # noqa: BLE001 - the round itself is done and kept
            log.exception("could not record the outcome of the sync round")

    # ---------------------------------------------------------------- what the page shows

    def last_round(self) -> LastRound:
        with self._db.read() as s:
            return read_last_round(s)

    def pending(self) -> int:
        with self._db.read() as s:
            return pending_count(s)

    def this_device_id(self) -> str:
        with self._db.read() as s:
            state = s.get(LocalState, 1)
            assert state is not None
            return state.device_id

    def devices(self) -> list[DeviceSeen]:
        """This computer first, then every computer whose changes arrived here or whose
        registration did, by name."""
        with self._db.read() as s:
            state = s.get(LocalState, 1)
            assert state is not None
            me = state.device_id
            names = {i: n for i, n in s.execute(select(Device.id, Device.name))}
            applied = {
                device: (last, int(segments or 0))
                for device, last, segments in s.execute(
                    select(
                        SyncApplied.device,
                        func.max(SyncApplied.last_applied_at),
                        func.sum(SyncApplied.segments),
                    ).group_by(SyncApplied.device)
                )
            }
            published = s.scalar(select(func.sum(SyncPublished.segments))) or 0
            last = read_last_round(s).last_success
        rows = [
            DeviceSeen(
                device_id=me,
                name=names.get(me) or socket.gethostname(),
                last_activity=last,
                segments=int(published),
                this_machine=True,
            )
        ]
        retired = retire.retirements(self._db)
        others = (set(applied) | set(names) | set(retired)) - {me}
        for device in others:
            when, segments = applied.get(device, (None, 0))
            gone = retired.get(device)
            rows.append(
                DeviceSeen(
                    device,
                    names.get(device, ""),
                    when,
                    segments,
                    False,
                    (gone.on or self._now()) if gone is not None else None,
                )
            )
        rows[1:] = sorted(rows[1:], key=lambda d: (d.name == "", d.name.casefold(), d.device_id))
        return rows

    def retire_device(self, device_id: str) -> None:
        """Retire another computer that will not come back (lost, broken, replaced): it no
        longer holds back the cleaning of the share (`sync.retire`, which also says what
        happens if it comes back). Needs the share, to name the computer's newest
        acknowledgement; the decision syncs to every computer."""
        me = self.this_device_id()
        if device_id == me:
            raise RetireRefused(RetireError.THIS_COMPUTER)
        folder = self._share_folder()
        if not folder:
            raise RetireRefused(RetireError.NOT_CONFIGURED)
        try:
            share = open_share(Path(folder))
            acks = share.read_ack_files()
        except (ShareError, OSError) as exc:
            raise RetireRefused(RetireError.UNREACHABLE, str(exc)) from exc
        hidden = [e.path for e in share.skipped if device_id in e.path.parts]
        if hidden:
            # Its acknowledgement cannot be read now: retiring it "as it was" would name
            # none, and its next acknowledgement would undo the retirement at once.
            raise RetireRefused(RetireError.UNREACHABLE, str(hidden[0]))
        ack = acks.get(device_id)
        retire.retire(
            self._db,
            device_id,
            ack.checksum if ack is not None else None,
            self._now().replace(microsecond=0),
            me,
        )
        log.info("computer %s retired from the share", device_id)

    def conflicts(self) -> list[ConflictRow]:
        """The open conflicts, with the row and the computers in words, by name."""
        views = merge.open_conflicts(self._db)
        if not views:
            return []
        with self._db.read() as s:
            me = s.get(LocalState, 1).device_id  # type: ignore[union-attr]  # the local state row always exists (migration 0001)
            names = {i: n for i, n in s.execute(select(Device.id, Device.name))}
            labels = {
                (v.table_name, v.row_id): self._row_label(s, v.table_name, v.row_id) for v in views
            }
        rows = [
            ConflictRow(
                id=v.id,
                table_name=v.table_name,
                row_id=v.row_id,
                field=v.field,
                label=labels[(v.table_name, v.row_id)],
                kept_value=v.kept_value,
                other_value=v.other_value,
                kept_device=v.kept_device,
                other_device=v.other_device,
                # A write kept beside another one made under the same version bears that
                # version's device with a mark (merge.record_write): named as its device.
                kept_device_name=names.get(v.kept_device.split(merge.TWIN_MARK)[0], ""),
                other_device_name=names.get(v.other_device.split(merge.TWIN_MARK)[0], ""),
                kept_is_this_machine=v.kept_device.split(merge.TWIN_MARK)[0] == me,
                other_is_this_machine=v.other_device.split(merge.TWIN_MARK)[0] == me,
            )
            for v in views
        ]
        rows.sort(key=lambda c: (c.table_name, c.label.casefold(), c.row_id, c.field, c.id))
        return rows

    @staticmethod
    def _row_label(s: Session, table: str, row_id: str) -> str:
        conn = s.connection()
        if table == "people":
            row = conn.execute(
                text("SELECT last_name, first_name FROM people WHERE id = :id"), {"id": row_id}
            ).first()
            return " ".join(p for p in (row[0], row[1]) if p) if row else ""
        columns = {r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')}
        for column in _LABEL_COLUMNS:
            if column in columns:
                value = conn.execute(
                    text(f'SELECT "{column}" FROM "{table}" WHERE id = :id'), {"id": row_id}
                ).scalar()
                return str(value) if value else ""
        return ""

    def resolve(self, conflict_id: str, keep_other: bool) -> None:
        """The coordinator's choice: keep the value shown now (`keep_other` false) or the
        competing one. The choice is an ordinary change: it reaches every computer at the
        next rounds, and the conflict disappears there too."""
        merge.resolve(self._db, conflict_id, keep_other)

    def alarms(self) -> list[AlarmRow]:
        """What sync refused to do silently, newest first."""
        with self._db.read() as s:
            rows = s.scalars(select(SyncAlarm).order_by(SyncAlarm.noticed_at.desc(), SyncAlarm.id))
            found = []
            for a in rows:
                detail = a.detail
                if a.kind == ALARM_DOUBLE_USE:  # the batch by its label, as printed on its slips
                    batch = s.get(CodeBatch, a.row_id)
                    detail = batch.label if batch is not None and batch.label else ""
                found.append(AlarmRow(a.id, a.kind, a.table_name, a.row_id, detail, a.noticed_at))
            return found
