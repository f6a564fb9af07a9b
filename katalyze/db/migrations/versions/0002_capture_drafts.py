"""capture drafts: what a scribe is typing, saved within a second

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('capture_draft',
    sa.Column('station', sa.String(length=80), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('content', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_capture_draft_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('station', 'project_id', 'round', name=op.f('pk_capture_draft'))
    )


def downgrade() -> None:
    op.drop_table('capture_draft')
