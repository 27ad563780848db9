"""Payment terms (issue 14): a contract's own terms in days or an agreed due date, the
day it falls due, and an account's default terms. Existing contracts get the company
default (30 days), so their arrears age from signing + 30 days from now on.
Also (issue 14, the calendar) a visit's revision counter, the SEQUENCE of its event.

Revision ID: 0010_terms
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from alembic import op

revision = '0010_terms'
down_revision = "0009_versions"
branch_labels = None
depends_on = None

COMPANY_DEFAULT_DAYS = 30  # kam.business.terms.COMPANY_DEFAULT_DAYS when this was written
CHUNK = 5000


def upgrade() -> None:
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payment_days', sa.Integer(), nullable=True))
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payment_days', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('due_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('falls_due_on', sa.Date(), nullable=True))
    contract = sa.table('contract', sa.column('id', sa.Integer()),
                        sa.column('signed_on', sa.Date()),
                        sa.column('payment_days', sa.Integer()),
                        sa.column('falls_due_on', sa.Date()))
    bind = op.get_bind()
    # Date arithmetic in Python: portable across SQLite and PostgreSQL.
    rows = bind.execute(sa.select(contract.c.id, contract.c.signed_on)).all()
    terms = timedelta(days=COMPANY_DEFAULT_DAYS)
    update = (sa.update(contract).where(contract.c.id == sa.bindparam('cid'))
              .values(payment_days=sa.bindparam('days'), falls_due_on=sa.bindparam('due')))
    for start in range(0, len(rows), CHUNK):
        bind.execute(update, [
            {'cid': cid, 'days': COMPANY_DEFAULT_DAYS, 'due': signed + terms}
            for cid, signed in rows[start:start + CHUNK] if signed is not None])
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revision', sa.Integer(), server_default='0', nullable=False))
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.create_index('ix_contract_due', ['account_id', 'signed_on', 'falls_due_on', 'id', 'quantity', 'amount'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_column('revision')
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.drop_index('ix_contract_due')
        batch_op.drop_column('falls_due_on')
        batch_op.drop_column('due_on')
        batch_op.drop_column('payment_days')
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_column('payment_days')
