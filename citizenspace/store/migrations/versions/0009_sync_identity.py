"""Sync identity: the segments this database wrote, and changes left under an old identity.

Why: a copied database (a cloned disk image, a backup put back by hand) kept its original's
device and epoch, adopted the original's segments as its own by their numbers, and its own
changes never reached anyone (issue "cloned and copied databases"). From now on every
segment written is recorded by its checksum before it is written, so a segment under our
identity that we did not write is recognised; see `store.identity`.

Existing databases start with an empty record: the first round after the upgrade takes the
chain ending at the last segment they know they published as theirs (`sync.engine`).

Revision ID: 0009_sync_identity
Revises: 0006_ballot_secrecy
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_sync_identity"
down_revision = "0006_ballot_secrecy"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_own_segments",
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("epoch", sa.String(length=36), nullable=False),
        sa.Column("checksum", sa.String(length=64), nullable=False),
        sa.Column("written", sa.Integer(), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("log_from", sa.Integer(), nullable=False),
        sa.Column("log_to", sa.Integer(), nullable=False),
        sa.Column("secret", sa.Integer(), nullable=False),
        sa.Column("confirmed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("device", "epoch", "checksum"),
    )
    op.create_table(
        "sync_leftovers",
        sa.Column("epoch", sa.String(length=36), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("upto_log", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("epoch"),
    )


def downgrade() -> None:
    op.drop_table("sync_leftovers")
    op.drop_table("sync_own_segments")
