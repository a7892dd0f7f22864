"""Alembic migrations, shipped inside the package and run at start-up after a backup.

`REVISIONS` lists the chain in order. It lets the application tell "up to date", "needs an
upgrade" and "made by a newer version" without importing Alembic on every start; a test
checks it against Alembic's own view of the scripts.
"""

REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_normalise_people",
    "0003_sync_bookkeeping",
    "0004_paper_entries",
    "0005_reception",
    "0006_ballot_secrecy",
    "0009_sync_identity",
    "0010_last_involvement",
)
HEAD = REVISIONS[-1]
