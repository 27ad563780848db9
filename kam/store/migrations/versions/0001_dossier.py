"""The account dossier: staff, accounts, contacts, lines, products, plans, shares.

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('staff',
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('layer', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=80), nullable=False),
    sa.Column('department', sa.String(length=80), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('name', name=op.f('uq_staff_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_staff_uuid'))
    )
    op.create_table('account',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=80), nullable=False),
    sa.Column('pinyin', sa.String(length=400), nullable=False),
    sa.Column('pinyin_initials', sa.String(length=200), nullable=False),
    sa.Column('industry', sa.String(length=80), nullable=False),
    sa.Column('region', sa.String(length=80), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('ownership', sa.String(length=40), nullable=False),
    sa.Column('founded', sa.Integer(), nullable=True),
    sa.Column('assets', sa.Float(), nullable=True),
    sa.Column('annual_output', sa.String(length=120), nullable=False),
    sa.Column('employees', sa.Integer(), nullable=True),
    sa.Column('service_area', sa.String(length=200), nullable=False),
    sa.Column('business_status', sa.Text(), nullable=False),
    sa.Column('payment_terms', sa.String(length=200), nullable=False),
    sa.Column('credit_limit', sa.Float(), nullable=True),
    sa.Column('credit_rating', sa.String(length=40), nullable=False),
    sa.Column('credit_notes', sa.Text(), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('relationship_type', sa.String(length=20), nullable=False),
    sa.Column('lifecycle', sa.String(length=20), nullable=False),
    sa.Column('grade', sa.String(length=2), nullable=False),
    sa.Column('key_account', sa.Boolean(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['staff.id'], name=op.f('fk_account_owner_id_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
    sa.UniqueConstraint('code', name=op.f('uq_account_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_account_uuid'))
    )
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_grade'), ['grade'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_pinyin'), ['pinyin'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_region'), ['region'], unique=False)
        batch_op.create_index(batch_op.f('ix_account_stage'), ['stage'], unique=False)
    op.create_table('competitor_share',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('supplier', sa.String(length=120), nullable=False),
    sa.Column('is_us', sa.Boolean(), nullable=False),
    sa.Column('share_pct', sa.Float(), nullable=False),
    sa.Column('strengths', sa.Text(), nullable=False),
    sa.Column('weaknesses', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_competitor_share_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competitor_share')),
    sa.UniqueConstraint('account_id', 'year', 'supplier', name=op.f('uq_competitor_share_account_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_competitor_share_uuid'))
    )
    with op.batch_alter_table('competitor_share', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competitor_share_account_id'), ['account_id'], unique=False)
    op.create_table('contact',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('department', sa.String(length=80), nullable=False),
    sa.Column('title', sa.String(length=80), nullable=False),
    sa.Column('decision_role', sa.String(length=20), nullable=False),
    sa.Column('attitude', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('birthday', sa.Date(), nullable=True),
    sa.Column('education', sa.String(length=200), nullable=False),
    sa.Column('career', sa.Text(), nullable=False),
    sa.Column('family', sa.Text(), nullable=False),
    sa.Column('hobbies', sa.Text(), nullable=False),
    sa.Column('habits', sa.Text(), nullable=False),
    sa.Column('taboos', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('rising_star', sa.Boolean(), nullable=False),
    sa.Column('reports_to_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_contact_account_id_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['staff.id'], name=op.f('fk_contact_owner_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['reports_to_id'], ['contact.id'], name=op.f('fk_contact_reports_to_id_contact'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact')),
    sa.UniqueConstraint('uuid', name=op.f('uq_contact_uuid'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_reports_to_id'), ['reports_to_id'], unique=False)
    op.create_table('development_plan',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=200), nullable=False),
    sa.Column('horizon', sa.String(length=40), nullable=False),
    sa.Column('opportunity', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_development_plan_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_development_plan')),
    sa.UniqueConstraint('uuid', name=op.f('uq_development_plan_uuid'))
    )
    with op.batch_alter_table('development_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_development_plan_account_id'), ['account_id'], unique=False)
    op.create_table('product_item',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('product', sa.String(length=120), nullable=False),
    sa.Column('share_pct', sa.Float(), nullable=True),
    sa.Column('volume', sa.String(length=80), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_product_item_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_item')),
    sa.UniqueConstraint('uuid', name=op.f('uq_product_item_uuid'))
    )
    with op.batch_alter_table('product_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_item_account_id'), ['account_id'], unique=False)
    op.create_table('production_line',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('line_type', sa.String(length=80), nullable=False),
    sa.Column('capacity', sa.String(length=80), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('our_product', sa.String(length=200), nullable=False),
    sa.Column('competitor', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_production_line_account_id_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_production_line')),
    sa.UniqueConstraint('uuid', name=op.f('uq_production_line_uuid'))
    )
    with op.batch_alter_table('production_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_production_line_account_id'), ['account_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('production_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_production_line_account_id'))
    op.drop_table('production_line')
    with op.batch_alter_table('product_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_item_account_id'))
    op.drop_table('product_item')
    with op.batch_alter_table('development_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_development_plan_account_id'))
    op.drop_table('development_plan')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_reports_to_id'))
        batch_op.drop_index(batch_op.f('ix_contact_owner_id'))
        batch_op.drop_index(batch_op.f('ix_contact_account_id'))
    op.drop_table('contact')
    with op.batch_alter_table('competitor_share', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competitor_share_account_id'))
    op.drop_table('competitor_share')
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_stage'))
        batch_op.drop_index(batch_op.f('ix_account_region'))
        batch_op.drop_index(batch_op.f('ix_account_pinyin'))
        batch_op.drop_index(batch_op.f('ix_account_owner_id'))
        batch_op.drop_index(batch_op.f('ix_account_name'))
        batch_op.drop_index(batch_op.f('ix_account_grade'))
    op.drop_table('account')
    op.drop_table('staff')
