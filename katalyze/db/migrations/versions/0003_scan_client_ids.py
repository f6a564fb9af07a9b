"""scan client ids: a station's resent scan is answered once

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('scan_log') as batch:
        batch.add_column(sa.Column('client_id', sa.String(length=64), nullable=True))
        batch.create_unique_constraint(batch.f('uq_scan_log_client_id'), ['client_id'])


def downgrade() -> None:
    with op.batch_alter_table('scan_log') as batch:
        batch.drop_constraint(batch.f('uq_scan_log_client_id'), type_='unique')
        batch.drop_column('client_id')
