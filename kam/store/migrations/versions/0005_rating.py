"""The annual rating (issue 5): rating runs, their per-account results, and covering
indexes for the yearly figures.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rating_run',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('scheme_name', sa.String(length=200), nullable=False),
    sa.Column('scheme_toml', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.Column('finalised_at', sa.DateTime(), nullable=True),
    sa.Column('finalised_by', sa.String(length=80), nullable=False),
    sa.Column('based_on_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['based_on_id'], ['rating_run.id'], name=op.f('fk_rating_run_based_on_id_rating_run'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rating_run')),
    sa.UniqueConstraint('uuid', name=op.f('uq_rating_run_uuid'))
    )
    with op.batch_alter_table('rating_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rating_run_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_rating_run_year'), ['year'], unique=False)

    op.create_table('rating_result',
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('values_json', sa.Text(), nullable=False),
    sa.Column('points_json', sa.Text(), nullable=False),
    sa.Column('missing_json', sa.Text(), nullable=False),
    sa.Column('revenue', sa.Float(), nullable=False),
    sa.Column('volume', sa.Float(), nullable=False),
    sa.Column('total', sa.Float(), nullable=False),
    sa.Column('computed_grade', sa.String(length=2), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('grade', sa.String(length=2), nullable=False),
    sa.Column('key_account', sa.Boolean(), nullable=False),
    sa.Column('previous_grade', sa.String(length=2), nullable=True),
    sa.Column('previous_key', sa.Boolean(), nullable=False),
    sa.Column('change', sa.String(length=10), nullable=False),
    sa.Column('decision', sa.String(length=12), nullable=False),
    sa.Column('override_grade', sa.String(length=2), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('decided_by', sa.String(length=80), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_rating_result_account_id_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['run_id'], ['rating_run.id'], name=op.f('fk_rating_result_run_id_rating_run'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rating_result')),
    sa.UniqueConstraint('uuid', name=op.f('uq_rating_result_uuid'))
    )
    with op.batch_alter_table('rating_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rating_result_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rating_result_run_id'), ['run_id'], unique=False)

    # Covering indexes for the yearly figures the rating sums (see kam/rating/model.py).
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.create_index('ix_contract_year_figures',
                              ['signed_on', 'account_id', 'quantity', 'amount', 'cost'],
                              unique=False)
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index('ix_payment_year_figures', ['paid_on', 'account_id', 'amount'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index('ix_payment_year_figures')
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.drop_index('ix_contract_year_figures')
    with op.batch_alter_table('rating_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rating_result_run_id'))
        batch_op.drop_index(batch_op.f('ix_rating_result_account_id'))
    op.drop_table('rating_result')
    with op.batch_alter_table('rating_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rating_run_year'))
        batch_op.drop_index(batch_op.f('ix_rating_run_status'))
    op.drop_table('rating_run')
