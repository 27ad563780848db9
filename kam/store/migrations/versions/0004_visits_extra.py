"""Visits extras (issue 4): links from a visit to the quality records and complaints it
touched, our people's absences for the plan generator, and the cadence index.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('visit_quality',
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('quality_record_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['quality_record_id'], ['quality_record.id'], name=op.f('fk_visit_quality_quality_record_id_quality_record'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_visit_quality_visit_id_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'quality_record_id', name=op.f('pk_visit_quality'))
    )
    with op.batch_alter_table('visit_quality', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_quality_quality_record_id'), ['quality_record_id'], unique=False)
    op.create_table('visit_complaint',
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_visit_complaint_complaint_id_complaint'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_visit_complaint_visit_id_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'complaint_id', name=op.f('pk_visit_complaint'))
    )
    with op.batch_alter_table('visit_complaint', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_complaint_complaint_id'), ['complaint_id'], unique=False)
    op.create_table('staff_absence',
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_staff_absence_staff_id_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_absence')),
    sa.UniqueConstraint('uuid', name=op.f('uq_staff_absence_uuid'))
    )
    with op.batch_alter_table('staff_absence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_absence_staff_id'), ['staff_id'], unique=False)
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index('ix_visit_cadence', ['status', 'account_id', 'layer', 'planned_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_cadence')
    with op.batch_alter_table('staff_absence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_absence_staff_id'))
    op.drop_table('staff_absence')
    with op.batch_alter_table('visit_complaint', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_complaint_complaint_id'))
    op.drop_table('visit_complaint')
    with op.batch_alter_table('visit_quality', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_quality_quality_record_id'))
    op.drop_table('visit_quality')
