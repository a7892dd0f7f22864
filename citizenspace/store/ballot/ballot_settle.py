"""Moving votes from a kiosk's ballot box into its database, in batches of at least ten.

Why batches: once in the database, ballots and used codes are captured for the share and sit
in the WAL file for a while. A batch of at least ``MIN_BATCH`` votes, inserted in a random
order, pairs no ballot with its code better than one chance in the batch's size. During a
vote the box keeps a pool of ``MIN_BATCH`` votes, so that the last votes of a kiosk never
leave alone: they leave with the pool at the end (``final``). A kiosk whose whole vote has
fewer than ``MIN_BATCH`` ballots keeps them, and says so to every machine through a shared
setting (``held_key``) that the results page reads.
"""

from __future__ import annotations

import logging
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from citizenspace.domain.catalog import BallotChannel, EditionPhase
from citizenspace.store.ballot.ballot_box import BallotBox
from citizenspace.store.database import Database
from citizenspace.store.models import Ballot, BudgetEdition, LocalState, Setting, UsedCode

#: The fewest votes that ever leave a kiosk together.
MIN_BATCH = 10
HELD_PREFIX = "ballots_held:"
log = logging.getLogger(__name__)
ALARM_DOUBLE_USE = "code_used_twice"
_ALARM_NAMESPACE = uuid.UUID("5d0c2f1e-3b7a-4c69-9a51-0e2d8f4b6c17")


def held_key(edition_id: str, device_id: str) -> str:
    return f"{HELD_PREFIX}{edition_id}:{device_id}"


@dataclass(frozen=True, slots=True)
class Settled:
    moved: int
    held: int


def _day(value: str | date) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _vote_open(s, edition_id: str, today: date) -> bool:  # noqa: ANN001 - a Session
    edition = s.get(BudgetEdition, edition_id)
    if edition is None:
        return True  # not here yet (it comes with the next sync): keep the pool
    return edition.phase is EditionPhase.VOTE and (
        edition.vote_until is None or edition.vote_until >= today
    )


def settle(db: Database, *, today: date | None = None) -> Settled:
    """Move what may leave the box into the database (captured, so it goes to the share).

    While an edition's vote is open: only when the box holds at least twice ``MIN_BATCH`` of
    its ballots, and then all but ``MIN_BATCH`` of them, chosen at random (the pool). Once the
    vote is over: all of them, if at least ``MIN_BATCH``; fewer stay, and every machine is
    told how many. Safe to repeat after a crash between the two files: rows already in the
    database are skipped, then forgotten by the box (a crash between the codes and the
    ballots leaves codes in the database and their ballots in the box: the next round moves
    the ballots)."""
    box = BallotBox.for_database(db.path)
    if not box.exists():
        return Settled(0, 0)
    today = today or date.today()
    held = box.held()
    by_edition: dict[str, list[dict]] = {}
    for ballot in held.ballots:
        by_edition.setdefault(ballot["edition_id"], []).append(ballot)
    rng = random.SystemRandom()
    ballots: list[dict] = []
    remaining: dict[str, int] = {}
    leaving: set[str] = set()
    with db.read() as s:
        for edition_id, mine in by_edition.items():
            n = len(mine)
            if _vote_open(s, edition_id, today):
                take = n - MIN_BATCH if n >= 2 * MIN_BATCH else 0
            else:
                take = n if n >= MIN_BATCH else 0
            if take:
                ballots += rng.sample(mine, take)
                leaving.add(edition_id)
            remaining[edition_id] = n - take
    used = [u for u in held.used_codes if u["edition_id"] in leaving]
    if not ballots and not any(remaining.values()):
        return Settled(0, 0)
    # Used codes first, then ballots, in two transactions: no commit of the database (and
    # so no run of frames in its WAL, even one copied in the middle of a commit) ever holds
    # a ballot together with a code. Each transaction inserts its rows in a random order.
    rng.shuffle(used)
    rng.shuffle(ballots)
    if used:
        with db.write() as s:
            conn = s.connection()
            for row in used:
                stmt = sqlite_insert(UsedCode).values(
                    id=row["id"],
                    edition_id=row["edition_id"],
                    code_hash=row["code_hash"],
                    used_on=_day(row["used_on"]),
                    batch_id=row.get("batch_id"),
                    device_id=row.get("device_id"),
                )
                conn.execute(stmt.on_conflict_do_nothing(index_elements=["id"]))
            note_double_uses(conn)
    with db.write() as s:
        conn = s.connection()
        for row in ballots:
            stmt = sqlite_insert(Ballot).values(
                id=row["id"],
                edition_id=row["edition_id"],
                channel=BallotChannel(row["channel"]),
                site_id=row.get("site_id"),
                cast_on=_day(row["cast_on"]),
                choices=row["choices"],
                paper_serial=None,
            )
            conn.execute(stmt.on_conflict_do_nothing(index_elements=["id"]))
        _record_held(s, remaining)
    box.remove({b["id"] for b in ballots}, {u["id"] for u in used})
    return Settled(len(ballots), sum(remaining.values()))


def _record_held(s, remaining: dict[str, int]) -> None:  # noqa: ANN001 - a Session
    """Tell every machine how many ballots stay in this kiosk's box (only when it changed:
    a write per round would say when votes happened)."""
    state = s.get(LocalState, 1)
    if state is None:
        return
    for edition_id, count in remaining.items():
        key = held_key(edition_id, state.device_id)
        row = s.scalars(select(Setting).where(Setting.key == key)).first()
        value = str(count)
        if row is None:
            if count:
                s.add(Setting(key=key, value=value))
        elif row.value != value:
            row.value = value


def note_double_uses(conn: Connection) -> int:
    """An alarm for every batch with a code used more than once, naming the batch only
    (never the code, its verifier or a used-code id). Returns how many alarms are new."""
    found = conn.execute(
        text(
            "SELECT DISTINCT coalesce(u.batch_id, '') FROM used_codes u "
            "JOIN (SELECT edition_id, code_hash FROM used_codes GROUP BY edition_id, code_hash "
            "HAVING count(*) > 1) d ON d.edition_id = u.edition_id AND d.code_hash = u.code_hash"
        )
    ).scalars()
    new = 0
    for batch in sorted(found):
        ident = str(uuid.uuid5(_ALARM_NAMESPACE, f"{ALARM_DOUBLE_USE}|{batch}"))
        done = conn.execute(
            text(
                "INSERT OR IGNORE INTO sync_alarms (id, kind, table_name, row_id, detail, "
                "noticed_at) VALUES (:id, :kind, 'code_batches', :batch, '', :now)"
            ),
            {
                "id": ident,
                "kind": ALARM_DOUBLE_USE,
                "batch": batch,
                "now": datetime.now().replace(microsecond=0),
            },
        )
        if done.rowcount:
            new += 1
            log.warning("ballot alarm: a code of batch %s was used more than once", batch)
    return new
