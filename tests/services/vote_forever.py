"""Run by the crash and secrecy tests in a child process: a kiosk casting votes one after
the other with the codes listed in a file, until killed. Not a test module (no test_ prefix).

    vote_forever.py DB CODES.json TODAY [--truth FILE] [--settle-every K] [--checkpoint-every K]
                    [--pause SECONDS]

`--truth` appends, after each confirmed vote, the used code's id and the ballot's id (read
from the ballot box before and after): what only the test may know. `--settle-every` moves
votes from the box to the database every K votes, as the background sync does;
`--checkpoint-every` checkpoints the database's WAL, as SQLite does on its own."""

from __future__ import annotations

import argparse
import json
import os
import time
from datetime import date
from pathlib import Path

from citizenspace.services.budget.budget import BudgetService, VoteRefused
from citizenspace.store.ballot.ballot_box import BallotBox
from citizenspace.store.migrate import open_database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("codes")
    parser.add_argument("today")
    parser.add_argument("--truth")
    parser.add_argument("--settle-every", type=int, default=0)
    parser.add_argument("--checkpoint-every", type=int, default=0)
    parser.add_argument("--pause", type=float, default=0.0)
    args = parser.parse_args()
    today = date.fromisoformat(args.today)
    db, _ = open_database(Path(args.db))
    service = BudgetService(db, today=lambda: today)
    box = BallotBox.for_database(Path(args.db))
    edition = service.open_edition()
    projects = [p.id for p in edition.projects]
    truth = open(args.truth, "a") if args.truth else None  # noqa: SIM115 - kept open on purpose
    print("ready", flush=True)
    voted = 0
    for i, code in enumerate(json.loads(Path(args.codes).read_text())):
        before = box.held() if truth else None
        try:
            service.cast_with_code(edition.id, code, [projects[i % len(projects)]])
        except VoteRefused:
            continue  # used before the last kill
        voted += 1
        if truth is not None and before is not None:
            after = box.held()
            (used,) = {u["id"] for u in after.used_codes} - {u["id"] for u in before.used_codes}
            (ballot,) = {b["id"] for b in after.ballots} - {b["id"] for b in before.ballots}
            truth.write(f"{used} {ballot}\n")
            truth.flush()
            os.fsync(truth.fileno())
        print("voted", flush=True)
        if args.settle_every and voted % args.settle_every == 0:
            service.settle_box()
        if args.checkpoint_every and voted % args.checkpoint_every == 0:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        if args.pause:
            time.sleep(args.pause)
    print("done", flush=True)


if __name__ == "__main__":
    main()
