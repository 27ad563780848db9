"""When each laptop last synced, and as whom (issue 12: ``kam team members``).

A team server only; a laptop knows its own last sync (``sync_state``). Every sync (and
every changes file applied) notes its laptop id, the PostgreSQL role it connected as
and the time in ``sync_laptop``, so the administrator sees who has not synced for a
while. Members of an existing team are granted what they need to note it.

Revision ID: 0016_team_seen
Revises: 0015_bulk_capture
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = '0016_team_seen'
down_revision = "0015_bulk_capture"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute("""
        CREATE TABLE sync_laptop (
            laptop_id text PRIMARY KEY,
            role_name text NOT NULL,
            user_name text NOT NULL DEFAULT '',
            last_sync_at timestamptz NOT NULL DEFAULT now()
        )""")
    op.execute('CREATE INDEX ix_sync_laptop_role ON sync_laptop (role_name, last_sync_at)')
    op.execute("""
        DO $$
        DECLARE r text;
        BEGIN
            IF to_regclass('team_member') IS NULL THEN RETURN; END IF;
            FOR r IN SELECT role_name FROM team_member
                     WHERE EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) LOOP
                EXECUTE format('GRANT SELECT, INSERT, UPDATE ON sync_laptop TO %I', r);
            END LOOP;
        END $$""")


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute('DROP TABLE IF EXISTS sync_laptop')
