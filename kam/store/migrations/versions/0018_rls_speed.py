"""Team server: row-level security as fast for a salesperson as for a director.

A team server only (PostgreSQL): a laptop has no policies. Who sees what is unchanged
(0008_team): a salesperson sees the accounts they own, cover (own a contact of) or that
are shared, and the records of those accounts. Measured with benchmarks/bench_rls.py
(10,000 accounts, 50,000 contacts), a salesperson's ``SELECT count(*) FROM contact``
took ~460 ms against the owner's ~5 ms, and each UPDATE of a contact ~245 ms (now
~13 ms and ~16 ms):

- ``kam_visible_accounts()`` called ``kam_my_staff()`` for each of the 10,000 accounts
  (~100 ms for every statement that reads an account-bound table, twice for an UPDATE:
  its USING and its WITH CHECK). It now asks once and collects the ids from three
  index-friendly parts (shared, owned, covered through a contact): the same set, as a
  contact's account always exists (a foreign key). PL/pgSQL keeps its plan for the
  session, where an SQL function is planned again on every call.
- ``account_id = ANY (array)`` compared each row with every visible id in turn (the
  array comes from a sub-select, so PostgreSQL does not hash it). ``account_id IN
  (SELECT unnest(array))`` is a hashed subplan: one lookup per row. The array is taken
  through a sub-select again: given the call itself, the planner runs the function
  once more while planning, to estimate the subplan's size.

The link tables of a visit keep their policy: their ``EXISTS`` on the visit is already
hashed or probed by index as the planner sees fit, and gets faster with the visit's.

Revision ID: 0018_rls_speed
Revises: 0017_opportunity_due
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = '0018_rls_speed'
down_revision = "0017_opportunity_due"
branch_labels = None
depends_on = None

# 0008_team's tables whose rows belong to one account (their account_id column).
BY_ACCOUNT = [
    'contact', 'production_line', 'product_item', 'development_plan', 'competitor_share',
    'warning_ack', 'opportunity', 'rating_result', 'contract', 'payment', 'quality_record',
    'complaint', 'manual_score', 'visit', 'follow_up',
]
EVERYONE = '(SELECT kam_sees_all())'

VISIBLE = """
CREATE OR REPLACE FUNCTION kam_visible_accounts() RETURNS integer[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    mine integer[] := kam_my_staff();
BEGIN
    RETURN (SELECT coalesce(array_agg(DISTINCT v.id), '{}') FROM (
        SELECT a.id FROM account a WHERE a.shared
        UNION ALL
        SELECT a.id FROM account a WHERE a.owner_id = ANY (mine)
        UNION ALL
        SELECT c.account_id FROM contact c WHERE c.owner_id = ANY (mine)
    ) v);
END $$"""
IN_VISIBLE = 'IN (SELECT unnest((SELECT kam_visible_accounts())))'

# 0008_team's, for the downgrade.
VISIBLE_0008 = """
CREATE OR REPLACE FUNCTION kam_visible_accounts() RETURNS integer[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(array_agg(a.id), '{}') FROM account a
    WHERE a.shared
       OR a.owner_id = ANY (kam_my_staff())
       OR EXISTS (SELECT 1 FROM contact c
                  WHERE c.account_id = a.id AND c.owner_id = ANY (kam_my_staff()))
$$"""
IN_VISIBLE_0008 = '= ANY ((SELECT kam_visible_accounts())::integer[])'


def _policies(visible: str) -> None:
    op.execute(
        f"""ALTER POLICY team_sees ON account USING (
            {EVERYONE} OR shared OR owner_id = ANY ((SELECT kam_my_staff())::integer[])
            OR id {visible})"""
    )
    for table in BY_ACCOUNT:
        op.execute(
            f'ALTER POLICY team_sees ON {table} USING ({EVERYONE} OR account_id {visible})'
        )


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(VISIBLE)
    _policies(IN_VISIBLE)


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(VISIBLE_0008)
    _policies(IN_VISIBLE_0008)
