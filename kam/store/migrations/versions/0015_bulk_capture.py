"""Team server (issue 12): inserted records are logged once per statement, not per row.

0007_sync logs every change of a synced table with a row trigger. A laptop's first sync
inserts every record it has (tens of thousands) by COPY, and a PL/pgSQL call per row
(the advisory lock, an INSERT into ``sync_change``) was a large part of the server's
work. Inserts now go through a statement trigger that logs all the statement's new rows
with one INSERT … SELECT from its transition table, under the same advisory lock taken
before their sequence numbers are drawn, so ``seq`` is still the commit order. Updates
and deletions keep the row trigger (a changed uuid logs a deletion first); link tables
keep theirs (they look up their two records' uuids per row). A laptop is unchanged.

Revision ID: 0015_bulk_capture
Revises: 0014_ics
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = '0015_bulk_capture'
down_revision = "0014_ics"
branch_labels = None
depends_on = None

# This revision's synced tables with a uuid (0007_sync's TRACKED).
TRACKED = [
    'rating_run', 'sales_policy', 'staff', 'warning_threshold', 'account', 'staff_absence',
    'competitor_share', 'complaint', 'contact', 'contract', 'development_plan',
    'manual_score', 'opportunity', 'product_item', 'production_line', 'quality_record',
    'rating_result', 'visit', 'warning_ack', 'follow_up', 'payment',
]
SERVER_LOCK = 7_240_012  # 0007_sync's

INSERTED = f"""
CREATE FUNCTION sync_capture_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({SERVER_LOCK});
    INSERT INTO sync_change (table_name, row_key, op, laptop_id, changed_by)
    SELECT TG_TABLE_NAME, n.uuid, 'U', nullif(current_setting('kam.laptop', true), ''),
           coalesce(nullif(current_setting('kam.user', true), ''),
                    nullif(n.changed_by, ''), session_user)
    FROM inserted n;
    RETURN NULL;
END $$"""


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(INSERTED)
    for table in TRACKED:
        op.execute(f'DROP TRIGGER IF EXISTS sync_capture ON {table}')
        op.execute(f'CREATE TRIGGER sync_capture AFTER UPDATE OR DELETE ON {table} '
                   'FOR EACH ROW EXECUTE FUNCTION sync_capture()')
        op.execute(f'CREATE TRIGGER sync_capture_insert AFTER INSERT ON {table} '
                   'REFERENCING NEW TABLE AS inserted '
                   'FOR EACH STATEMENT EXECUTE FUNCTION sync_capture_inserted()')


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table in TRACKED:
        op.execute(f'DROP TRIGGER IF EXISTS sync_capture_insert ON {table}')
        op.execute(f'DROP TRIGGER IF EXISTS sync_capture ON {table}')
        op.execute(f'CREATE TRIGGER sync_capture AFTER INSERT OR UPDATE OR DELETE ON {table} '
                   'FOR EACH ROW EXECUTE FUNCTION sync_capture()')
    op.execute('DROP FUNCTION IF EXISTS sync_capture_inserted()')
