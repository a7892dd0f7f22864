"""People: the day of their latest activity whose link retention has cut.

Why: the 12-month visit rule blanks a visit's link to its person, and the 36-month people
rule then no longer saw that visit: someone seen 13 months ago was blanked as if never seen
(issue 12). Before a rule cuts such a link, the day it stood for is now kept on the person's
sheet, and blanked with the rest of the sheet when the person's own period ends. Existing
sheets start empty: links already cut cannot be told again.

Revision ID: 0010_last_involvement
Revises: 0009_sync_identity
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

from citizenspace.store import capture

revision = "0010_last_involvement"
down_revision = "0009_sync_identity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_involved_on", sa.Date(), nullable=True))
    capture.install(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("last_involved_on")
