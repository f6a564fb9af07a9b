"""room: item client ids (a resent item is accepted once) and room link tokens

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('item') as batch:
        batch.add_column(sa.Column('client_id', sa.String(length=64), nullable=True))
        batch.create_unique_constraint(batch.f('uq_item_client_id'), ['client_id'])
    op.create_table('room_token',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_room_token_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room_token')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_room_token_token_hash'))
    )


def downgrade() -> None:
    op.drop_table('room_token')
    with op.batch_alter_table('item') as batch:
        batch.drop_constraint(batch.f('uq_item_client_id'), type_='unique')
        batch.drop_column('client_id')
