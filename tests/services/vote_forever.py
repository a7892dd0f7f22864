"""Run by test_budget_crash.py in a child process: cast kiosk votes one after the other with
the codes listed in a file, until killed. Not a test module (no test_ prefix)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from citizenspace.services.budget import BudgetService, VoteRefused
from citizenspace.store.migrate import open_database


def main() -> None:
    db_path, codes_path, today = sys.argv[1], sys.argv[2], date.fromisoformat(sys.argv[3])
    db, _ = open_database(Path(db_path))
    service = BudgetService(db, today=lambda: today)
    edition = service.open_edition()
    projects = [p.id for p in edition.projects]
    print("ready", flush=True)
    for i, code in enumerate(json.loads(Path(codes_path).read_text())):
        try:
            service.cast_with_code(edition.id, code, [projects[i % len(projects)]])
        except VoteRefused:
            continue  # used before the last kill
        print("voted", flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main()
