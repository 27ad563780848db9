"""Team sync (issue 12) and remembered deletions (issue 11): change capture.

On a laptop (SQLite) every insert, update and delete of a synced table is noted in
``sync_outbox`` by a trigger, in the same transaction as the change, whoever writes
(the app, the CLI, an import's bulk insert, a hand-written statement); a deletion also
leaves a tombstone in ``sync_tombstone``. ``sync_base`` keeps each record as it was
last synced (the base of the three-way merge), ``sync_state`` the link to the server,
``sync_conflict`` the decided conflicts, ``sync_held`` server records waiting for a
local clash to be resolved.

On a team server (PostgreSQL) triggers append every change to ``sync_change``, whose
``seq`` (one sequence) is the order of all changes; a finalised rating year is frozen
by triggers there. The table lists are this revision's: a later revision that adds a
synced table adds its triggers (tests/sync checks every table has them).

Revision ID: 0007_sync
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = '0007_sync'
down_revision = "0006"
branch_labels = None
depends_on = None

TRACKED = [
    'rating_run', 'sales_policy', 'staff', 'warning_threshold', 'account', 'staff_absence',
    'competitor_share', 'complaint', 'contact', 'contract', 'development_plan',
    'manual_score', 'opportunity', 'product_item', 'production_line', 'quality_record',
    'rating_result', 'visit', 'warning_ack', 'follow_up', 'payment',
]
# Link tables: (table, first column, its table, second column, its table).
LINKS = [
    ('visit_staff', 'visit_id', 'visit', 'staff_id', 'staff'),
    ('visit_contact', 'visit_id', 'visit', 'contact_id', 'contact'),
    ('visit_quality', 'visit_id', 'visit', 'quality_record_id', 'quality_record'),
    ('visit_complaint', 'visit_id', 'visit', 'complaint_id', 'complaint'),
]
# Held for the whole transaction by every server write, so the sequence order is the
# commit order (a pull never misses a change that commits late).
SERVER_LOCK = 7_240_012


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        _server()
    else:
        _laptop()


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in TRACKED:
            op.execute(f'DROP TRIGGER IF EXISTS sync_capture ON {table}')
        for table, *_rest in LINKS:
            op.execute(f'DROP TRIGGER IF EXISTS sync_capture ON {table}')
        op.execute('DROP TRIGGER IF EXISTS sync_frozen ON rating_run')
        op.execute('DROP TRIGGER IF EXISTS sync_frozen ON rating_result')
        for name in ('sync_capture', 'sync_capture_link', 'sync_frozen_run',
                     'sync_frozen_result'):
            op.execute(f'DROP FUNCTION IF EXISTS {name}()')
        for name in ('sync_conflict', 'sync_receipt', 'sync_change', 'sync_team'):
            op.execute(f'DROP TABLE IF EXISTS {name}')
        return
    for table in TRACKED:
        for kind in ('ins', 'upd', 'del'):
            op.execute(f'DROP TRIGGER IF EXISTS sync_{table}_{kind}')
    for table, *_rest in LINKS:
        for kind in ('ins', 'del'):
            op.execute(f'DROP TRIGGER IF EXISTS sync_{table}_{kind}')
    for name in ('sync_held', 'sync_conflict', 'sync_state', 'sync_base', 'sync_tombstone',
                 'sync_outbox'):
        op.execute(f'DROP TABLE IF EXISTS {name}')


def _laptop() -> None:
    # AUTOINCREMENT: a change id is never reused, even after the outbox was emptied
    # (the server recognises a retried change by laptop and change id).
    op.execute("""
        CREATE TABLE sync_outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            op TEXT NOT NULL
        )""")
    op.execute("""
        CREATE TABLE sync_tombstone (
            id INTEGER PRIMARY KEY,
            table_name TEXT NOT NULL,
            row_uuid TEXT NOT NULL,
            deleted_at TEXT NOT NULL,
            deleted_by TEXT
        )""")
    op.execute('CREATE INDEX ix_sync_tombstone_table ON sync_tombstone (table_name, deleted_at)')
    op.execute('CREATE INDEX ix_sync_tombstone_uuid ON sync_tombstone (row_uuid)')
    # Deletions whose author the session has not named yet (see kam.sync.tombstones).
    op.execute('CREATE INDEX ix_sync_tombstone_unnamed ON sync_tombstone (id) '
               'WHERE deleted_by IS NULL')
    op.execute("""
        CREATE TABLE sync_base (
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (table_name, row_key)
        ) WITHOUT ROWID""")
    op.execute('CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID')
    op.execute("""
        CREATE TABLE sync_conflict (
            id INTEGER PRIMARY KEY,
            server_id INTEGER UNIQUE,
            kind TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            field TEXT NOT NULL DEFAULT '',
            kept TEXT,
            set_aside TEXT,
            kept_by TEXT NOT NULL DEFAULT '',
            set_aside_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL,
            restored_at TEXT
        )""")
    op.execute("""
        CREATE TABLE sync_held (
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (table_name, row_key)
        ) WITHOUT ROWID""")
    # Only deletions are captured before the laptop joins a team (their tombstones are
    # kept regardless); the insert and update triggers cost every import and are created
    # when the laptop joins (kam.sync.capture.ensure_capture, which queues every record).
    now = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
    joined = "EXISTS (SELECT 1 FROM sync_state WHERE key = 'server_url')"
    for table in TRACKED:
        op.execute(f"""
            CREATE TRIGGER sync_{table}_del AFTER DELETE ON {table} BEGIN
                INSERT INTO sync_outbox (table_name, row_key, op)
                    SELECT '{table}', OLD.uuid, 'D' WHERE {joined};
                INSERT INTO sync_tombstone (table_name, row_uuid, deleted_at)
                    VALUES ('{table}', OLD.uuid, {now});
            END""")


def _server() -> None:
    op.execute('CREATE TABLE sync_team (team_id text PRIMARY KEY, '
               'created_at timestamptz NOT NULL DEFAULT now())')
    op.execute("""
        CREATE TABLE sync_change (
            seq bigserial PRIMARY KEY,
            table_name text NOT NULL,
            row_key text NOT NULL,
            op char(1) NOT NULL,
            laptop_id text,
            changed_by text NOT NULL DEFAULT '',
            changed_at timestamptz NOT NULL DEFAULT now()
        )""")
    op.execute('CREATE INDEX ix_sync_change_key ON sync_change (table_name, row_key, seq)')
    op.execute("""
        CREATE TABLE sync_receipt (
            laptop_id text NOT NULL,
            change_id bigint NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (laptop_id, change_id)
        )""")
    op.execute("""
        CREATE TABLE sync_conflict (
            id bigserial PRIMARY KEY,
            kind text NOT NULL,
            table_name text NOT NULL,
            row_key text NOT NULL,
            label text NOT NULL DEFAULT '',
            field text NOT NULL DEFAULT '',
            kept text,
            set_aside text,
            kept_by text NOT NULL DEFAULT '',
            set_aside_by text NOT NULL DEFAULT '',
            decided_at timestamptz NOT NULL DEFAULT now()
        )""")
    who = ("coalesce(nullif(current_setting('kam.user', true), ''), {fallback})")
    laptop = "nullif(current_setting('kam.laptop', true), '')"
    op.execute(f"""
        CREATE FUNCTION sync_capture() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock({SERVER_LOCK});
            IF TG_OP = 'DELETE' THEN
                INSERT INTO sync_change (table_name, row_key, op, laptop_id, changed_by)
                VALUES (TG_TABLE_NAME, OLD.uuid, 'D', {laptop}, {who.format(fallback='session_user')});
                RETURN OLD;
            END IF;
            IF TG_OP = 'UPDATE' AND OLD.uuid IS DISTINCT FROM NEW.uuid THEN
                INSERT INTO sync_change (table_name, row_key, op, laptop_id, changed_by)
                VALUES (TG_TABLE_NAME, OLD.uuid, 'D', {laptop}, {who.format(fallback='session_user')});
            END IF;
            INSERT INTO sync_change (table_name, row_key, op, laptop_id, changed_by)
            VALUES (TG_TABLE_NAME, NEW.uuid, 'U', {laptop},
                    {who.format(fallback="coalesce(nullif(NEW.changed_by, ''), session_user)")});
            RETURN NEW;
        END $$""")
    # A link's key is its two records' uuids; a link removed with its record (a cascade)
    # finds that record gone and is not logged: the record's deletion carries it.
    op.execute(f"""
        CREATE FUNCTION sync_capture_link() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            r jsonb;
            a text;
            b text;
        BEGIN
            PERFORM pg_advisory_xact_lock({SERVER_LOCK});
            IF TG_OP = 'DELETE' THEN r := to_jsonb(OLD); ELSE r := to_jsonb(NEW); END IF;
            EXECUTE format('SELECT uuid FROM %I WHERE id = $1', TG_ARGV[1])
                INTO a USING (r ->> TG_ARGV[0])::integer;
            EXECUTE format('SELECT uuid FROM %I WHERE id = $1', TG_ARGV[3])
                INTO b USING (r ->> TG_ARGV[2])::integer;
            IF a IS NOT NULL AND b IS NOT NULL THEN
                INSERT INTO sync_change (table_name, row_key, op, laptop_id, changed_by)
                VALUES (TG_TABLE_NAME, a || '|' || b, CASE TG_OP WHEN 'DELETE' THEN 'D' ELSE 'U' END,
                        {laptop}, {who.format(fallback='session_user')});
            END IF;
            RETURN NULL;
        END $$""")
    for table in TRACKED:
        op.execute(f'CREATE TRIGGER sync_capture AFTER INSERT OR UPDATE OR DELETE ON {table} '
                   'FOR EACH ROW EXECUTE FUNCTION sync_capture()')
    for table, first, t1, second, t2 in LINKS:
        op.execute(f'CREATE TRIGGER sync_capture AFTER INSERT OR DELETE ON {table} '
                   f"FOR EACH ROW EXECUTE FUNCTION sync_capture_link('{first}', '{t1}', "
                   f"'{second}', '{t2}')")
    # A finalised (or superseded) rating year is frozen, whoever writes: only the step
    # final → superseded, and an account's deletion emptying account_id, pass. Rows
    # written by this same transaction pass too (a laptop pushes its finalised run,
    # then that run's results).
    # (a row's xmin is the transaction that wrote this version of it)
    mine = "(xmin::text)::bigint = txid_current() % 4294967296"
    audit = "- 'updated_at' - 'changed_by'"
    op.execute(f"""
        CREATE FUNCTION sync_frozen_run() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            mine boolean;
        BEGIN
            SELECT {mine} INTO mine FROM rating_run WHERE id = OLD.id;
            IF OLD.status IN ('final', 'superseded') AND NOT coalesce(mine, false) THEN
                IF TG_OP = 'UPDATE' AND OLD.status = 'final' AND NEW.status = 'superseded'
                   AND (to_jsonb(NEW) - 'status' {audit}) = (to_jsonb(OLD) - 'status' {audit}) THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION 'kam-frozen: rating year % is finalised', OLD.year;
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END $$""")
    op.execute(f"""
        CREATE FUNCTION sync_frozen_result() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            run record;
        BEGIN
            IF TG_OP = 'DELETE' THEN
                SELECT year, status, {mine} AS mine INTO run FROM rating_run WHERE id = OLD.run_id;
            ELSE
                SELECT year, status, {mine} AS mine INTO run FROM rating_run WHERE id = NEW.run_id;
            END IF;
            IF run.status IN ('final', 'superseded') AND NOT run.mine THEN
                IF TG_OP = 'UPDATE' AND NEW.account_id IS NULL
                   AND (to_jsonb(NEW) - 'account_id' {audit}) = (to_jsonb(OLD) - 'account_id' {audit}) THEN
                    RETURN NEW;
                END IF;
                IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM rating_run WHERE id = OLD.run_id) THEN
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION 'kam-frozen: rating year % is finalised', run.year;
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END $$""")
    op.execute('CREATE TRIGGER sync_frozen BEFORE UPDATE OR DELETE ON rating_run '
               'FOR EACH ROW EXECUTE FUNCTION sync_frozen_run()')
    op.execute('CREATE TRIGGER sync_frozen BEFORE INSERT OR UPDATE OR DELETE ON rating_result '
               'FOR EACH ROW EXECUTE FUNCTION sync_frozen_result()')
