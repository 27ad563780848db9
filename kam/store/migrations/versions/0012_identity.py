"""Who "I" am and the contacts' WeChat (issues 11 and 13): a table of this database's own
settings (the staff member using it), and a 微信 column on contacts.

Revision ID: 0012_identity
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012_identity'
down_revision = "0010_terms"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('local_setting',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_local_setting')),
    sa.UniqueConstraint('name', name=op.f('uq_local_setting_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_local_setting_uuid'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('wechat', sa.String(length=60), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_column('wechat')
    op.drop_table('local_setting')
