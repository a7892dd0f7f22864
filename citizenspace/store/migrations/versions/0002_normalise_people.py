"""Normalise people's e-mail addresses and names (a data migration).

Revision ID: 0002_normalise_people
Revises: 0001_initial
Create Date: 2026-11-26

Why: addresses typed as "Alice@Example.FR " and names with doubled spaces made the same
person look like two in searches and in duplicate checks. From now on the service normalises
on entry; this migration brings existing rows to the same shape. Being a plain UPDATE on a
synced table, it is captured for sync by the triggers like any other change.
"""

import sqlalchemy as sa
from alembic import op

from citizenspace.domain.people import search_key

revision = "0002_normalise_people"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT id, first_name, last_name, email, search_key FROM people")
    ).fetchall()
    for pid, first, last, email, key in rows:
        f, l, e = " ".join(first.split()), " ".join(last.split()), email.strip().lower()
        k = search_key(f"{l} {f}")
        if (f, l, e, k) != (first, last, email, key):
            conn.execute(
                sa.text("UPDATE people SET first_name = :f, last_name = :l, email = :e, "
                        "search_key = :k WHERE id = :id"),
                {"f": f, "l": l, "e": e, "k": k, "id": pid},
            )


def downgrade() -> None:
    """Nothing to undo: the normalised values are the same data, better typed."""
