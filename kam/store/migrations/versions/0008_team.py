"""Team server (issue 12): shared accounts, team members and who sees what.

``account.shared`` marks an account every member of the team may see (both dialects:
a laptop edits the mark, the server enforces it).

On a team server (PostgreSQL) ``team_member`` maps each PostgreSQL login role to its
kind (salesperson, director) and to our person (``staff.name``), and row-level
security decides what each role reads and writes: a director sees every account; a
salesperson sees the accounts they own (``account.owner_id``), those where they own a
contact relationship (``contact.owner_id``: they cover that layer) and the shared
ones, plus the records of those accounts. Tables that belong to no account (staff,
policies, rating runs, thresholds, absences) stay visible to every member. The owner
of the tables (the administrator who ran ``kam team init``) is not subject to the
policies. The roles themselves are created by ``kam team add-member``.

Revision ID: 0008_team
Revises: 0007_sync
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008_team'
# The brief's slot chains on 0006; this branch shares its worktree with 0007_sync, so the
# chain here is 0006 → 0007_sync → 0008_team (the lead re-chains the slots at merge).
down_revision = "0007_sync"
branch_labels = None
depends_on = None

# Tables whose rows belong to one account (their account_id column).
BY_ACCOUNT = [
    'contact', 'production_line', 'product_item', 'development_plan', 'competitor_share',
    'warning_ack', 'opportunity', 'rating_result', 'contract', 'payment', 'quality_record',
    'complaint', 'manual_score', 'visit', 'follow_up',
]
# Link tables of a visit: visible with their visit.
BY_VISIT = ['visit_staff', 'visit_contact', 'visit_quality', 'visit_complaint']

_FUNCTIONS = """
CREATE FUNCTION kam_sees_all() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM team_member
                   WHERE role_name = session_user AND kind = 'director')
$$;

CREATE FUNCTION kam_my_staff() RETURNS integer[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(array_agg(s.id), '{}') FROM staff s
    JOIN team_member m ON m.staff_name = s.name
    WHERE m.role_name = session_user
$$;

CREATE FUNCTION kam_visible_accounts() RETURNS integer[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(array_agg(a.id), '{}') FROM account a
    WHERE a.shared
       OR a.owner_id = ANY (kam_my_staff())
       OR EXISTS (SELECT 1 FROM contact c
                  WHERE c.account_id = a.id AND c.owner_id = ANY (kam_my_staff()))
$$;
"""


def upgrade() -> None:
    # A plain ADD COLUMN, not a batch: on SQLite a batch would rebuild the account table,
    # and dropping the old one cascades to every record of every account.
    op.add_column('account', sa.Column('shared', sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    if op.get_bind().dialect.name == 'postgresql':
        _server()


def _server() -> None:
    op.create_table(
        'team_member',
        sa.Column('role_name', sa.String(63), primary_key=True),
        sa.Column('kind', sa.String(20), nullable=False),
        sa.Column('staff_name', sa.String(80), nullable=False, server_default=''),
        sa.Column('added_at', sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("kind IN ('salesperson', 'director')", name='ck_team_member_kind'),
    )
    op.execute(_FUNCTIONS)
    everyone = '(SELECT kam_sees_all())'
    op.execute('ALTER TABLE account ENABLE ROW LEVEL SECURITY')
    op.execute(
        f"""CREATE POLICY team_sees ON account USING (
            {everyone} OR shared OR owner_id = ANY ((SELECT kam_my_staff())::integer[])
            OR id = ANY ((SELECT kam_visible_accounts())::integer[]))"""
    )
    for table in BY_ACCOUNT:
        op.execute(f'ALTER TABLE {table} ENABLE ROW LEVEL SECURITY')
        op.execute(
            f"""CREATE POLICY team_sees ON {table} USING (
                {everyone} OR account_id = ANY ((SELECT kam_visible_accounts())::integer[]))"""
        )
    for table in BY_VISIT:
        op.execute(f'ALTER TABLE {table} ENABLE ROW LEVEL SECURITY')
        op.execute(
            f"""CREATE POLICY team_sees ON {table} USING (
                {everyone} OR EXISTS (SELECT 1 FROM visit v WHERE v.id = visit_id))"""
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in ['account', *BY_ACCOUNT, *BY_VISIT]:
            op.execute(f'DROP POLICY IF EXISTS team_sees ON {table}')
            op.execute(f'ALTER TABLE {table} DISABLE ROW LEVEL SECURITY')
        for name in ('kam_visible_accounts', 'kam_my_staff', 'kam_sees_all'):
            op.execute(f'DROP FUNCTION IF EXISTS {name}()')
        op.drop_table('team_member')
    with op.batch_alter_table('account') as batch:
        batch.drop_column('shared')
