"""Relationship health (issue 7): acknowledged warnings, opportunities, warning
thresholds, the day a contact's status last changed, and covering indexes on contracts
and payments for the early warnings' grouped pass.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column]:
    return [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('changed_by', sa.String(length=80), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('warning_threshold',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    *_tracked(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warning_threshold')),
    sa.UniqueConstraint('name', name=op.f('uq_warning_threshold_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_warning_threshold_uuid'))
    )
    op.create_table('opportunity',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('noted_on', sa.Date(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('next_step', sa.Text(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    *_tracked(),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_opportunity_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['staff.id'], name=op.f('fk_opportunity_owner_id_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunity')),
    sa.UniqueConstraint('uuid', name=op.f('uq_opportunity_uuid'))
    )
    with op.batch_alter_table('opportunity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opportunity_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_opportunity_noted_on'), ['noted_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_opportunity_owner_id'), ['owner_id'], unique=False)
    op.create_table('warning_ack',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('subject', sa.String(length=80), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('level', sa.Float(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('acked_on', sa.Date(), nullable=False),
    sa.Column('acked_by', sa.String(length=80), nullable=False),
    *_tracked(),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_warning_ack_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warning_ack')),
    sa.UniqueConstraint('account_id', 'kind', 'subject', name=op.f('uq_warning_ack_account_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_warning_ack_uuid'))
    )
    with op.batch_alter_table('warning_ack', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_warning_ack_account_id'), ['account_id'], unique=False)
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status_changed_on', sa.Date(), nullable=True))
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.create_index('ix_contract_health', ['account_id', 'signed_on', 'id', 'quantity', 'amount'], unique=False)
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index('ix_payment_health', ['account_id', 'paid_on', 'contract_id', 'amount'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index('ix_payment_health')
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.drop_index('ix_contract_health')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_column('status_changed_on')
    with op.batch_alter_table('warning_ack', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_warning_ack_account_id'))
    op.drop_table('warning_ack')
    with op.batch_alter_table('opportunity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_opportunity_owner_id'))
        batch_op.drop_index(batch_op.f('ix_opportunity_noted_on'))
        batch_op.drop_index(batch_op.f('ix_opportunity_account_id'))
    op.drop_table('opportunity')
    op.drop_table('warning_threshold')
