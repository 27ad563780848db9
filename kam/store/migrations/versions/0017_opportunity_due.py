"""An opportunity's due date (issue 14 item 4): by when the next step should be done,
printed in the profile and the visit brief. Nullable: opportunities noted before have
none, and nothing sensible can be guessed for them.

Revision ID: 0017_opportunity_due
Revises: 0016_team_seen
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017_opportunity_due'
down_revision = "0016_team_seen"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('opportunity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('due_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('opportunity', schema=None) as batch_op:
        batch_op.drop_column('due_on')
