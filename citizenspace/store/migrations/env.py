"""Alembic environment: always runs on a connection handed over by `store.migrate`."""

from alembic import context

from citizenspace.store import capture
from citizenspace.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise SystemExit("Run migrations through `citizenspace db upgrade --db PATH`.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only alter tables by copying them
    transaction_per_migration=False,
)
# The transaction is the caller's (store.migrate.schema_change): foreign keys are off
# during the migration and checked before it commits.
context.run_migrations()
# Safety net: whatever a migration did to the tables, the triggers match them now.
capture.install(connection)
