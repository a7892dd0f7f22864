"""Reception desk: the waiting queue, ticket categories and history, mystery surveys.

Why: the desk logs visits with their waiting and service times kept in seconds (so that a
year of indicators is read from an index), follow-up tickets get categories with their
delays, a workflow history and the citizen's contact (anonymised in time), directory
entries a website, and the quality label's mystery surveys their own table. The filters
of the visit log each get an index so that years of visits stay instant.

Revision ID: 0005_reception
Revises: 0004_paper_entries
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

from citizenspace.store import capture

revision = "0005_reception"
down_revision = "0004_paper_entries"
branch_labels = None
depends_on = None

_CHANNEL = sa.Enum(
    "desk",
    "phone",
    "email",
    "letter",
    "bus",
    "allo_mairie",
    name="channel",
    native_enum=False,
    length=32,
    create_constraint=False,
)
_STATUS = sa.Enum(
    "new",
    "forwarded",
    "in_progress",
    "resolved",
    "rejected",
    name="ticketstatus",
    native_enum=False,
    length=32,
    create_constraint=False,
)


def upgrade() -> None:
    op.create_table(
        "waiting_visitors",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column("channel", _CHANNEL, nullable=False),
        sa.Column("arrived_at", sa.DateTime(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("theme_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("waiting_visitors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_waiting_visitors_arrived_at"), ["arrived_at"])

    op.create_table(
        "mystery_surveys",
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column("channel", _CHANNEL, nullable=False),
        sa.Column("surveyed_on", sa.Date(), nullable=False),
        sa.Column("surveyor", sa.String(length=120), nullable=False),
        sa.Column("grid", sa.String(length=40), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("comment", sa.String(length=1000), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mystery_surveys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mystery_surveys_surveyed_on"), ["surveyed_on"])

    op.create_table(
        "ticket_categories",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.String(length=400), nullable=False),
        sa.Column("keywords", sa.String(length=400), nullable=False),
        sa.Column("due_days", sa.Integer(), nullable=False),
        sa.Column("directory_entry_id", sa.String(length=36), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["directory_entry_id"], ["directory_entries.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "ticket_events",
        sa.Column("ticket_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("status", _STATUS, nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("staff_account_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["staff_account_id"], ["staff_accounts.id"]),
        sa.ForeignKeyConstraint(["ticket_id"], ["follow_ups.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ticket_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_events_ticket_id"), ["ticket_id"])

    with op.batch_alter_table("directory_entries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("website", sa.String(length=300), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("active", sa.Boolean(), server_default="1", nullable=False))

    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.add_column(sa.Column("category_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("site_id", sa.String(length=36), nullable=True))
        for name, length in (("contact_name", 120), ("contact_phone", 40), ("contact_email", 254)):
            batch_op.add_column(
                sa.Column(name, sa.String(length=length), server_default="", nullable=False)
            )
        batch_op.add_column(sa.Column("person_id", sa.String(length=36), nullable=True))
        batch_op.add_column(
            sa.Column("outside_competence", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("forwarded_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("informed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("closed_on", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_follow_ups_opened_on"), ["opened_on"])
        batch_op.create_index(batch_op.f("ix_follow_ups_person_id"), ["person_id"])
        batch_op.create_index("ix_follow_ups_status_due", ["status", "due_on"])
        batch_op.create_index(batch_op.f("ix_follow_ups_visit_id"), ["visit_id"])
        batch_op.create_foreign_key(
            "fk_follow_ups_category_id_ticket_categories",
            "ticket_categories",
            ["category_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            "fk_follow_ups_person_id_people", "people", ["person_id"], ["id"]
        )
        batch_op.create_foreign_key("fk_follow_ups_site_id_sites", "sites", ["site_id"], ["id"])

    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.add_column(sa.Column("wait_seconds", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("service_seconds", sa.Integer(), nullable=True))
        batch_op.drop_index("ix_visits_site_arrived")
        batch_op.create_index(
            "ix_visits_quality",
            [
                "site_id",
                "arrived_at",
                "channel",
                "outcome",
                "satisfaction",
                "wait_seconds",
                "started_at",
            ],
        )
        batch_op.create_index("ix_visits_arrived", ["arrived_at"])
        batch_op.create_index("ix_visits_channel_arrived", ["channel", "arrived_at"])
        batch_op.create_index("ix_visits_outcome_arrived", ["outcome", "arrived_at"])
        batch_op.create_index(batch_op.f("ix_visits_person_id"), ["person_id"])
        batch_op.create_index("ix_visits_staff_arrived", ["staff_account_id", "arrived_at"])
        batch_op.create_index("ix_visits_theme_arrived", ["theme_id", "arrived_at"])

    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index("ix_change_log_row", ["table_name", "row_id"])

    # The derived times of visits already logged: every machine computes the same values
    # from the same synced times, so nothing needs to travel. Visits are insert-only, so
    # their guard trigger is set aside for this one update and reinstalled below.
    bind = op.get_bind()
    bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{capture.PREFIX}visits_upd"')
    bind.exec_driver_sql(
        """UPDATE visits SET
             wait_seconds = CASE WHEN started_at IS NULL THEN NULL ELSE
               CAST(round((julianday(started_at) - julianday(arrived_at)) * 86400) AS INTEGER) END,
             service_seconds = CASE WHEN started_at IS NULL OR ended_at IS NULL THEN NULL ELSE
               CAST(round((julianday(ended_at) - julianday(started_at)) * 86400) AS INTEGER) END"""
    )
    capture.install(bind)


def downgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_row")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        for name in (
            "ix_visits_theme_arrived",
            "ix_visits_staff_arrived",
            "ix_visits_person_id",
            "ix_visits_outcome_arrived",
            "ix_visits_channel_arrived",
            "ix_visits_arrived",
        ):
            batch_op.drop_index(name)
        batch_op.drop_column("service_seconds")
        batch_op.drop_column("wait_seconds")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        for name in (
            "ix_follow_ups_visit_id",
            "ix_follow_ups_status_due",
            "ix_follow_ups_person_id",
            "ix_follow_ups_opened_on",
        ):
            batch_op.drop_index(name)
        for name in (
            "closed_on",
            "informed_on",
            "forwarded_on",
            "outside_competence",
            "person_id",
            "contact_email",
            "contact_phone",
            "contact_name",
            "site_id",
            "category_id",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("directory_entries", schema=None) as batch_op:
        batch_op.drop_column("active")
        batch_op.drop_column("website")
    op.drop_table("ticket_events")
    op.drop_table("ticket_categories")
    op.drop_table("mystery_surveys")
    op.drop_table("waiting_visitors")
