"""What the calendar files carried (issue 14 item 10): for every visit ever exported to
an .ics file, the event as the phone last received it — its time, zone, title and
SEQUENCE, and whether that was a cancellation. A deleted visit's time is gone with it
(a tombstone has only table, uuid, when and who), so this is what lets the next export
of a range cancel a deleted or moved visit at the time the phone shows it
(``kam.visits.ics_sent``). Not a domain table: it describes this file's exports, has no
``uuid`` of its own and does not sync. A laptop's only: a team server is shared by
several people with several phones, and its export remembers nothing (see there).

Revision ID: 0014_ics
Revises: 0010_terms
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014_ics'
down_revision = "0012_identity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    op.create_table(
        'ics_sent',
        sa.Column('visit_uuid', sa.String(length=36), nullable=False),
        sa.Column('starts_on', sa.Date(), nullable=False),
        sa.Column('starts_at', sa.Time(), nullable=True),
        sa.Column('duration_min', sa.Integer(), nullable=True),
        sa.Column('zone', sa.String(length=64), nullable=True),
        sa.Column('summary', sa.Text(), nullable=False),
        sa.Column('sequence', sa.Integer(), nullable=False),
        sa.Column('seq_offset', sa.Integer(), nullable=False),
        sa.Column('cancelled', sa.Boolean(), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('visit_uuid'),
    )
    op.create_index('ix_ics_sent_starts_on', 'ics_sent', ['starts_on'], unique=False)


def downgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    op.drop_index('ix_ics_sent_starts_on', table_name='ics_sent')
    op.drop_table('ics_sent')
