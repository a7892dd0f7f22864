"""Paper ballots typed twice: one row per typing.

Why: an edition may ask two staff members to type each paper ballot; a ballot is counted
once two typings of its serial agree, and typings that differ are shown for review.

Revision ID: 0004_paper_entries
Revises: 0003_sync_bookkeeping
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

from citizenspace.store import capture

revision = "0004_paper_entries"
down_revision = "0003_sync_bookkeeping"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "paper_entries",
        sa.Column("edition_id", sa.String(length=36), nullable=False),
        sa.Column("serial", sa.String(length=40), nullable=False),
        sa.Column("choices", sa.Text(), nullable=False),
        sa.Column("entered_on", sa.Date(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["edition_id"], ["budget_editions.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("paper_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_paper_entries_edition_id"), ["edition_id"])
        batch_op.create_index(batch_op.f("ix_paper_entries_serial"), ["serial"])
    capture.install(op.get_bind())


def downgrade() -> None:
    op.drop_table("paper_entries")
