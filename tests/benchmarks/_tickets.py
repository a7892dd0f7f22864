"""A city database with 20,000 follow-up tickets, for the Follow-ups benchmark and the test
that the list reads them a window at a time.

Five years of Allô mairie reports and follow-ups on the demo city's categories, services and
sites: most closed long ago (resolved or rejected), the recent ones still open, some of those
late, a few forwarded outside the City's competence. Each ticket has its first step in the
history, as the desk writes it. Inserted the way a sync merge inserts them (capture triggers
standing aside), so that building takes seconds, not minutes.

`tickets_db(target)` gives a fresh copy of a cached file (built once under the system's
temporary folder); `insert_tickets(db, n)` adds tickets to any database that has categories.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from citizenspace.domain.ids import new_id  # noqa: E402
from citizenspace.store.database import Database  # noqa: E402

TICKETS = 20_000
TODAY = date(2026, 11, 25)
CACHE = Path(tempfile.gettempdir()) / "citizenspace-bench"

_STREETS = (
    "rue d'Isle",
    "rue Voltaire",
    "boulevard Gambetta",
    "rue de la Sellerie",
    "avenue Faidherbe",
    "place de l'Hôtel de Ville",
    "rue Émile Zola",
    "chemin du Moulin",
)
_WHAT = (
    "Lampadaire éteint",
    "Trou dans la chaussée",
    "Dépôt sauvage",
    "Bac d'ordures ménagères non collecté",
    "Tag sur un mur",
    "Feu tricolore en panne",
    "Nid-de-poule dangereux",
    "Question transmise au service",
)


def insert_tickets(db: Database, n: int, today: date = TODAY, seed: int = 20_000) -> None:
    """`n` tickets opened over the five years before `today`, each with its first event."""
    rng = random.Random(seed)
    with db.read() as s:
        q = s.connection().exec_driver_sql
        categories = [tuple(r) for r in q("SELECT id, name, due_days FROM ticket_categories")]
        entries = [r[0] for r in q("SELECT id FROM directory_entries ORDER BY name")]
        outside = [
            r[0] for r in q("SELECT id FROM directory_entries WHERE competence != 'city'")
        ] or entries
        sites = [r[0] for r in q("SELECT id FROM sites ORDER BY name")]
    assert categories, "the database needs ticket categories"
    first = today - timedelta(days=5 * 365)
    span = (today - first).days
    tickets, events = [], []
    for k in range(n):
        opened = first + timedelta(days=span * k // n)
        category_id, category, due_days = rng.choice(categories)
        age = (today - opened).days
        # Old tickets are closed; the last months' still open, some of them late.
        closed = rng.random() < (0.99 if age > 120 else 0.5 if age > 30 else 0.2)
        status = (
            rng.choice(("resolved", "resolved", "resolved", "rejected"))
            if closed
            else rng.choice(("new", "forwarded", "in_progress"))
        )
        is_outside = status == "forwarded" and rng.random() < 0.2
        informed = closed or (is_outside and rng.random() < 0.6)
        due = opened + timedelta(days=due_days)
        tid = new_id()
        street = rng.choice(_STREETS)
        tickets.append(
            (
                tid,
                category,
                category_id,
                f"{rng.choice(_WHAT)}, {street} (n° {k})",
                f"{rng.randint(1, 120)} {street}, 02100 Saint-Quentin",
                opened.isoformat(),
                due.isoformat(),
                status,
                "Fait" if status == "resolved" else "Hors voirie" if status == "rejected" else "",
                "email" if informed else "",
                rng.choice(outside) if is_outside else rng.choice(entries),
                rng.choice(sites),
                1 if is_outside else 0,
                opened.isoformat() if status == "forwarded" else None,
                (opened + timedelta(days=rng.randint(0, 40))).isoformat() if informed else None,
                min(today, opened + timedelta(days=rng.randint(1, 60))).isoformat()
                if closed
                else None,
            )
        )
        at = datetime.combine(opened, datetime.min.time()) + timedelta(hours=9, minutes=k % 480)
        events.append((new_id(), tid, at.strftime("%Y-%m-%d %H:%M:%S.%f"), "new", ""))
    with db.write() as w:
        raw = w.connection().connection.driver_connection
        raw.execute("UPDATE local_state SET applying = 1 WHERE id = 1")
        raw.executemany(
            "INSERT INTO follow_ups (id, category, category_id, description, address,"
            " opened_on, due_on, status, status_reason, citizen_informed_by,"
            " directory_entry_id, site_id, outside_competence, forwarded_on, informed_on,"
            " closed_on, contact_name, contact_phone, contact_email)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'','','')",
            tickets,
        )
        raw.executemany(
            "INSERT INTO ticket_events (id, ticket_id, at, status, reason) VALUES (?,?,?,?,?)",
            events,
        )
        raw.execute("UPDATE local_state SET applying = 0 WHERE id = 1")


def _build(path: Path) -> None:
    from citizenspace.services.demo.demo import generate
    from citizenspace.store.migrate import open_database

    db, _ = open_database(path)
    generate(db, scale=0.01, today=TODAY)  # places, directory, categories, a few tickets
    insert_tickets(db, TICKETS)
    db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def tickets_db(target: Path) -> Path:
    """A fresh copy, at `target`, of the cached 20,000-ticket database (built if needed)."""
    from citizenspace.store.migrations import HEAD

    CACHE.mkdir(exist_ok=True)
    cached = CACHE / f"tickets-{TICKETS}-{HEAD}.db"
    if not cached.exists():
        print(f"Building the {TICKETS:,}-ticket database once...", flush=True)
        partial = cached.with_suffix(".partial")
        for p in CACHE.glob(partial.name + "*"):
            p.unlink()
        _build(partial)
        partial.rename(cached)
    shutil.copyfile(cached, target)
    return target


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as t:
        p = tickets_db(Path(t) / "t.db")
        c = sqlite3.connect(p)
        print(c.execute("SELECT status, count(*) FROM follow_ups GROUP BY 1").fetchall())
