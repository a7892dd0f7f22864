"""Ballot secrecy: codes checked against verifiers, keys kept where slips are printed.

Why: an edition's secret (`code_key`) travelled to every kiosk and on the share, and from it
anyone could make valid voting codes. From now on a kiosk holds only each code's verifier
(scrypt under the edition's salt, sorted, so not in print order), the key that prints a batch
again stays on the machine that holds it (a local setting), and a used code's id is random so
that a code used on two kiosks is never merged away.

This migration turns existing editions over, on every machine, the same way (so no change is
captured for the share; every machine computes the same rows): the salt and the paper key are
derived from the old secret, every batch gets its verifiers, every used code its verifier and
its batch, and the old secret is blanked here and in what this machine has yet to publish.
A kiosk forgets the printing keys when it starts as a kiosk (services.budget).

Revision ID: 0006_ballot_secrecy
Revises: 0005_reception
Create Date: 2026-12-07
"""

import hashlib
import hmac

import sqlalchemy as sa
from alembic import op

from citizenspace.domain.budget import codes
from citizenspace.store import capture

revision = "0006_ballot_secrecy"
down_revision = "0005_reception"
branch_labels = None
depends_on = None

_SALT_LABEL = b"citizenspace/budget/verifier-salt/v1"


def _drop_capture(conn) -> None:  # noqa: ANN001
    for (name,) in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
        (capture.PREFIX + "%",),
    ).fetchall():
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')


def upgrade() -> None:
    conn = op.get_bind()
    _drop_capture(conn)  # reinstalled at the end by the migration environment
    with op.batch_alter_table("budget_editions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("code_salt", sa.String(length=32), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("paper_key", sa.String(length=64), server_default="", nullable=False)
        )
    with op.batch_alter_table("code_batches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("verifiers", sa.Text(), server_default="", nullable=False))

    # used_codes: random ids, two new columns, no unique (edition, code): rebuilt by hand to
    # keep it WITHOUT ROWID (a batch copy would lose that).
    conn.exec_driver_sql("ALTER TABLE used_codes RENAME TO used_codes_0005")
    conn.exec_driver_sql(
        "CREATE TABLE used_codes (edition_id VARCHAR(36) NOT NULL, code_hash VARCHAR(64) NOT "
        "NULL, used_on DATE NOT NULL, batch_id VARCHAR(36), device_id VARCHAR(36), id "
        "VARCHAR(36) NOT NULL, PRIMARY KEY (id), FOREIGN KEY(edition_id) REFERENCES "
        "budget_editions (id)) WITHOUT ROWID"
    )
    conn.exec_driver_sql(
        "CREATE INDEX ix_used_codes_edition_hash ON used_codes (edition_id, code_hash)"
    )

    used = conn.exec_driver_sql(
        "SELECT id, edition_id, code_hash, used_on FROM used_codes_0005"
    ).fetchall()
    editions = conn.exec_driver_sql("SELECT id, code_key FROM budget_editions").fetchall()
    by_old_hash: dict[tuple[str, str], tuple[str, str]] = {}
    for edition_id, secret in editions:
        if not secret:
            continue
        salt = hmac.new(bytes.fromhex(secret), _SALT_LABEL, hashlib.sha256).hexdigest()[:32]
        paper = codes.batch_key(secret, "paper-ballots").hex()
        conn.exec_driver_sql(
            "UPDATE budget_editions SET code_salt = ?, paper_key = ?, code_key = '' "
            "WHERE id = ?",
            (salt, paper, edition_id),
        )
        for batch_id, prefix, size in conn.exec_driver_sql(
            "SELECT id, prefix, size FROM code_batches WHERE edition_id = ?", (edition_id,)
        ).fetchall():
            key = codes.batch_key(secret, batch_id)
            made = codes.legacy_batch_codes(key, prefix, size)
            values = []
            for code in made:
                value = codes.verifier(code, salt)
                values.append(value)
                by_old_hash[(edition_id, codes.legacy_code_hash(code, secret))] = (value, batch_id)
            conn.exec_driver_sql(
                "UPDATE code_batches SET verifiers = ? WHERE id = ?",
                ("".join(sorted(values)), batch_id),
            )
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO local_settings (key, value) VALUES (?, ?)",
                ("reprint_key:" + batch_id, key.hex()),
            )
    for ident, edition_id, old_hash, used_on in used:
        value, batch_id = by_old_hash.get((edition_id, old_hash), (old_hash, None))
        conn.exec_driver_sql(
            "INSERT INTO used_codes (id, edition_id, code_hash, used_on, batch_id, device_id) "
            "VALUES (?, ?, ?, ?, ?, NULL)",
            (ident, edition_id, value, used_on, batch_id),
        )
    conn.exec_driver_sql("DROP TABLE used_codes_0005")
    conn.exec_driver_sql(
        "UPDATE secret_outbox SET data = (SELECT json_object('edition_id', u.edition_id, "
        "'code_hash', u.code_hash, 'used_on', u.used_on, 'batch_id', u.batch_id, "
        "'device_id', u.device_id, 'id', u.id) FROM used_codes u WHERE u.id = "
        "secret_outbox.row_id) WHERE table_name = 'used_codes' "
        "AND row_id IN (SELECT id FROM used_codes)"
    )
    # What this machine has yet to publish must not carry the old secret either.
    conn.exec_driver_sql(
        "UPDATE change_log SET data = json_set(data, '$.code_key', '') "
        "WHERE table_name = 'budget_editions' AND data IS NOT NULL "
        "AND json_type(data, '$.code_key') IS NOT NULL"
    )
    conn.exec_driver_sql(
        "DELETE FROM field_writes WHERE table_name = 'budget_editions' AND field = 'code_key'"
    )


def downgrade() -> None:
    raise NotImplementedError("the old secret is gone: restore the backup made before 0006")
