"""A version number on accounts, so a save can tell that the record changed since it
was loaded (an import, another window) instead of silently reverting that change
(issue 16, item 7). A trigger bumps it on every update, whoever writes: the ORM, the
import's bulk statements, another program.

Revision ID: 0009_versions
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009_versions'
down_revision = "0008_team"
branch_labels = None
depends_on = None

TRIGGER = """
CREATE TRIGGER account_version AFTER UPDATE ON account
FOR EACH ROW WHEN NEW.version = OLD.version
BEGIN
    UPDATE account SET version = OLD.version + 1 WHERE id = NEW.id;
END
"""


def upgrade() -> None:
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("DROP TRIGGER IF EXISTS account_version")
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_column('version')
