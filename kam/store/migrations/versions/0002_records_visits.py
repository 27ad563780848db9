"""Commercial records, manual scores, visits, follow-ups and the sales policy by grade.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sales_policy',
    sa.Column('grade', sa.String(length=2), nullable=False),
    sa.Column('price_allowance_pct', sa.Float(), nullable=False),
    sa.Column('credit_days', sa.Integer(), nullable=False),
    sa.Column('leader_visits', sa.Integer(), nullable=False),
    sa.Column('technical_visits', sa.Integer(), nullable=False),
    sa.Column('business_visits', sa.Integer(), nullable=False),
    sa.Column('expense_budget', sa.Float(), nullable=False),
    sa.Column('commission_rate_pct', sa.Float(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sales_policy')),
    sa.UniqueConstraint('grade', name=op.f('uq_sales_policy_grade')),
    sa.UniqueConstraint('uuid', name=op.f('uq_sales_policy_uuid'))
    )
    op.create_table('complaint',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('cause', sa.String(length=20), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_complaint_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint')),
    sa.UniqueConstraint('uuid', name=op.f('uq_complaint_uuid'))
    )
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_complaint_received_on'), ['received_on'], unique=False)
    op.create_table('contract',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('contract_no', sa.String(length=60), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('product', sa.String(length=200), nullable=False),
    sa.Column('quantity', sa.Float(), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('unit_price', sa.Float(), nullable=True),
    sa.Column('amount', sa.Float(), nullable=False),
    sa.Column('cost', sa.Float(), nullable=True),
    sa.Column('expected_payment_on', sa.Date(), nullable=True),
    sa.Column('promise_notes', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_contract_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract')),
    sa.UniqueConstraint('account_id', 'contract_no', name=op.f('uq_contract_account_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_contract_uuid'))
    )
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_signed_on'), ['signed_on'], unique=False)
    op.create_table('manual_score',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('industry_influence', sa.Integer(), nullable=True),
    sa.Column('reputation', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_manual_score_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_manual_score')),
    sa.UniqueConstraint('account_id', 'year', name=op.f('uq_manual_score_account_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_manual_score_uuid'))
    )
    with op.batch_alter_table('manual_score', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_manual_score_account_id'), ['account_id'], unique=False)
    op.create_table('quality_record',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('loss_amount', sa.Float(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_quality_record_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quality_record')),
    sa.UniqueConstraint('uuid', name=op.f('uq_quality_record_uuid'))
    )
    with op.batch_alter_table('quality_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quality_record_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quality_record_reported_on'), ['reported_on'], unique=False)
    op.create_table('visit',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('layer', sa.String(length=20), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('duration_min', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('original_date', sa.Date(), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.Column('our_people', sa.String(length=300), nullable=False),
    sa.Column('counterparts', sa.String(length=300), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('agenda', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('problems', sa.Text(), nullable=False),
    sa.Column('expenses', sa.Float(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_visit_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit')),
    sa.UniqueConstraint('uuid', name=op.f('uq_visit_uuid'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_layer'), ['layer'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_planned_on'), ['planned_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_status'), ['status'], unique=False)
    op.create_table('follow_up',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_follow_up_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['staff.id'], name=op.f('fk_follow_up_owner_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_follow_up_visit_id_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up')),
    sa.UniqueConstraint('uuid', name=op.f('uq_follow_up_uuid'))
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_visit_id'), ['visit_id'], unique=False)
    op.create_table('payment',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.Float(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_payment_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_payment_contract_id_contract'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment')),
    sa.UniqueConstraint('uuid', name=op.f('uq_payment_uuid'))
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_paid_on'), ['paid_on'], unique=False)
    op.create_table('visit_contact',
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_visit_contact_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_visit_contact_visit_id_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'contact_id', name=op.f('pk_visit_contact'))
    )
    op.create_table('visit_staff',
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_visit_staff_staff_id_staff'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_visit_staff_visit_id_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'staff_id', name=op.f('pk_visit_staff'))
    )


def downgrade() -> None:
    op.drop_table('visit_staff')
    op.drop_table('visit_contact')
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_paid_on'))
        batch_op.drop_index(batch_op.f('ix_payment_contract_id'))
        batch_op.drop_index(batch_op.f('ix_payment_account_id'))
    op.drop_table('payment')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_visit_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_owner_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_due_on'))
        batch_op.drop_index(batch_op.f('ix_follow_up_account_id'))
    op.drop_table('follow_up')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_status'))
        batch_op.drop_index(batch_op.f('ix_visit_planned_on'))
        batch_op.drop_index(batch_op.f('ix_visit_layer'))
        batch_op.drop_index(batch_op.f('ix_visit_account_id'))
    op.drop_table('visit')
    with op.batch_alter_table('quality_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quality_record_reported_on'))
        batch_op.drop_index(batch_op.f('ix_quality_record_account_id'))
    op.drop_table('quality_record')
    with op.batch_alter_table('manual_score', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_manual_score_account_id'))
    op.drop_table('manual_score')
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_signed_on'))
        batch_op.drop_index(batch_op.f('ix_contract_account_id'))
    op.drop_table('contract')
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_received_on'))
        batch_op.drop_index(batch_op.f('ix_complaint_account_id'))
    op.drop_table('complaint')
    op.drop_table('sales_policy')
